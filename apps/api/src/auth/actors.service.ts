import { Injectable } from '@nestjs/common';
import { Database } from '../database/database.service';
import { MemberStandingCache, type MemberStanding } from '../members/member-standing.cache';
import { MembersService } from '../members/members.service';
import { requiresEmailVerification } from '../tenants/tenant.entity';
import { Unauthenticated } from '../common/errors/domain-error';
import { readingLanguage } from '../common/language/language';
import { readerKnown } from '../common/language/request-language';
import { TenantsService } from '../tenants/tenants.service';
import type { Actor } from './actor';
import { AuthService } from './auth.service';
import type { AppRequest } from './request-context';

export interface ResolvedActor {
  actor: Actor;
  tenantPublic: boolean;
  tenantSuspended: boolean;
  /** The member must follow their verification link before acting. */
  mustVerifyEmail: boolean;
}

/** Works out who a request acts as: from its bearer token, or from X-Tenant when it has none. */
@Injectable()
export class ActorsService {
  constructor(
    private readonly db: Database,
    private readonly auth: AuthService,
    private readonly tenants: TenantsService,
    private readonly standings: MemberStandingCache,
    private readonly members: MembersService,
  ) {}

  resolve(req: AppRequest): Promise<ResolvedActor | undefined> {
    const memo = req as AppRequest & { resolvedActor?: Promise<ResolvedActor | undefined> };
    memo.resolvedActor ??= this.lookup(req);
    return memo.resolvedActor;
  }

  private async standingOf(tenantId: string, memberId: string): Promise<MemberStanding | undefined> {
    return this.db.withTenant(tenantId, async (tx) => {
      const member = (await this.members.someOf(tx, [memberId])).get(memberId);
      if (!member) return undefined;
      const tenant = await this.tenants.inTx(tx);
      return {
        role: member.role,
        suspended: member.suspended,
        tenantPublic: tenant.public,
        tenantSuspended: tenant.suspended,
        tokenVersion: member.tokenVersion,
        mustVerifyEmail: !member.emailVerified && requiresEmailVerification(tenant),
        language: readingLanguage(member.language, tenant.defaultLanguage),
      };
    });
  }

  private async lookup(req: AppRequest): Promise<ResolvedActor | undefined> {
    const header = req.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const claims = match ? this.auth.tokens.verify(match[1]) : undefined;
      if (!claims) throw new Unauthenticated({ key: 'SIGN_IN_EXPIRED' });
      const row = await this.standings.get(claims.tenantId, claims.memberId, () => this.standingOf(claims.tenantId, claims.memberId));
      if (!row || row.tokenVersion !== claims.version) throw new Unauthenticated({ key: 'SIGN_IN_NO_LONGER_VALID' });
      if (row.suspended) throw new Unauthenticated({ key: 'ACCOUNT_SUSPENDED' });
      readerKnown(row.language);
      return {
        actor: { kind: 'member', tenantId: claims.tenantId, memberId: claims.memberId, role: row.role },
        tenantPublic: row.tenantPublic,
        tenantSuspended: row.tenantSuspended,
        mustVerifyEmail: row.mustVerifyEmail,
      };
    }
    const slug = req.headers['x-tenant'];
    if (typeof slug === 'string' && slug.length > 0) {
      const tenant = await this.tenants.bySlug(slug).catch(() => undefined);
      if (!tenant) return undefined;
      readerKnown(readingLanguage(null, tenant.defaultLanguage));
      return {
        actor: { kind: 'anonymous', tenantId: tenant.id },
        tenantPublic: tenant.public,
        tenantSuspended: tenant.suspended,
        mustVerifyEmail: false,
      };
    }
    return undefined;
  }
}
