import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Database } from '../database/database.service';
import { JobClaims } from '../database/job-claim';
import { TenantsService } from '../tenants/tenants.service';

/** Live events are kept this long: longer than any reconnect's catch-up reads back. */
const KEEP_MINUTES = 10;

/** Deletes live events no process can still need, once a minute, in one process at a time. */
@Injectable()
export class LiveEventsPruneJob implements OnApplicationBootstrap {
  constructor(
    private readonly db: Database,
    private readonly jobs: JobClaims,
    private readonly tenants: TenantsService,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.schedule({ name: 'live-events-prune', everyMs: 60_000 }, async () => {
      await this.prune();
    });
  }

  async prune(): Promise<number> {
    let deleted = 0;
    for (const id of await this.tenants.ids()) {
      const row = await this.db.withTenant(id, (tx) =>
        tx.one<{ deleted: number }>(
          `WITH d AS (DELETE FROM live_events WHERE tenant_id = $1 AND created_at < now() - make_interval(mins => $2) RETURNING 1)
           SELECT count(*)::int AS deleted FROM d`,
          [id, KEEP_MINUTES],
        ),
      );
      deleted += row?.deleted ?? 0;
    }
    return deleted;
  }
}
