import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Member } from '../members/member.types';
import { Tenant } from '../tenants/tenant.types';
import { Allow } from './allow.decorator';
import { LogInInput, SignUpInput } from './auth.inputs';
import { AuthService, type Session } from './auth.service';
import { AuthPayload } from './auth.types';
import { establishIdentity, type GraphQLContext } from './request-context';

/** The answer of every mutation that signs someone in, read as the member it signs in. */
export function payload(session: Session, context: GraphQLContext): AuthPayload {
  establishIdentity(context.req, { kind: 'member', tenantId: session.tenant.id, memberId: session.member.id, role: session.member.role });
  return { token: session.token, member: Member.from(session.member), tenant: Tenant.from(session.tenant) };
}

@Resolver(() => AuthPayload)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayload)
  @Allow.anyone()
  async signUp(@Args('input') input: SignUpInput, @Context() context: GraphQLContext): Promise<AuthPayload> {
    return payload(await this.auth.signUp(input, context.req.ip ?? 'unknown'), context);
  }

  @Mutation(() => AuthPayload)
  @Allow.anyone()
  async logIn(@Args('input') input: LogInInput, @Context() context: GraphQLContext): Promise<AuthPayload> {
    return payload(await this.auth.logIn(input, context.req.ip ?? 'unknown'), context);
  }
}
