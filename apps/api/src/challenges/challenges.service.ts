import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Actor, MemberActor } from '../auth/actor';
import { Clock } from '../common/clock/clock';
import { BadUserInput } from '../common/errors/domain-error';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { isUuid } from '../common/validation/uuid';
import { AuditLogService } from '../audit-log/audit-log.service';
import { ChallengeEntity, isChallengeOpen } from './challenge.entity';
import type { ChallengeInput } from './challenge.inputs';
import { ChallengeNotFound, ChallengeNotOpen } from './challenges.errors';

@Injectable()
export class ChallengesService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  async create(actor: MemberActor, input: ChallengeInput): Promise<ChallengeEntity> {
    if (input.closesAt.getTime() <= input.opensAt.getTime()) {
      throw BadUserInput.field('closesAt', { key: 'CHALLENGE_CLOSES_AFTER_OPENS' });
    }
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const repository = tx.manager.getRepository(ChallengeEntity);
      const inserted = await repository.insert({
        tenantId: tx.tenantId,
        title: input.title,
        question: input.question,
        description: input.description ?? '',
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        createdBy: actor.memberId,
      });
      const challenge = await repository.findOneByOrFail({ tenantId: tx.tenantId, id: inserted.identifiers[0].id as string });
      await this.audit.append(tx, { actorId: actor.memberId, action: 'CREATE_CHALLENGE', kind: 'CHALLENGE', targetId: challenge.id });
      return challenge;
    });
  }

  /** Open challenges first, then upcoming, then closed; newest closing date first within each. */
  async list(actor: Actor): Promise<ChallengeEntity[]> {
    const all = await this.db.withTenant(actor.tenantId, (tx) =>
      tx.manager.getRepository(ChallengeEntity).find({ where: { tenantId: tx.tenantId }, order: { closesAt: 'DESC', id: 'DESC' } }),
    );
    const now = this.clock.now();
    const rank = (c: ChallengeEntity) => (isChallengeOpen(c, now) ? 0 : c.opensAt > now ? 1 : 2);
    return all.sort((a, b) => rank(a) - rank(b));
  }

  async find(actor: Actor, id: string): Promise<ChallengeEntity | undefined> {
    if (!isUuid(id)) return undefined;
    const challenge = await this.db.withTenant(actor.tenantId, (tx) =>
      tx.manager.getRepository(ChallengeEntity).findOneBy({ tenantId: tx.tenantId, id }),
    );
    return challenge ?? undefined;
  }

  async get(tx: TenantTx, id: string): Promise<ChallengeEntity> {
    const challenge = isUuid(id) ? await tx.manager.getRepository(ChallengeEntity).findOneBy({ tenantId: tx.tenantId, id }) : null;
    if (!challenge) throw new ChallengeNotFound();
    return challenge;
  }

  /** Many at once, in the order asked (for DataLoaders); undefined where missing. */
  async byIds(tenantId: string, ids: readonly string[]): Promise<Array<ChallengeEntity | undefined>> {
    const found = await this.db.withTenant(tenantId, (tx) =>
      tx.manager.getRepository(ChallengeEntity).findBy({ tenantId, id: In(ids.filter(isUuid)) }),
    );
    const byId = new Map(found.map((challenge) => [challenge.id, challenge]));
    return ids.map((id) => byId.get(id));
  }

  /** The challenge an idea is being submitted to; it must be open right now. */
  async requireOpen(tx: TenantTx, id: string): Promise<ChallengeEntity> {
    const challenge = await this.get(tx, id).catch((error: unknown) => {
      if (error instanceof ChallengeNotFound) throw BadUserInput.field('challengeId', { key: 'CHALLENGE_DOES_NOT_EXIST' });
      throw error;
    });
    const now = this.clock.now();
    if (isChallengeOpen(challenge, now)) return challenge;
    throw new ChallengeNotOpen(challenge.opensAt > now ? 'not-yet' : 'closed');
  }
}
