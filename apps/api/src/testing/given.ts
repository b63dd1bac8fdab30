import { randomUUID } from 'node:crypto';
import { AuthService } from '../auth/auth.service';
import type { MemberActor } from '../auth/actor';
import { ChallengesService } from '../challenges/challenges.service';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import type { CommentEntity } from '../engagement/comments/comment.entity';
import { CommentsService } from '../engagement/comments/comments.service';
import { SupportService } from '../engagement/support/support.service';
import type { IdeaEntity } from '../ideas/idea.entity';
import { IdeasService } from '../ideas/ideas.service';
import { StageService } from '../ideas/stages/stage.service';
import { Database } from '../database/database.service';
import { WalletService } from '../ledger/wallet.service';
import { MarketService } from '../market/market.service';
import type { RoleName } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import { OperatorService } from '../operator/operator.service';
import type { TenantEntity } from '../tenants/tenant.entity';
import type { TenantSettingsInput } from '../tenants/tenant.inputs';
import { TenantsService } from '../tenants/tenants.service';
import { Decision } from '../board/board.inputs';
import { BoardService } from '../board/board.service';
import { TeamsService } from '../teams/teams.service';
import { InvitesService } from '../recruitment/invites.service';
import type { TestApp } from './test-app';
import { stageReason } from '@idea-exchange/wording';

export const TEST_PASSWORD = 'correct horse battery staple';
export const TEST_DOMAIN = 'example.gov.uk';

export interface GivenMember {
  id: string;
  tenantId: string;
  email: string;
  displayName: string;
  role: RoleName;
  token: string;
}

export interface GivenMarket {
  ideaId: string;
  marketId: string;
}

/** How a new instance differs from the factories' usual one. */
export interface TenantOptions {
  public?: boolean;
  settings?: TenantSettingsInput;
  currencyName?: string;
}

export interface GivenTenant {
  tenant: TenantEntity;
  slug: string;
  admin: GivenMember;
}

function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** Factories that build state through the real services, so every state obeys the rules. */
export class Given {
  constructor(private readonly app: TestApp) {}

  /** A new instance with its first admin; internal, accepting sign-ups from example.gov.uk. */
  async tenant(options: TenantOptions = {}): Promise<GivenTenant> {
    const slug = unique('t');
    const adminEmail = `admin@${TEST_DOMAIN}`;
    const { tenant, admin } = await this.app.app.get(OperatorService).createTenant({
      slug,
      name: `Instance ${slug}`,
      currencyName: options.currencyName ?? 'Peas',
      public: options.public ?? false,
      adminEmail,
      adminPassword: TEST_PASSWORD,
      adminDisplayName: 'Admin',
    });
    const updated = await this.app.app
      .get(TenantsService)
      // Specs' exact figures were worked out at b = 100.00; a spec about sizing asks for liquidityAutomatic.
      .configure(tenant.id, {
        allowedEmailDomains: [TEST_DOMAIN],
        ...(options.settings?.liquidityAutomatic ? {} : { liquidity: 10_000n }),
        ...options.settings,
      });
    const token = this.app.app.get(AuthService).tokens.sign(admin);
    return {
      tenant: updated,
      slug,
      admin: { id: admin.id, tenantId: tenant.id, email: adminEmail, displayName: 'Admin', role: 'ADMIN', token },
    };
  }

  /** A member who signed up the ordinary way (and confirmed their address unless told not to), then given a role if asked. */
  async member(
    tenant: GivenTenant,
    options: { role?: RoleName; displayName?: string; email?: string; inviteCode?: string; emailVerified?: boolean } = {},
  ): Promise<GivenMember> {
    const displayName = options.displayName ?? unique('Member');
    const email = options.email ?? `${unique('m')}@${TEST_DOMAIN}`;
    const session = await this.app.app
      .get(AuthService)
      .signUp({ tenantSlug: tenant.slug, email, password: TEST_PASSWORD, displayName, inviteCode: options.inviteCode }, 'factory', {
        emailVerified: options.emailVerified ?? true,
      });
    const role = options.role ?? 'MEMBER';
    const member = {
      id: session.member.id,
      tenantId: tenant.tenant.id,
      email,
      displayName,
      role: 'MEMBER' as RoleName,
      token: session.token,
    };
    return role === 'MEMBER' ? member : this.withRole(member, role);
  }

  /** The member given a new role; a role change ends earlier sign-ins, so they sign in again, as they would. */
  async withRole(member: GivenMember, role: RoleName): Promise<GivenMember> {
    const members = this.app.app.get(MembersService);
    await this.app.app.get(Database).withTenant(member.tenantId, (tx) => members.assignRole(tx, member.id, role));
    const promoted = await members.byId(member.tenantId, member.id);
    return { ...member, role, token: this.app.app.get(AuthService).tokens.sign(promoted) };
  }

  async members(tenant: GivenTenant, count: number, options: { role?: RoleName } = {}): Promise<GivenMember[]> {
    const made: GivenMember[] = [];
    for (let i = 0; i < count; i++) made.push(await this.member(tenant, options));
    return made;
  }

  /**
   * An idea with an open market, without the team a lead's floatIdea needs: the idea (a new one
   * by the admin unless an ideaId is given) moves through the stage rules to INVESTMENT and its
   * market opens with the subsidy, as floating does, in one transaction.
   */
  async openMarket(tenant: GivenTenant, options: { ideaId?: string; title?: string } = {}): Promise<GivenMarket> {
    const ideaId = options.ideaId ?? (await this.idea(tenant, tenant.admin, { title: options.title ?? unique('Idea to trade') })).id;
    const stages = this.app.app.get(StageService);
    const market = await this.app.app.get(Database).withTenant(tenant.tenant.id, async (tx) => {
      let idea = await this.app.app.get(IdeasService).lock(tx, undefined, ideaId);
      const by = { memberId: tenant.admin.id };
      if (idea.stage === 'BUZZ') idea = await stages.move(tx, idea, 'TEAMING', stageReason.note('Given an open market'), by);
      if (idea.stage === 'TEAMING') idea = await stages.move(tx, idea, 'INVESTMENT', stageReason.note('Given an open market'), by);
      return this.app.app.get(MarketService).open(tx, idea);
    });
    return { ideaId, marketId: market.id };
  }

  /**
   * Settles the idea's market the only way there is: the board decides (YES: implement, NO:
   * reject). The judges given (or new board members, as many as the instance's minimum of
   * reviews) review it, and the first decides.
   */
  async settle(tenant: GivenTenant, ideaId: string, outcome: 'YES' | 'NO', options: { judges?: GivenMember[] } = {}): Promise<GivenMember> {
    const { minReviews } = await this.app.app.get(TenantsService).byId(tenant.tenant.id);
    const judges = options.judges ?? (await this.members(tenant, minReviews, { role: 'BOARD' }));
    const board = this.app.app.get(BoardService);
    const scores = { strategicFit: 3, valueForMoney: 3, feasibility: 3, risk: 3 };
    for (const judge of judges) await board.review(this.actor(judge), { ideaId, ...scores, comment: 'Reviewed for the test.' });
    await board.decide(this.actor(judges[0]), {
      ideaId,
      decision: outcome === 'YES' ? Decision.IMPLEMENT : Decision.REJECT,
      rationale: 'Decided for the test.',
    });
    return judges[0];
  }

  /** A member's wallet balance, as the ledger holds it. */
  walletBalance(member: GivenMember): Promise<bigint> {
    return this.app.app.get(WalletService).balance(member.tenantId, member.id);
  }

  /** The actor a member acts as, for calling services directly. */
  actor(member: GivenMember): MemberActor {
    return { kind: 'member', tenantId: member.tenantId, memberId: member.id, role: member.role };
  }

  /** An idea submitted by its author through the real service (so it starts in BUZZ with its event). */
  async idea(
    _tenant: GivenTenant,
    author: GivenMember,
    options: { title?: string; description?: string; tags?: string[]; challengeId?: string } = {},
  ): Promise<IdeaEntity> {
    return this.app.app.get(IdeasService).submit(this.actor(author), {
      title: options.title ?? unique('An idea'),
      description: options.description ?? 'A description of the idea.',
      tags: options.tags,
      challengeId: options.challengeId,
    });
  }

  /** `count` new members, each supporting the idea. */
  async supporters(tenant: GivenTenant, idea: Pick<IdeaEntity, 'id'>, count: number): Promise<GivenMember[]> {
    const made = await this.members(tenant, count);
    for (const member of made) await this.app.app.get(SupportService).support(this.actor(member), idea.id);
    return made;
  }

  /** A comment (or a reply, with parentId) through the real service. */
  async comment(
    author: GivenMember,
    idea: Pick<IdeaEntity, 'id'>,
    options: { body?: string; parentId?: string } = {},
  ): Promise<CommentEntity> {
    const posted = await this.app.app
      .get(CommentsService)
      .add(this.actor(author), { ideaId: idea.id, body: options.body ?? 'A thoughtful comment.', parentId: options.parentId });
    return posted.comment;
  }

  /** A challenge created by the instance's admin; open from yesterday for a month unless told. */
  async challenge(tenant: GivenTenant, options: { title?: string; opensAt?: Date; closesAt?: Date } = {}): Promise<ChallengeEntity> {
    const day = 24 * 60 * 60 * 1000;
    const opensAt = options.opensAt ?? new Date(Date.now() - day);
    return this.app.app.get(ChallengesService).create(this.actor(tenant.admin), {
      title: options.title ?? unique('A challenge'),
      question: 'How might we spend less on paper?',
      opensAt,
      closesAt: options.closesAt ?? new Date(opensAt.getTime() + 30 * day),
    });
  }

  /** An idea that has buzzed into TEAMING: enough new supporters to reach the instance's threshold. */
  async teamingIdea(tenant: GivenTenant, author: GivenMember, options: { title?: string } = {}): Promise<IdeaEntity> {
    const idea = await this.idea(tenant, author, options);
    await this.supporters(tenant, idea, tenant.tenant.buzzThreshold);
    const moved = await this.app.app.get(IdeasService).find(this.actor(author), idea.id);
    if (moved?.stage !== 'TEAMING') throw new Error(`the idea did not reach TEAMING (it is ${moved?.stage})`);
    return moved;
  }
  /** A new invite code of the member's, as from the invite link on their page. */
  async inviteCode(member: GivenMember): Promise<string> {
    return (await this.app.app.get(InvitesService).create(this.actor(member))).code;
  }

  /**
   * An idea taken all the way to IMPLEMENTED through the real services: supported into TEAMING,
   * joined by the teammates, business case saved, floated, reviewed and decided by the board
   * member. The tenant needs minReviews 1 and a minTeamSize the team reaches.
   */
  async implementedIdea(
    tenant: GivenTenant,
    people: { author: GivenMember; teammates: GivenMember[]; boardMember: GivenMember },
    options: { title?: string; estimatedAnnualSaving?: bigint } = {},
  ): Promise<IdeaEntity> {
    const idea = await this.teamingIdea(tenant, people.author, { title: options.title });
    const teams = this.app.app.get(TeamsService);
    for (const teammate of people.teammates) {
      const request = await teams.requestToJoin(this.actor(teammate), idea.id);
      await teams.answerJoinRequest(this.actor(people.author), request.id, true);
    }
    await teams.saveBusinessCase(this.actor(people.author), idea.id, {
      problem: 'Paper costs us far too much every year.',
      proposal: 'Print double-sided and only when asked.',
      benefits: 'Lower paper and toner spending.',
      estimatedAnnualSaving: options.estimatedAnnualSaving ?? 100000n,
      oneOffCost: 0n,
      runningCost: 0n,
      risks: 'Some people may still want printed copies.',
      measuresOfSuccess: 'Paper bought per quarter goes down.',
    });
    const board = this.app.app.get(BoardService);
    await board.float(this.actor(people.author), idea.id);
    const scores = { strategicFit: 5, valueForMoney: 5, feasibility: 5, risk: 5 };
    await board.review(this.actor(people.boardMember), { ideaId: idea.id, ...scores, comment: 'Worth doing.' });
    return board.decide(this.actor(people.boardMember), {
      ideaId: idea.id,
      decision: Decision.IMPLEMENT,
      rationale: 'Good value for the money it saves.',
    });
  }
}
