import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, LOGGER } from '../config/config.module';
import { TenantsService } from '../tenants/tenants.service';
import { OutcomeMarketsService } from './outcome-markets.service';

/** How often the job looks for outcome markets past their closing date. */
const EVERY_MS = 60 * 1000;
/** Markets resolved per transaction. */
const BATCH = 50;

/**
 * Resolves NO every open outcome market whose closing date has passed. Runs in every replica;
 * each market is claimed under its row lock with SKIP LOCKED and settled only while open, so it
 * is resolved exactly once however many processes run the job at the same moment.
 */
@Injectable()
export class OutcomeMarketClosingJob implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly outcomeMarkets: OutcomeMarketsService,
    private readonly tenants: TenantsService,
    @Inject(LOGGER) private readonly log: Logger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.jobIntervalMs === 0) return;
    this.timer = setInterval(() => void this.runOnce(), EVERY_MS);
    // The job must never keep the process alive on its own.
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass over every instance; returns how many markets were resolved. */
  async closeDue(now = new Date()): Promise<number> {
    // Suspended instances too: a rule resolves its market whatever the instance's standing.
    let resolved = 0;
    for (const tenantId of await this.tenants.ids()) {
      for (;;) {
        const count = await this.outcomeMarkets.closeDueIn(tenantId, now, BATCH);
        resolved += count;
        if (count < BATCH) break;
      }
    }
    return resolved;
  }

  private async runOnce(): Promise<void> {
    if (this.running) return;
    this.running = this.closeDue();
    try {
      const resolved = await this.running;
      if (resolved > 0) this.log.info({ resolved }, 'resolved outcome markets past their closing date');
    } catch (error) {
      this.log.error({ err: error }, 'the outcome market closing job failed; it will try again');
    } finally {
      this.running = undefined;
    }
  }
}
