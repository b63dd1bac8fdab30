import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { BadUserInput, fieldProblem } from '../common/errors/domain-error';
import { passwordMatches } from '../common/crypto/passwords';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, LOGGER } from '../config/config.module';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { Mailer } from '../mail/mailer';
import { passwordResetEmail, verificationEmail, type Language } from '../mail/mail-templates';
import type { MemberActor } from './actor';
import type { MemberEntity } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import type { TenantEntity } from '../tenants/tenant.entity';
import { TenantsService } from '../tenants/tenants.service';
import { LinkNotValid, MemberSuspended, WrongCurrentPassword } from './auth.errors';
import type { Session } from './auth.service';
import { consumeLinkToken, issueLinkToken, tenantOfLinkToken } from './member-tokens.store';
import { passwordProblems } from './password-policy';
import { RateLimiter } from './rate-limiter';
import { Tokens } from './tokens';

const VERIFY_HOURS = 48;
const RESET_MINUTES = 60;
const HOUR_MS = 60 * 60 * 1000;

/** The member's own language when they have chosen one, else their instance's default. */
export function languageOf(tenant: Pick<TenantEntity, 'defaultLanguage'>, member?: Pick<MemberEntity, 'language'>): Language {
  const chosen = member?.language ?? tenant.defaultLanguage;
  return chosen === 'cy' ? 'cy' : 'en';
}

/** Proving an address, and getting back into an account: everything that arrives by e-mail link. */
@Injectable()
export class AccountService {
  private readonly limiter: RateLimiter;
  private readonly tokens: Tokens;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly log: Logger,
    private readonly db: Database,
    private readonly tenants: TenantsService,
    private readonly members: MembersService,
    private readonly mailer: Mailer,
  ) {
    this.tokens = new Tokens(config.jwtSecret, config.jwtTtlSeconds);
    this.limiter = new RateLimiter(db.dataSource);
  }

  /** Writes a verification link in the sign-up's transaction and e-mails it once that commits. */
  async issueVerification(tx: TenantTx, tenant: TenantEntity, member: MemberEntity): Promise<void> {
    const token = await issueLinkToken(tx, member.id, 'VERIFY_EMAIL', VERIFY_HOURS * 3600);
    const url = `${this.config.publicUrl}/${tenant.slug}/verify-email?token=${encodeURIComponent(token)}`;
    const email = verificationEmail(languageOf(tenant, member), tenant.name, member.displayName, url, VERIFY_HOURS);
    tx.afterCommit(() => this.deliver({ ...email, to: member.email }, 'verification'));
  }

  async verifyEmail(token: string): Promise<Session> {
    const tenantId = tenantOfLinkToken(token);
    if (!tenantId) throw new LinkNotValid();
    const tenant = await this.tenants.byId(tenantId).catch(() => undefined);
    if (!tenant) throw new LinkNotValid();
    const member = await this.db.withTenant(tenantId, async (tx) => {
      const memberId = await consumeLinkToken(tx, token, 'VERIFY_EMAIL');
      if (!memberId) throw new LinkNotValid();
      return this.members.markEmailVerified(tx, memberId);
    });
    if (member.suspended) throw new MemberSuspended();
    return { token: this.tokens.sign(member), member, tenant };
  }

  /** Sends a fresh link; false when the address is already confirmed (nothing to send). */
  async resendVerification(actor: MemberActor): Promise<boolean> {
    await this.limiter.hit(`resend-verification:${actor.tenantId}:${actor.memberId}`, 3, HOUR_MS);
    const tenant = await this.tenants.byId(actor.tenantId);
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const member = await this.members.get(tx, actor.memberId);
      if (member.emailVerified) return false;
      await this.issueVerification(tx, tenant, member);
      return true;
    });
  }

  /** The same answer whether or not the address is known, so it cannot be used to find accounts. */
  async requestPasswordReset(tenantSlug: string, email: string, address: string): Promise<boolean> {
    if (tenantSlug.length > 40 || email.length > 254 || !email.includes('@')) {
      throw BadUserInput.field('email', { key: 'EMAIL_FORMAT' });
    }
    await this.limiter.hit(`password-reset:address:${address}`, 20, HOUR_MS);
    await this.limiter.hit(`password-reset:account:${tenantSlug.toLowerCase()}:${email.trim().toLowerCase()}`, 3, HOUR_MS);
    const tenant = await this.tenants.bySlug(tenantSlug).catch(() => undefined);
    if (!tenant || tenant.suspended) return true;
    await this.db.withTenant(tenant.id, async (tx) => {
      const member = await this.members.findWithPassword(tx, email);
      if (!member || member.suspended) return;
      const token = await issueLinkToken(tx, member.id, 'RESET_PASSWORD', RESET_MINUTES * 60);
      const url = `${this.config.publicUrl}/${tenant.slug}/reset-password?token=${encodeURIComponent(token)}`;
      const message = passwordResetEmail(languageOf(tenant, member), tenant.name, member.displayName, url, RESET_MINUTES);
      tx.afterCommit(() => this.deliver({ ...message, to: member.email }, 'password reset'));
    });
    return true;
  }

  /** Sets the new password and ends every other sign-in; following the link also proves the address. */
  async resetPassword(token: string, newPassword: string): Promise<Session> {
    const tenantId = tenantOfLinkToken(token);
    if (!tenantId) throw new LinkNotValid();
    const tenant = await this.tenants.byId(tenantId).catch(() => undefined);
    if (!tenant || tenant.suspended) throw new LinkNotValid();
    const member = await this.db.withTenant(tenantId, async (tx) => {
      const memberId = await consumeLinkToken(tx, token, 'RESET_PASSWORD');
      if (!memberId) throw new LinkNotValid();
      const current = await this.members.get(tx, memberId);
      this.checkPolicy(newPassword, current.email, 'newPassword');
      await this.members.markEmailVerified(tx, memberId);
      return this.members.setPassword(tx, memberId, newPassword);
    });
    if (member.suspended) throw new MemberSuspended();
    return { token: this.tokens.sign(member), member, tenant };
  }

  async changePassword(actor: MemberActor, currentPassword: string, newPassword: string): Promise<Session> {
    await this.limiter.hit(`change-password:${actor.tenantId}:${actor.memberId}`, 10, HOUR_MS / 4);
    const tenant = await this.tenants.byId(actor.tenantId);
    const member = await this.db.withTenant(actor.tenantId, async (tx) => {
      const current = await this.members.getWithPassword(tx, actor.memberId);
      if (currentPassword.length > 200 || !(await passwordMatches(current.passwordHash, currentPassword))) throw new WrongCurrentPassword();
      this.checkPolicy(newPassword, current.email, 'newPassword');
      return this.members.setPassword(tx, actor.memberId, newPassword);
    });
    return { token: this.tokens.sign(member), member, tenant };
  }

  private checkPolicy(password: string, email: string, field: string): void {
    const problems = passwordProblems(password.slice(0, 201), email).map((problem) => ({ ...problem, field }));
    if (password.length > 200) problems.unshift(fieldProblem(field, { key: 'PASSWORD_TOO_LONG' }));
    if (problems.length > 0) throw new BadUserInput(problems[0].message, problems, problems[0].words);
  }

  private deliver(email: Parameters<Mailer['send']>[0], what: string): void {
    this.mailer.send(email).catch((error: unknown) => this.log.error({ err: error, what }, 'could not send an e-mail'));
  }
}
