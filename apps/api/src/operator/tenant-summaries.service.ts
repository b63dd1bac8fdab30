import { Injectable } from '@nestjs/common';
import { Database } from '../database/database.service';
import { MemberStandingCache } from '../members/member-standing.cache';
import type { TenantEntity } from '../tenants/tenant.entity';
import { TenantsService } from '../tenants/tenants.service';
import type { TenantSummary } from './tenant-summary.types';

/**
 * Sizes and activity of every instance for the operator. Counts are taken inside each tenant's own
 * scope (row-level security still applies), and only numbers leave this service.
 */
@Injectable()
export class TenantSummariesService {
  constructor(
    private readonly db: Database,
    private readonly tenants: TenantsService,
    private readonly standings: MemberStandingCache,
  ) {}

  async list(): Promise<TenantSummary[]> {
    const all = await this.tenants.all();
    const summaries: TenantSummary[] = [];
    for (const tenant of all) summaries.push(await this.summarise(tenant));
    return summaries;
  }

  async suspend(slug: string, suspended: boolean): Promise<TenantSummary> {
    const tenant = await this.tenants.setSuspended(slug, suspended);
    this.standings.forgetTenant(tenant.id);
    return this.summarise(tenant);
  }

  private async summarise(tenant: TenantEntity): Promise<TenantSummary> {
    const counts = await this.db.withTenant(tenant.id, (tx) =>
      tx.one<{ members: number; ideas: number; last_activity_at: Date | null }>(
        `SELECT (SELECT count(*)::int FROM members) AS members,
                (SELECT count(*)::int FROM ideas) AS ideas,
                greatest((SELECT max(joined_at) FROM members), (SELECT max(updated_at) FROM ideas)) AS last_activity_at`,
      ),
    );
    return {
      id: tenant.id,
      slug: tenant.slug,
      name: tenant.name,
      public: tenant.public,
      suspended: tenant.suspended,
      members: counts?.members ?? 0,
      ideas: counts?.ideas ?? 0,
      lastActivityAt: counts?.last_activity_at ?? null,
      createdAt: tenant.createdAt,
    };
  }
}
