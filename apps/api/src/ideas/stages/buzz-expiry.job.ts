import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { buzzExpiryCutoff } from '@idea-exchange/stage-rules';
import type { Logger } from 'pino';
import { LOGGER } from '../../config/config.module';
import { Clock } from '../../common/clock/clock';
import { Database } from '../../database/database.service';
import { TenantsService } from '../../tenants/tenants.service';
import { IdeaEntity } from '../idea.entity';
import { StageService } from './stage.service';

/** How often the job looks for ideas whose buzz window has passed. */
const EVERY_MS = 10 * 60 * 1000;
/** Ideas archived per transaction, so one busy instance never holds many locks for long. */
const BATCH = 200;

/**
 * Archives ideas that stayed in BUZZ for longer than their instance's window without reaching
 * the threshold. Runs in every replica; SKIP LOCKED lets replicas (and a support crossing the
 * threshold at that moment) pass each other without waiting or doing the same work twice.
 */
@Injectable()
export class BuzzExpiryJob implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly db: Database,
    private readonly stages: StageService,
    private readonly tenants: TenantsService,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runOnce(), EVERY_MS);
    // The job must never keep the process alive on its own.
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass over every active instance; returns how many ideas were archived. */
  async archiveExpired(now = this.clock.now()): Promise<number> {
    const tenants = await this.tenants.activeBuzzWindows();
    let archived = 0;
    for (const tenant of tenants) archived += await this.archiveExpiredIn(tenant.id, tenant.buzzWindowDays, now);
    return archived;
  }

  async archiveExpiredIn(tenantId: string, windowDays: number, now = this.clock.now()): Promise<number> {
    const cutoff = buzzExpiryCutoff(now, windowDays);
    let archived = 0;
    for (;;) {
      const count = await this.db.withTenant(tenantId, async (tx) => {
        const expired = await tx.manager
          .getRepository(IdeaEntity)
          .createQueryBuilder('i')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .where('i.tenant_id = :tenantId AND i.stage = :stage AND i.stage_changed_at <= :cutoff', { tenantId, stage: 'BUZZ', cutoff })
          .orderBy('i.stage_changed_at', 'ASC')
          .limit(BATCH)
          .getMany();
        for (const idea of expired) {
          await this.stages.move(tx, idea, 'ARCHIVED', `Did not reach the buzz threshold within ${windowDays} days`, null);
        }
        return expired.length;
      });
      archived += count;
      if (count < BATCH) return archived;
    }
  }

  private async runOnce(): Promise<void> {
    if (this.running) return;
    this.running = this.archiveExpired();
    try {
      const archived = await this.running;
      if (archived > 0) this.log.info({ archived }, 'archived ideas whose buzz window had passed');
    } catch (error) {
      this.log.error({ err: error }, 'the buzz expiry job failed; it will try again');
    } finally {
      this.running = undefined;
    }
  }
}
