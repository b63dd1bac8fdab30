import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { BadUserInput } from '../common/errors/domain-error';
import { hashPassword, passwordMatches } from '../common/crypto/passwords';
import { Database } from '../database/database.service';
import { IssuanceService } from '../ledger/issuance.service';
import type { TenantTx } from '../database/tenant-transaction';
import type { MemberEntity } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import { InvitesService } from '../recruitment/invites.service';
import { RecruitmentService } from '../recruitment/recruitment.service';
import type { TenantEntity } from '../tenants/tenant.entity';
import { TenantsService } from '../tenants/tenants.service';
import { TenantSuspended } from '../tenants/tenants.errors';
import type { LogInInput, SignUpInput } from './auth.inputs';
import { AccountService } from './account.service';
import { MemberSuspended, SignUpRestricted, WrongCredentials } from './auth.errors';
import { passwordProblems } from './password-policy';
import { RateLimiter } from './rate-limiter';
import { Tokens } from './tokens';

export interface Session {
  token: string;
  member: MemberEntity;
  tenant: TenantEntity;
}

/** Hash of a throwaway password, verified when no member matches, so timing does not reveal accounts. */
const DECOY_HASH = hashPassword('decoy password that matches nothing');

export function emailDomainAllowed(email: string, allowedDomains: readonly string[]): boolean {
  const domain = email.trim().toLowerCase().split('@').pop() ?? '';
  return allowedDomains.some((allowed) => domain === allowed || domain.endsWith(`.${allowed}`));
}

const SIGN_UP_RETRIES = { retries: 3 };

@Injectable()
export class AuthService {
  private readonly limiter: RateLimiter;
  readonly tokens: Tokens;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly tenants: TenantsService,
    private readonly members: MembersService,
    private readonly invites: InvitesService,
    private readonly issuance: IssuanceService,
    private readonly recruitment: RecruitmentService,
    private readonly account: AccountService,
  ) {
    this.tokens = new Tokens(config.jwtSecret, config.jwtTtlSeconds);
    this.limiter = new RateLimiter(db.dataSource);
  }

  /** Joins a member; `emailVerified` is for accounts vouched for already (the demo's, factories). */
  async signUp(input: SignUpInput, address: string, options: { emailVerified?: boolean } = {}): Promise<Session> {
    const account = `${input.tenantSlug.toLowerCase()}:${input.email.trim().toLowerCase()}`;
    const limits = this.config.signUp;
    await this.limiter.hit(`sign-up:address:${address}`, limits.perAddress, limits.windowMs);
    await this.limiter.hit(`sign-up:account:${account}`, limits.perAccount, limits.windowMs);

    const problems = passwordProblems(input.password, input.email);
    if (problems.length > 0) throw new BadUserInput(problems[0].message, problems, problems[0].words);
    const tenant = await this.tenants.bySlug(input.tenantSlug);
    if (tenant.suspended) throw new TenantSuspended();

    // Joining posts the grant, counts an invite use and tells the inviter: a deadlock or
    // serialization failure rolls all of it back, so it is safe to run again.
    const member = await this.db.withTenant(
      tenant.id,
      async (tx) => {
        const inviterId = await this.admission(tx, tenant, input);
        const created = await this.members.create(tx, {
          email: input.email,
          password: input.password,
          displayName: input.displayName,
          invitedBy: inviterId,
          language: input.language,
          emailVerified: options.emailVerified,
        });
        if (!created.emailVerified) await this.account.issueVerification(tx, tenant, created);
        // Joining and its grant are one transaction: no member without their grant. The inviter's
        // bonus waits until the recruit takes part (RecruitmentService.tookPart).
        await this.issuance.grantStartingAmount(tx, tenant, created.id);
        if (inviterId) await this.recruitment.joined(tx, created, inviterId);
        return created;
      },
      SIGN_UP_RETRIES,
    );
    return { token: this.tokens.sign(member), member, tenant };
  }

  /** Decides whether this person may join; returns the inviter when an invite code was used. */
  private async admission(tx: TenantTx, tenant: TenantEntity, input: SignUpInput): Promise<string | null> {
    const inviterId = input.inviteCode ? await this.invites.redeem(tx, input.inviteCode) : null;
    if (!tenant.public && !inviterId && !emailDomainAllowed(input.email, tenant.allowedEmailDomains)) {
      throw new SignUpRestricted();
    }
    return inviterId;
  }

  async logIn(input: LogInInput, address: string): Promise<Session> {
    const account = `${input.tenantSlug.toLowerCase()}:${input.email.trim().toLowerCase()}`;
    const limits = this.config.logIn;
    await this.limiter.hit(`log-in:address:${address}`, limits.perAddress, limits.windowMs);
    await this.limiter.hit(`log-in:account:${account}`, limits.perAccount, limits.windowMs);

    const tenant = await this.tenants.bySlug(input.tenantSlug).catch(() => undefined);
    const member = tenant ? await this.db.withTenant(tenant.id, (tx) => this.members.findWithPassword(tx, input.email)) : undefined;
    const valid = await passwordMatches(member?.passwordHash ?? (await DECOY_HASH), input.password);
    if (!tenant || !member || !valid) throw new WrongCredentials();
    if (tenant.suspended) throw new TenantSuspended();
    if (member.suspended) throw new MemberSuspended();
    await this.limiter.reset(`log-in:account:${account}`);
    const { passwordHash: _omitted, ...withoutHash } = member;
    return { token: this.tokens.sign(member), member: withoutHash as MemberEntity, tenant };
  }
}
