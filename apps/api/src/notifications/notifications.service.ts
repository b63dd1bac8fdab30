import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import type { MemberActor } from '../auth/actor';
import { BadUserInput } from '../common/errors/domain-error';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { isUuid } from '../common/validation/uuid';
import { LivePubSub, tenantTopic } from '../live/live-pubsub';
import { NotificationEntity, type NotificationKindName } from './notification.entity';
import { notificationText, type NotificationContent } from './notification-text';
import { readerLanguage, readerLanguages } from '../members/reader-language';
import { Notification } from './notification.types';
import { requirePageSize } from '../common/pagination/page-size';
import { NotificationEmails } from './notification-emails.service';
import { preferenceOf, preferencesOf, savePreference, type FrequencyName, type NotificationPreference } from './notification-preferences';

export interface NewNotification {
  /** Who is told. */
  memberId: string;
  content: NotificationContent;
  ideaId?: string | null;
  /** Who caused it: nobody is notified of their own action. */
  actorId?: string | null;
}

const MAX_MESSAGE = 500;

function clip(text: string): string {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text;
}

export function notificationTopic(tenantId: string, memberId: string): string {
  return tenantTopic(tenantId, 'notification', memberId);
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: Database,
    private readonly live: LivePubSub,
    private readonly emails: NotificationEmails,
  ) {}

  /**
   * Records a notification in the caller's transaction and announces it live, in every process,
   * once that transaction commits. Returns undefined when the member caused it themselves.
   */
  async notify(tx: TenantTx, input: NewNotification): Promise<NotificationEntity | undefined> {
    const [recorded] = await this.notifyMany(tx, [input]);
    return recorded;
  }

  /**
   * Records notifications in the caller's transaction, in order, and announces the in-app ones
   * live once it commits. A fan-out (an idea's followers, a market's holders) reads its readers'
   * languages once for all of them and announces them in one statement, so telling hundreds of
   * members costs no more language reads than telling one. Returns each input's notification, or
   * undefined where the member caused it or wants neither in-app nor e-mail.
   */
  async notifyMany(tx: TenantTx, inputs: readonly NewNotification[]): Promise<Array<NotificationEntity | undefined>> {
    const recorded: Array<NotificationEntity | undefined> = [];
    const shown: NotificationEntity[] = [];
    let emailNow = false;
    for (const input of inputs) {
      const entity = await this.record(tx, input);
      recorded.push(entity?.row);
      if (entity?.inApp) shown.push(entity.row);
      if (entity?.emailNow) emailNow = true;
    }
    if (shown.length > 0) {
      const languages = await readerLanguages(
        tx,
        shown.map((row) => row.memberId),
      );
      await this.live.publishMany(
        tx,
        shown.map((row) => ({
          topic: notificationTopic(tx.tenantId, row.memberId),
          payload: Notification.from(row, languages.get(row.memberId) ?? 'en'),
        })),
      );
    }
    if (emailNow) tx.afterCommit(() => this.emails.kick(tx.tenantId));
    return recorded;
  }

  private async record(
    tx: TenantTx,
    input: NewNotification,
  ): Promise<{ row: NotificationEntity; inApp: boolean; emailNow: boolean } | undefined> {
    if (input.actorId && input.actorId === input.memberId) return undefined;
    const { kind } = input.content;
    const params = Object.fromEntries(Object.entries(input.content.params).map(([name, value]) => [name, clip(value)]));
    // Every kind, whoever adds it, goes through the member's preference: in the app, by e-mail, both or neither.
    const preference = await preferenceOf(tx, input.memberId, kind);
    if (!preference.inApp && preference.email === 'NEVER') return undefined;
    const english = notificationText('en', { kind, params });
    if (english === undefined) throw new Error(`notification ${kind} lacks the values its wording names`);
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO notifications (tenant_id, member_id, kind, message, params, idea_id, in_app, email)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [tx.tenantId, input.memberId, kind, clip(english), params, input.ideaId ?? null, preference.inApp, preference.email],
    );
    const entity = await tx.manager.getRepository(NotificationEntity).findOneByOrFail({ tenantId: tx.tenantId, id: row.id });
    return { row: entity, inApp: preference.inApp, emailNow: preference.email === 'IMMEDIATELY' };
  }

  /** The member's notifications, each worded in the language they read in. */
  async list(actor: MemberActor, first: number, unreadOnly: boolean): Promise<Notification[]> {
    requirePageSize(first, 100);
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const rows = await tx.manager.getRepository(NotificationEntity).find({
        where: { tenantId: tx.tenantId, memberId: actor.memberId, inApp: true, ...(unreadOnly ? { readAt: IsNull() } : {}) },
        order: { createdAt: 'DESC', id: 'DESC' },
        take: first,
      });
      const language = await readerLanguage(tx, actor.memberId);
      return rows.map((row) => Notification.from(row, language));
    });
  }

  async unreadCount(actor: MemberActor): Promise<number> {
    return this.db.withTenant(actor.tenantId, (tx) =>
      tx.manager
        .getRepository(NotificationEntity)
        .countBy({ tenantId: tx.tenantId, memberId: actor.memberId, inApp: true, readAt: IsNull() }),
    );
  }

  /** Marks the member's own unread notifications read (all of them when no ids are given). */
  async markRead(actor: MemberActor, ids?: readonly string[] | null): Promise<number> {
    if (ids && ids.length > 500) throw BadUserInput.field('ids', { key: 'TOO_MANY_NOTIFICATIONS' });
    if (ids?.some((id) => !isUuid(id))) throw BadUserInput.field('ids', { key: 'NOTIFICATION_ID_FIELD' });
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const result = await tx.manager.getRepository(NotificationEntity).update(
        {
          tenantId: tx.tenantId,
          memberId: actor.memberId,
          inApp: true,
          readAt: IsNull(),
          ...(ids ? { id: In([...ids]) } : {}),
        },
        { readAt: () => 'now()' },
      );
      return result.affected ?? 0;
    });
  }

  preferences(actor: MemberActor): Promise<NotificationPreference[]> {
    return this.db.withTenant(actor.tenantId, (tx) => preferencesOf(tx, actor.memberId));
  }

  setPreference(
    actor: MemberActor,
    kind: NotificationKindName,
    change: { inApp?: boolean | null; email?: FrequencyName | null },
  ): Promise<NotificationPreference> {
    return this.db.withTenant(actor.tenantId, (tx) => savePreference(tx, actor.memberId, kind, change));
  }
}
