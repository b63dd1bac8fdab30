import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import type { MemberActor } from '../auth/actor';
import { BadUserInput } from '../common/errors/domain-error';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { isUuid } from '../common/validation/uuid';
import { LivePubSub, tenantTopic } from '../live/live-pubsub';
import { NotificationEntity, type NotificationKindName } from './notification.entity';
import { Notification } from './notification.types';

export interface NewNotification {
  /** Who is told. */
  memberId: string;
  kind: NotificationKindName;
  message: string;
  ideaId?: string | null;
  /** Who caused it: nobody is notified of their own action. */
  actorId?: string | null;
}

const MAX_MESSAGE = 500;

export function notificationTopic(tenantId: string, memberId: string): string {
  return tenantTopic(tenantId, 'notification', memberId);
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: Database,
    private readonly live: LivePubSub,
  ) {}

  /**
   * Records a notification in the caller's transaction and announces it live once that
   * transaction commits. Returns undefined when the member caused it themselves.
   */
  async notify(tx: TenantTx, input: NewNotification): Promise<NotificationEntity | undefined> {
    if (input.actorId && input.actorId === input.memberId) return undefined;
    const message = input.message.length > MAX_MESSAGE ? `${input.message.slice(0, MAX_MESSAGE - 1)}…` : input.message;
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO notifications (tenant_id, member_id, kind, message, idea_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [tx.tenantId, input.memberId, input.kind, message, input.ideaId ?? null],
    );
    const entity = await tx.manager.getRepository(NotificationEntity).findOneByOrFail({ tenantId: tx.tenantId, id: row.id });
    const topic = notificationTopic(tx.tenantId, input.memberId);
    tx.afterCommit(() => this.live.publish(topic, Notification.from(entity)));
    return entity;
  }

  async list(actor: MemberActor, first: number, unreadOnly: boolean): Promise<NotificationEntity[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw BadUserInput.field('first', 'first must be between 1 and 100.');
    return this.db.withTenant(actor.tenantId, (tx) =>
      tx.manager.getRepository(NotificationEntity).find({
        where: { tenantId: tx.tenantId, memberId: actor.memberId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
        order: { createdAt: 'DESC', id: 'DESC' },
        take: first,
      }),
    );
  }

  async unreadCount(actor: MemberActor): Promise<number> {
    return this.db.withTenant(actor.tenantId, (tx) =>
      tx.manager.getRepository(NotificationEntity).countBy({ tenantId: tx.tenantId, memberId: actor.memberId, readAt: IsNull() }),
    );
  }

  /** Marks the member's own unread notifications read (all of them when no ids are given). */
  async markRead(actor: MemberActor, ids?: readonly string[] | null): Promise<number> {
    if (ids && ids.length > 500) throw BadUserInput.field('ids', 'Mark at most 500 notifications at once.');
    if (ids?.some((id) => !isUuid(id))) throw BadUserInput.field('ids', 'Each id must be the id of one of your notifications.');
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const result = await tx.manager.getRepository(NotificationEntity).update(
        {
          tenantId: tx.tenantId,
          memberId: actor.memberId,
          readAt: IsNull(),
          ...(ids ? { id: In([...ids]) } : {}),
        },
        { readAt: () => 'now()' },
      );
      return result.affected ?? 0;
    });
  }
}
