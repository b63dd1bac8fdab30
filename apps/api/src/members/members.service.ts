import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Database } from '../database/database.service';
import { isUniqueViolation } from '../database/pg-errors';
import { hashPassword } from '../common/crypto/passwords';
import type { TenantTx } from '../database/tenant-transaction';
import type { Actor, MemberActor } from '../auth/actor';
import { LedgerService } from '../ledger/ledger.service';
import { AuditLogService } from '../audit-log/audit-log.service';
import { MemberEntity, type RoleName } from './member.entity';
import { MemberStandingCache } from './member-standing.cache';
import { requesterLanguage } from './reader-language';
import type { Language } from '../common/language/language';
import type { ProfileInput } from './member.inputs';
import {
  CannotSuspendSelf,
  EmailTaken,
  LastAdmin,
  MemberNotFound,
  ShareholderMayNotJoinBoard,
  SuspendedMembersAdminOnly,
  SuspensionReasonTooLong,
} from './members.errors';

export interface NewMember {
  email: string;
  password: string;
  displayName: string;
  role?: RoleName;
  invitedBy?: string | null;
  /** 'en' or 'cy': the language the web app was in when they joined. */
  language?: string | null;
  /** Vouched for already (the operator's first admin, single sign-on): no link to follow. */
  emailVerified?: boolean;
}

/** The longest reason for a suspension the audit log keeps. */
const REASON_LIMIT = 500;
/** Paging deeper than this is a scrape, not a search. */
const OFFSET_LIMIT = 100_000;

export type MemberStatusFilter = 'ACTIVE' | 'SUSPENDED' | 'ALL';

export interface DirectoryFilter {
  skill?: string;
  search?: string;
  first: number;
  offset?: number;
  status?: MemberStatusFilter;
  role?: RoleName;
}

/** Skills are tags: trimmed, lower-case, without repeats. */
export function normaliseSkills(skills: readonly string[]): string[] {
  return [...new Set(skills.map((skill) => skill.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean))];
}

@Injectable()
export class MembersService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditLogService,
    private readonly standings: MemberStandingCache,
    private readonly ledger: LedgerService,
  ) {}

  /** Adds a member to the transaction's tenant. The password is stored only as an argon2id hash. */
  async create(tx: TenantTx, input: NewMember): Promise<MemberEntity> {
    const passwordHash = await hashPassword(input.password);
    try {
      const repository = tx.manager.getRepository(MemberEntity);
      const inserted = await repository.insert({
        tenantId: tx.tenantId,
        email: input.email.trim(),
        passwordHash,
        displayName: input.displayName.trim(),
        role: input.role ?? 'MEMBER',
        invitedBy: input.invitedBy ?? null,
        language: input.language ?? null,
        emailVerified: input.emailVerified ?? false,
      });
      return repository.findOneByOrFail({ tenantId: tx.tenantId, id: inserted.identifiers[0].id as string });
    } catch (error) {
      if (isUniqueViolation(error)) throw new EmailTaken();
      throw error;
    }
  }

  /** The member with this e-mail and their password hash, for sign-in only. */
  async findWithPassword(tx: TenantTx, email: string): Promise<MemberEntity | undefined> {
    const member = await tx.manager
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .addSelect('m.passwordHash')
      .where('m.tenant_id = :tenantId AND lower(m.email) = lower(:email)', { tenantId: tx.tenantId, email: email.trim() })
      .getOne();
    return member ?? undefined;
  }

  async get(tx: TenantTx, memberId: string): Promise<MemberEntity> {
    const member = await tx.manager.getRepository(MemberEntity).findOneBy({ tenantId: tx.tenantId, id: memberId });
    if (!member) throw new MemberNotFound();
    return member;
  }

  async byId(tenantId: string, memberId: string): Promise<MemberEntity> {
    return this.db.withTenant(tenantId, (tx) => this.get(tx, memberId));
  }

  /** The members with these ids, in the caller's transaction, by id; ids of no member are left out. */
  async someOf(tx: TenantTx, ids: readonly string[]): Promise<Map<string, MemberEntity>> {
    const found = ids.length === 0 ? [] : await tx.manager.getRepository(MemberEntity).findBy({ tenantId: tx.tenantId, id: In([...ids]) });
    return new Map(found.map((member) => [member.id, member]));
  }

  /** The ids of the suspended members: work done for members (e-mails) passes them by. */
  async suspendedIds(tx: TenantTx): Promise<string[]> {
    const suspended = await tx.manager
      .getRepository(MemberEntity)
      .find({ select: { id: true }, where: { tenantId: tx.tenantId, suspended: true } });
    return suspended.map((member) => member.id);
  }

  /** How many members the instance has and when the last joined: numbers for the operator, no names. */
  async census(tx: TenantTx): Promise<{ count: number; lastJoinedAt: Date | null }> {
    const row = await tx.one<{ count: number; last_joined_at: Date | null }>(
      `SELECT count(*)::int AS count, max(joined_at) AS last_joined_at FROM members WHERE tenant_id = $1`,
      [tx.tenantId],
    );
    return { count: row?.count ?? 0, lastJoinedAt: row?.last_joined_at ?? null };
  }

  /** The member with this id, or undefined: for a page that shows one member. */
  async find(actor: Actor, memberId: string): Promise<MemberEntity | undefined> {
    return this.byId(actor.tenantId, memberId).catch((error: unknown) => {
      if (error instanceof MemberNotFound) return undefined;
      throw error;
    });
  }

  /** The language whoever asks reads in (a visitor reads the instance's default), once per request. */
  languageOf(actor: Actor): Promise<Language> {
    return requesterLanguage(this.db, actor);
  }

  /** How many members the instance has who are not suspended (what its markets are sized by). */
  async countActive(tx: TenantTx): Promise<number> {
    return tx.manager.getRepository(MemberEntity).countBy({ tenantId: tx.tenantId, suspended: false });
  }

  /** Loads many members at once (for DataLoaders), in the order asked, undefined where missing. */
  async byIds(tenantId: string, ids: readonly string[]): Promise<Array<MemberEntity | undefined>> {
    const found = await this.db.withTenant(tenantId, (tx) => tx.manager.getRepository(MemberEntity).findBy({ tenantId, id: In([...ids]) }));
    const byId = new Map(found.map((member) => [member.id, member]));
    return ids.map((id) => byId.get(id));
  }

  async updateProfile(actor: MemberActor, input: ProfileInput): Promise<MemberEntity> {
    const changes: Partial<MemberEntity> = {};
    if (input.displayName !== undefined) changes.displayName = input.displayName.trim();
    // null clears what may be cleared (the name may not: the input refuses it).
    if (input.department !== undefined) changes.department = input.department?.trim() || null;
    if (input.bio !== undefined) changes.bio = input.bio?.trim() || null;
    if (input.language !== undefined) changes.language = input.language;
    if (input.skills !== undefined) changes.skills = normaliseSkills(input.skills ?? []);
    return this.db.withTenant(actor.tenantId, async (tx) => {
      if (Object.keys(changes).length > 0) {
        await tx.manager.getRepository(MemberEntity).update({ tenantId: tx.tenantId, id: actor.memberId }, changes);
      }
      // Refusals follow the member's language at once (their standing remembers it).
      if (changes.language !== undefined) tx.afterCommit(() => this.standings.forgetMember(tx.tenantId, actor.memberId));
      return this.get(tx, actor.memberId);
    });
  }

  /**
   * The directory: people by skill, and by words in their name, department or skills. Suspended
   * members are left out unless the caller (an admin restoring them) asks for them.
   */
  async directory(actor: MemberActor, asked: DirectoryFilter): Promise<MemberEntity[]> {
    if ((asked.status ?? 'ACTIVE') !== 'ACTIVE' && actor.role !== 'ADMIN') throw new SuspendedMembersAdminOnly();
    const filter = {
      ...asked,
      first: Math.min(Math.max(asked.first, 1), 100),
      offset: Math.min(Math.max(asked.offset ?? 0, 0), OFFSET_LIMIT),
    };
    const tenantId = actor.tenantId;
    return this.db.withTenant(tenantId, async (tx) => {
      const query = tx.manager
        .getRepository(MemberEntity)
        .createQueryBuilder('m')
        .where('m.tenant_id = :tenantId', { tenantId })
        .orderBy('lower(m.display_name)')
        .addOrderBy('m.id')
        .offset(filter.offset ?? 0)
        .limit(filter.first);
      const status = filter.status ?? 'ACTIVE';
      if (status !== 'ALL') query.andWhere('m.suspended = :suspended', { suspended: status === 'SUSPENDED' });
      if (filter.role) query.andWhere('m.role = :role', { role: filter.role });
      if (filter.skill) query.andWhere('m.skills @> ARRAY[:skill]::text[]', { skill: normaliseSkills([filter.skill])[0] });
      for (const [i, word] of (filter.search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5).entries()) {
        const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query.andWhere(
          `(m.display_name ILIKE :w${i} OR m.department ILIKE :w${i} OR EXISTS (SELECT 1 FROM unnest(m.skills) s WHERE s ILIKE :w${i}))`,
          { [`w${i}`]: pattern },
        );
      }
      return query.getMany();
    });
  }

  /** An admin changes a member's role (the resolver's @Allow admits only admins). */
  async setRole(actor: MemberActor, memberId: string, role: RoleName): Promise<MemberEntity> {
    return this.db.withTenant(actor.tenantId, (tx) => this.assignRole(tx, memberId, role, actor.memberId));
  }

  /** Changes a member's role, recorded in the audit log (actorId null: set up by the system). */
  async assignRole(tx: TenantTx, memberId: string, role: RoleName, actorId: string | null = null): Promise<MemberEntity> {
    const member = await this.get(tx, memberId);
    if (member.role === 'ADMIN' && role !== 'ADMIN') await this.requireAnotherAdmin(tx, memberId);
    if (role === 'BOARD' && member.role !== 'BOARD') await this.requireNoOpenPositions(tx, memberId);
    // A new role ends the member's sign-ins, so no token carries the old one into a request.
    await tx.manager
      .getRepository(MemberEntity)
      .update({ tenantId: tx.tenantId, id: memberId }, { role, tokenVersion: () => 'token_version + 1' });
    tx.afterCommit(() => this.standings.forgetMember(tx.tenantId, memberId));
    const reason = `Role changed from ${member.role} to ${role}`;
    await this.audit.append(tx, { actorId, action: 'SET_ROLE', kind: 'MEMBER', targetId: memberId, reason });
    return { ...member, role };
  }

  /** Suspended members cannot sign in or act; their ideas and history stay. */
  async setSuspended(actor: MemberActor, memberId: string, suspended: boolean, givenReason: string | null = null): Promise<MemberEntity> {
    const reason = givenReason?.trim() || null;
    if (reason && reason.length > REASON_LIMIT) throw new SuspensionReasonTooLong(REASON_LIMIT);
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const member = await this.get(tx, memberId);
      if (suspended && member.id === actor.memberId) throw new CannotSuspendSelf();
      if (suspended && member.role === 'ADMIN') await this.requireAnotherAdmin(tx, memberId);
      await tx.manager
        .getRepository(MemberEntity)
        .update({ tenantId: tx.tenantId, id: memberId }, { suspended, tokenVersion: () => 'token_version + 1' });
      tx.afterCommit(() => this.standings.forgetMember(actor.tenantId, memberId));
      const action = suspended ? 'SUSPEND_MEMBER' : 'REINSTATE_MEMBER';
      await this.audit.append(tx, { actorId: actor.memberId, action, kind: 'MEMBER', targetId: memberId, reason });
      return { ...member, suspended };
    });
  }

  /** The member with their password hash, by id (changing a password checks the current one). */
  async getWithPassword(tx: TenantTx, memberId: string): Promise<MemberEntity> {
    const member = await tx.manager
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .addSelect('m.passwordHash')
      .where('m.tenant_id = :tenantId AND m.id = :memberId', { tenantId: tx.tenantId, memberId })
      .getOne();
    if (!member) throw new MemberNotFound();
    return member;
  }

  /** Sets a new password and ends every sign-in made before; returns the member as they now are. */
  async setPassword(tx: TenantTx, memberId: string, password: string): Promise<MemberEntity> {
    const passwordHash = await hashPassword(password);
    await tx.manager
      .getRepository(MemberEntity)
      .update({ tenantId: tx.tenantId, id: memberId }, { passwordHash, tokenVersion: () => 'token_version + 1' });
    tx.afterCommit(() => this.standings.forgetMember(tx.tenantId, memberId));
    return this.get(tx, memberId);
  }

  async markEmailVerified(tx: TenantTx, memberId: string): Promise<MemberEntity> {
    await tx.manager.getRepository(MemberEntity).update({ tenantId: tx.tenantId, id: memberId }, { emailVerified: true });
    tx.afterCommit(() => this.standings.forgetMember(tx.tenantId, memberId));
    return this.get(tx, memberId);
  }

  private async requireNoOpenPositions(tx: TenantTx, memberId: string): Promise<void> {
    const held = await this.ledger.openPositionsNamed(tx, memberId);
    if (held.length > 0) throw new ShareholderMayNotJoinBoard(held);
  }

  private async requireAnotherAdmin(tx: TenantTx, memberId: string): Promise<void> {
    // Lock the admins so two admins demoting each other at once cannot leave none.
    const admins = await tx.query<{ id: string }>(
      `SELECT id FROM members WHERE tenant_id = $1 AND role = 'ADMIN' AND NOT suspended FOR UPDATE`,
      [tx.tenantId],
    );
    if (!admins.some((admin) => admin.id !== memberId)) throw new LastAdmin();
  }
}
