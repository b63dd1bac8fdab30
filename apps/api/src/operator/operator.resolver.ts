import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CreateTenantInput } from '../tenants/tenant.inputs';
import { Tenant } from '../tenants/tenant.types';
import { OperatorService } from './operator.service';
import { TenantSummariesService } from './tenant-summaries.service';
import { TenantSummary } from './tenant-summary.types';

@Resolver()
export class OperatorResolver {
  constructor(
    private readonly operator: OperatorService,
    private readonly summaries: TenantSummariesService,
  ) {}

  @Mutation(() => Tenant)
  @Allow.operator()
  async createTenant(@Args('input') input: CreateTenantInput): Promise<Tenant> {
    const { tenant } = await this.operator.createTenant(input);
    return Tenant.from(tenant);
  }

  @Query(() => [TenantSummary])
  @Allow.operator()
  tenants(): Promise<TenantSummary[]> {
    return this.summaries.list();
  }

  @Mutation(() => TenantSummary, { description: 'A suspended instance refuses sign-in and changes, and keeps its data.' })
  @Allow.operator()
  suspendTenant(@Args('slug') slug: string, @Args('suspended') suspended: boolean): Promise<TenantSummary> {
    return this.summaries.suspend(slug, suspended);
  }
}
