import { Injectable } from '@nestjs/common';
import { Database } from '../database/database.service';
import { IdeasService } from '../ideas/ideas.service';
import { MemberStandingCache } from '../members/member-standing.cache';
import { MembersService } from '../members/members.service';
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
    private readonly members: MembersService,
    private readonly ideas: IdeasService,
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
    const { members, ideas } = await this.db.withTenant(tenant.id, async (tx) => ({
      members: await this.members.census(tx),
      ideas: await this.ideas.census(tx),
    }));
    const moments = [members.lastJoinedAt, ideas.lastChangedAt].filter((moment) => moment !== null);
    return {
      id: tenant.id,
      slug: tenant.slug,
      name: tenant.name,
      public: tenant.public,
      suspended: tenant.suspended,
      members: members.count,
      ideas: ideas.count,
      lastActivityAt: moments.length > 0 ? new Date(Math.max(...moments.map((moment) => moment.getTime()))) : null,
      createdAt: tenant.createdAt,
    };
  }
}
