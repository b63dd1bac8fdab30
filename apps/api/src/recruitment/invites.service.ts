import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Clock } from '../common/clock/clock';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import type { MemberActor } from '../auth/actor';
import { MembersService } from '../members/members.service';
import { RecruitmentStore } from './recruitment-store';
import type { InviteEntity } from './invite.entity';
import { InviteExpired, InviteUsedUp, UnknownInviteCode } from './recruitment.errors';

/** How long an invite link admits people, and how many. */
export const INVITE_LIFETIME_DAYS = 14;
export const INVITE_MAX_USES = 25;

@Injectable()
export class InvitesService {
  constructor(
    private readonly db: Database,
    private readonly members: MembersService,
    private readonly clock: Clock,
  ) {}

  /** A new invite code of the member's: a link several colleagues can use, for a while. */
  async create(actor: MemberActor): Promise<InviteEntity> {
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const code = randomBytes(12).toString('base64url');
      const expiresAt = new Date(this.clock.now().getTime() + INVITE_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
      return RecruitmentStore.insertInvite(tx, { code, inviterId: actor.memberId, expiresAt, maxUses: INVITE_MAX_USES });
    });
  }

  /**
   * Admits one person with the code, in the sign-up transaction (a rolled-back sign-up gives the
   * use back), and returns the inviter. The invite's row lock is held from the check to the count,
   * so two sign-ups cannot both take the last use. A suspended inviter's codes admit nobody.
   */
  async redeem(tx: TenantTx, code: string): Promise<string> {
    const trimmed = code.trim();
    const invite = await RecruitmentStore.lockInvite(tx, trimmed, this.clock.now());
    const inviter = invite && (await this.members.someOf(tx, [invite.inviterId])).get(invite.inviterId);
    if (!invite || !inviter || inviter.suspended) throw new UnknownInviteCode();
    if (invite.expired) throw new InviteExpired();
    if (invite.usedUp) throw new InviteUsedUp();
    await RecruitmentStore.countInviteUse(tx, trimmed);
    return invite.inviterId;
  }
}
