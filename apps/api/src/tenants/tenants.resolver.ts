import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor, MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { TenantSettingsInput } from './tenant.inputs';
import { InstanceInfo, Tenant } from './tenant.types';
import { TenantsService } from './tenants.service';

@Resolver(() => Tenant)
export class TenantsResolver {
  constructor(private readonly tenants: TenantsService) {}

  @Query(() => Tenant)
  @Allow.publicRead({ beforeVerification: true })
  async tenant(@CurrentActor() actor: Actor): Promise<Tenant> {
    return Tenant.from(await this.tenants.byId(actor.tenantId));
  }

  @Query(() => InstanceInfo, {
    nullable: true,
    description: 'Name and branding of an instance for its sign-in page; nothing of its content.',
  })
  @Allow.anyone()
  async instance(@Args('slug') slug: string): Promise<InstanceInfo | null> {
    const tenant = await this.tenants.bySlug(slug).catch(() => undefined);
    return tenant ? InstanceInfo.from(tenant) : null;
  }

  @Mutation(() => Tenant)
  @Allow.roles('ADMIN')
  async updateTenantSettings(@CurrentActor() actor: MemberActor, @Args('input') input: TenantSettingsInput): Promise<Tenant> {
    return Tenant.from(await this.tenants.updateSettings(actor, input));
  }
}
