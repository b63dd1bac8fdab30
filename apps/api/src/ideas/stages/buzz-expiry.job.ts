import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { buzzExpiryCutoff } from '@idea-exchange/stage-rules';
import type { Logger } from 'pino';
import { LOGGER } from '../../config/config.module';
import { Clock } from '../../common/clock/clock';
import { Database } from '../../database/database.service';
import { JobClaims } from '../../database/job-claim';
import { TenantsService } from '../../tenants/tenants.service';
import { IdeaEntity } from '../idea.entity';
import { StageService } from './stage.service';
import { stageReason } from '@idea-exchange/wording';

/** How often the job looks for ideas whose buzz window has passed. */
const EVERY_MS = 10 * 60 * 1000;
/** Ideas archived per transaction, so one busy instance never holds many locks for long. */
const BATCH = 200;

/**
 * Archives ideas that stayed in BUZZ for longer than their instance's window without reaching
 * the threshold. One process runs it at a time, claimed in PostgreSQL (JobClaims); each batch
 * commits on its own, so a run cut short by a dying process leaves whole archivals and the next
 * claimant carries on. SKIP LOCKED lets a support crossing the threshold at that moment pass.
 */
@Injectable()
export class BuzzExpiryJob implements OnApplicationBootstrap {
  constructor(
    private readonly db: Database,
    private readonly stages: StageService,
    private readonly jobs: JobClaims,
    private readonly tenants: TenantsService,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.schedule({ name: 'buzz-expiry', everyMs: EVERY_MS }, () => this.runOnce());
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
          await this.stages.move(tx, idea, 'ARCHIVED', stageReason.buzzExpired(windowDays), null);
        }
        return expired.length;
      });
      archived += count;
      if (count < BATCH) return archived;
    }
  }

  private async runOnce(): Promise<void> {
    const archived = await this.archiveExpired();
    if (archived > 0) this.log.info({ archived }, 'archived ideas whose buzz window had passed');
  }
}
