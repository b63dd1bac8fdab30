import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { SecretBox } from '../common/crypto/secret-box';
import { BadUserInput } from '../common/errors/domain-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, LOGGER } from '../config/config.module';
import { Database } from '../database/database.service';
import type { TenantTx } from '../database/tenant-transaction';
import { isUuid } from '../common/validation/uuid';
import { readingLanguage, type Language } from '../common/language/language';
import { digestEmail, notificationEmail, type DigestItem } from '../mail/mail-templates';
import { Mailer } from '../mail/mailer';
import { MembersService } from '../members/members.service';
import type { TenantEntity } from '../tenants/tenant.entity';
import { TenantsService } from '../tenants/tenants.service';
import { NOTIFICATION_KINDS, type NotificationKindName } from './notification.entity';
import { notificationText } from './notification-text';
import { savePreference } from './notification-preferences';

type TenantRow = Pick<TenantEntity, 'id' | 'slug' | 'name' | 'defaultLanguage'>;

interface PendingRow {
  id: string;
  member_id: string;
  kind: string;
  message: string;
  params: Record<string, string> | null;
  idea_id: string | null;
  email_address: string;
  language: string | null;
}

const BATCH = 50;

/**
 * Notifications by e-mail, at once or in daily and weekly summaries. The work is claimed in
 * PostgreSQL (rows locked with SKIP LOCKED, one digest row per member and period), so however
 * many processes run the job each e-mail goes out once, and a process that dies mid-send leaves
 * its work to the next run: its transaction rolls back and the rows unlock.
 */
@Injectable()
export class NotificationEmails implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly box: SecretBox;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly log: Logger,
    private readonly db: Database,
    private readonly mailer: Mailer,
    private readonly members: MembersService,
    private readonly tenants: TenantsService,
  ) {
    this.box = new SecretBox(config.secretsKey);
  }

  onApplicationBootstrap(): void {
    if (this.config.jobIntervalMs > 0) {
      this.timer = setInterval(() => void this.runOnce(), this.config.jobIntervalMs);
      this.timer.unref();
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Sends a tenant's immediate e-mails soon after the notification commits. */
  kick(tenantId: string): void {
    void this.tenant(tenantId)
      .then((tenant) => tenant && this.sendImmediate(tenant))
      .catch((error: unknown) => this.log.error({ err: error }, 'immediate notification e-mails failed'));
  }

  /** One pass over every instance: immediate e-mails still waiting, then the digests due at `now`. */
  runOnce(now = new Date()): Promise<void> {
    this.running ??= this.pass(now).finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(now: Date): Promise<void> {
    const tenants = await this.tenants
      .active()
      .catch((error: unknown) => (this.log.error({ err: error }, 'notification e-mail job could not start'), []));
    for (const tenant of tenants) {
      // One instance's trouble (its mail refused, say) does not hold up the others'.
      try {
        await this.sendImmediate(tenant);
        await this.sendDigests(tenant, 'DAILY', now);
        await this.sendDigests(tenant, 'WEEKLY', now);
      } catch (error) {
        this.log.error({ err: error, tenantId: tenant.id }, 'notification e-mail job failed');
      }
    }
  }

  async sendImmediate(tenant: TenantRow): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.db.withTenant(tenant.id, async (tx) => {
        const rows = await this.pending(tx, `n.email = 'IMMEDIATELY'`, []);
        for (const row of rows) {
          const language = languageOf(tenant, row);
          const email = notificationEmail(
            language,
            tenant.name,
            wording(language, row),
            this.linkTo(tenant, row.idea_id),
            this.unsubscribeUrl(tenant, row.member_id, row.kind),
          );
          await this.mailer.send({ ...email, to: row.email_address, unsubscribeUrl: this.unsubscribeUrl(tenant, row.member_id, row.kind) });
          await tx.query(`UPDATE notifications SET emailed_at = now() WHERE tenant_id = $1 AND id = $2`, [tx.tenantId, row.id]);
        }
        return rows.length;
      });
      sent += batch;
      if (batch < BATCH) return sent;
    }
  }

  /**
   * Digests for the period that ended at the last boundary before `now` (midnight UTC, or Monday
   * for weekly ones): first a row per member with something waiting (the unique key makes a second
   * process's insert a no-op), then each unsent row taken under a lock and sent with its items.
   */
  async sendDigests(tenant: TenantRow, frequency: 'DAILY' | 'WEEKLY', now: Date): Promise<number> {
    const unit = frequency === 'DAILY' ? 'day' : 'week';
    await this.db.withTenant(tenant.id, (tx) =>
      tx.query(
        `INSERT INTO email_digests (tenant_id, member_id, frequency, period_end)
         SELECT DISTINCT n.tenant_id, n.member_id, $2, date_trunc($3, $4::timestamptz AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
           FROM notifications n
          WHERE n.tenant_id = $1 AND n.email = $2 AND n.emailed_at IS NULL
            AND n.created_at < date_trunc($3, $4::timestamptz AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
         ON CONFLICT (tenant_id, member_id, frequency, period_end) DO NOTHING`,
        [tx.tenantId, frequency, unit, now.toISOString()],
      ),
    );
    let sent = 0;
    for (;;) {
      const done = await this.db.withTenant(tenant.id, async (tx) => {
        const digest = await tx.one<{ id: string; member_id: string; period_end: Date }>(
          `SELECT id, member_id, period_end FROM email_digests
            WHERE tenant_id = $1 AND frequency = $2 AND sent_at IS NULL
            ORDER BY period_end, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [tx.tenantId, frequency],
        );
        if (!digest) return false;
        const rows = await this.pending(tx, `n.email = $2 AND n.member_id = $3 AND n.created_at < $4`, [
          frequency,
          digest.member_id,
          digest.period_end,
        ]);
        if (rows.length > 0) {
          const language = languageOf(tenant, rows[0]);
          const items: DigestItem[] = rows.map((row) => ({ message: wording(language, row), url: this.linkTo(tenant, row.idea_id) }));
          const unsubscribe = this.unsubscribeUrl(tenant, digest.member_id, 'ALL');
          const email = digestEmail(language, tenant.name, frequency, items, this.settingsUrl(tenant), unsubscribe);
          await this.mailer.send({ ...email, to: rows[0].email_address, unsubscribeUrl: unsubscribe });
          await tx.query(`UPDATE notifications SET emailed_at = now() WHERE tenant_id = $1 AND id = ANY($2::uuid[])`, [
            tx.tenantId,
            rows.map((row) => row.id),
          ]);
          sent++;
        }
        await tx.query(`UPDATE email_digests SET sent_at = now(), notification_count = $3 WHERE tenant_id = $1 AND id = $2`, [
          tx.tenantId,
          digest.id,
          rows.length,
        ]);
        return true;
      });
      if (!done) return sent;
    }
  }

  /** Stops the e-mails an unsubscribe link names (one kind, or every kind), without signing in. */
  async unsubscribe(token: string): Promise<boolean> {
    const value = token.length <= 500 ? this.box.verify(token) : undefined;
    const [version, tenantId, memberId, kind] = value?.split(':') ?? [];
    const kinds = kind === 'ALL' ? [...NOTIFICATION_KINDS] : NOTIFICATION_KINDS.filter((known) => known === kind);
    if (version !== 'u1' || !isUuid(tenantId) || !isUuid(memberId) || kinds.length === 0) {
      throw BadUserInput.field('token', { key: 'UNSUBSCRIBE_LINK_NOT_VALID' });
    }
    await this.db.withTenant(tenantId, async (tx) => {
      if (!(await this.members.someOf(tx, [memberId])).has(memberId)) return;
      for (const each of kinds) await savePreference(tx, memberId, each, { email: 'NEVER' });
    });
    return true;
  }

  /** Unsent notifications of members not suspended (theirs wait), taken under lock, with where to send them. */
  private async pending(tx: TenantTx, where: string, parameters: unknown[]): Promise<PendingRow[]> {
    const suspended = await this.members.suspendedIds(tx);
    const rows = await tx.query<Omit<PendingRow, 'email_address' | 'language'>>(
      `SELECT n.id, n.member_id, n.kind, n.message, n.params, n.idea_id
         FROM notifications n
        WHERE n.tenant_id = $1 AND n.emailed_at IS NULL AND n.member_id <> ALL($${parameters.length + 2}::uuid[]) AND ${where}
        ORDER BY n.created_at, n.id
        LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED`,
      [tx.tenantId, ...parameters, suspended],
    );
    if (rows.length === 0) return [];
    const recipients = await this.members.someOf(tx, [...new Set(rows.map((row) => row.member_id))]);
    return rows.flatMap((row) => {
      const member = recipients.get(row.member_id);
      return member ? [{ ...row, email_address: member.email, language: member.language }] : [];
    });
  }

  private async tenant(tenantId: string): Promise<TenantRow | undefined> {
    const tenant = await this.tenants.byId(tenantId).catch(() => undefined);
    return tenant?.suspended ? undefined : tenant;
  }

  private linkTo(tenant: TenantRow, ideaId: string | null): string {
    return `${this.config.publicUrl}/${tenant.slug}/${ideaId ? `ideas/${ideaId}` : 'notifications'}`;
  }

  private settingsUrl(tenant: TenantRow): string {
    return `${this.config.publicUrl}/${tenant.slug}/account/notifications`;
  }

  unsubscribeUrl(tenant: Pick<TenantRow, 'id' | 'slug'>, memberId: string, kind: string): string {
    const token = this.box.sign(`u1:${tenant.id}:${memberId}:${kind}`);
    return `${this.config.publicUrl}/${tenant.slug}/unsubscribe?token=${encodeURIComponent(token)}`;
  }
}

/** The member's own language when they have chosen one, else their instance's default. */
function languageOf(tenant: TenantRow, member: Pick<PendingRow, 'language'>): Language {
  return readingLanguage(member.language, tenant.defaultLanguage);
}

/** The notification in the member's language; a row older than its params keeps its English sentence. */
function wording(language: Language, row: PendingRow): string {
  const worded = row.params ? notificationText(language, { kind: row.kind as NotificationKindName, params: row.params }) : undefined;
  return worded ?? row.message;
}
