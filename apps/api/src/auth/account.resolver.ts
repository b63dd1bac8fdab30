import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { MemberActor } from './actor';
import { Allow } from './allow.decorator';
import { AccountService } from './account.service';
import { payload } from './auth.resolver';
import { AuthPayload } from './auth.types';
import { CurrentActor } from './current-actor.decorator';
import type { GraphQLContext } from './request-context';

@Resolver(() => AuthPayload)
export class AccountResolver {
  constructor(private readonly account: AccountService) {}

  @Mutation(() => AuthPayload, { description: "Confirms the address with the e-mailed link's token and signs the member in." })
  @Allow.anyone()
  async verifyEmail(@Args('token') token: string, @Context() context: GraphQLContext): Promise<AuthPayload> {
    return payload(await this.account.verifyEmail(token), context);
  }

  @Mutation(() => Boolean, { description: 'E-mails a fresh verification link; false when the address is already confirmed.' })
  @Allow.member({ beforeVerification: true })
  resendVerification(@CurrentActor() actor: MemberActor): Promise<boolean> {
    return this.account.resendVerification(actor);
  }

  @Mutation(() => AuthPayload, { description: 'Changes the password; every other sign-in ends, the answer carries the new one.' })
  @Allow.member({ beforeVerification: true })
  async changePassword(
    @CurrentActor() actor: MemberActor,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context() context: GraphQLContext,
  ): Promise<AuthPayload> {
    return payload(await this.account.changePassword(actor, currentPassword, newPassword), context);
  }

  @Mutation(() => Boolean, { description: 'E-mails a reset link if the address is known; true either way.' })
  @Allow.anyone()
  requestPasswordReset(
    @Args('tenantSlug') tenantSlug: string,
    @Args('email') email: string,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    return this.account.requestPasswordReset(tenantSlug, email, context.req.ip ?? 'unknown');
  }

  @Mutation(() => AuthPayload, { description: "Sets a new password with the e-mailed link's token, ending every other sign-in." })
  @Allow.anyone()
  async resetPassword(
    @Args('token') token: string,
    @Args('newPassword') newPassword: string,
    @Context() context: GraphQLContext,
  ): Promise<AuthPayload> {
    return payload(await this.account.resetPassword(token, newPassword), context);
  }
}
