import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { TenantTx } from '../database/tenant-transaction';
import { NOTIFICATION_KINDS, type NotificationKindName } from './notification.entity';
import { NotificationKind } from './notification.types';

export const FREQUENCIES = ['IMMEDIATELY', 'DAILY', 'WEEKLY', 'NEVER'] as const;
export type FrequencyName = (typeof FREQUENCIES)[number];

export enum NotificationFrequency {
  IMMEDIATELY = 'IMMEDIATELY',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  NEVER = 'NEVER',
}
registerEnumType(NotificationFrequency, { name: 'NotificationFrequency' });

@ObjectType('NotificationPreference')
export class NotificationPreference {
  @Field(() => NotificationKind) kind!: NotificationKindName;
  @Field() inApp!: boolean;
  @Field(() => NotificationFrequency) email!: FrequencyName;
}

/**
 * What reaches a member at once by e-mail: what happened to their own ideas' stage and the
 * board's decisions on them. Everything else waits for the weekly summary, because too many
 * e-mails is what people complain of most.
 */
const IMMEDIATE_KINDS: ReadonlySet<string> = new Set(['STAGE_CHANGED', 'BOARD_DECIDED']);

export function defaultPreference(kind: string): Omit<NotificationPreference, 'kind'> {
  return { inApp: true, email: IMMEDIATE_KINDS.has(kind) ? 'IMMEDIATELY' : 'WEEKLY' };
}

/** The member's preference for one kind, their own choice or the default. */
export async function preferenceOf(tx: TenantTx, memberId: string, kind: string): Promise<Omit<NotificationPreference, 'kind'>> {
  const row = await tx.one<{ in_app: boolean; email: FrequencyName }>(
    `SELECT in_app, email FROM notification_preferences WHERE tenant_id = $1 AND member_id = $2 AND kind = $3`,
    [tx.tenantId, memberId, kind],
  );
  return row ? { inApp: row.in_app, email: row.email } : defaultPreference(kind);
}

/** Every kind, chosen or default, in the order of the kinds. */
export async function preferencesOf(tx: TenantTx, memberId: string): Promise<NotificationPreference[]> {
  const rows = await tx.query<{ kind: string; in_app: boolean; email: FrequencyName }>(
    `SELECT kind, in_app, email FROM notification_preferences WHERE tenant_id = $1 AND member_id = $2`,
    [tx.tenantId, memberId],
  );
  const chosen = new Map(rows.map((row) => [row.kind, { inApp: row.in_app, email: row.email }]));
  const kinds = [...new Set([...Object.values(NotificationKind), ...NOTIFICATION_KINDS])] as NotificationKindName[];
  return kinds.map((kind) => ({ kind, ...(chosen.get(kind) ?? defaultPreference(kind)) }));
}

export async function savePreference(
  tx: TenantTx,
  memberId: string,
  kind: string,
  change: { inApp?: boolean | null; email?: FrequencyName | null },
): Promise<NotificationPreference> {
  const current = await preferenceOf(tx, memberId, kind);
  const next = { inApp: change.inApp ?? current.inApp, email: change.email ?? current.email };
  await tx.query(
    `INSERT INTO notification_preferences (tenant_id, member_id, kind, in_app, email) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (tenant_id, member_id, kind) DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email`,
    [tx.tenantId, memberId, kind, next.inApp, next.email],
  );
  // Waiting e-mails follow the new choice: nothing still queued goes out against it.
  await tx.query(
    `UPDATE notifications SET email = $4
      WHERE tenant_id = $1 AND member_id = $2 AND kind = $3 AND emailed_at IS NULL AND email <> 'NEVER'`,
    [tx.tenantId, memberId, kind, next.email],
  );
  return { kind: kind as NotificationKindName, ...next };
}
