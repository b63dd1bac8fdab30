import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CreateTenantInput } from '../tenants/tenant.inputs';
import { Tenant } from '../tenants/tenant.types';
import { OperatorService } from './operator.service';

@Resolver()
export class OperatorResolver {
  constructor(private readonly operator: OperatorService) {}

  @Mutation(() => Tenant)
  @Allow.operator()
  async createTenant(@Args('input') input: CreateTenantInput): Promise<Tenant> {
    const { tenant } = await this.operator.createTenant(input);
    return Tenant.from(tenant);
  }
}
