import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { SsoInput, SsoSettings } from './sso.types';
import { SsoService } from './sso.service';

@Resolver(() => SsoSettings)
export class SsoResolver {
  constructor(private readonly sso: SsoService) {}

  @Query(() => SsoSettings, { nullable: true, description: 'The instance’s single sign-on, without its secret.' })
  @Allow.roles('ADMIN')
  ssoSettings(@CurrentActor() actor: MemberActor): Promise<SsoSettings | null> {
    return this.sso.settings(actor);
  }

  @Mutation(() => SsoSettings)
  @Allow.roles('ADMIN')
  configureSso(@CurrentActor() actor: MemberActor, @Args('input') input: SsoInput): Promise<SsoSettings> {
    return this.sso.configure(actor, input);
  }
}
