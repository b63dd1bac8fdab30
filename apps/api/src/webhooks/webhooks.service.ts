import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { createHmac, randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { MemberActor } from '../auth/actor';
import { Clock } from '../common/clock/clock';
import { SecretBox } from '../common/crypto/secret-box';
import { BadUserInput, NotFound } from '../common/errors/domain-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, LOGGER } from '../config/config.module';
import { Database } from '../database/database.service';
import { TenantsService } from '../tenants/tenants.service';
import { isUuid } from '../common/validation/uuid';
import { checkWebhookUrl } from './webhook-address';
import { onWebhookEventQueued } from './webhook-outbox';
import type { Webhook, WebhookDelivery, WebhookEventName, WebhookInput } from './webhook.types';

interface WebhookRow {
  id: string;
  url: string;
  events: WebhookEventName[];
  active: boolean;
  created_at: Date;
}

interface DueRow {
  id: string;
  event: WebhookEventName;
  payload: Record<string, unknown>;
  attempts: number;
  created_at: Date;
  url: string;
  secret: string;
}

/** Retries stop a day after the event; the gap doubles from half a minute up to two hours. */
const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 2 * 60 * 60 * 1000;
const TIMEOUT_MS = 10_000;
const BATCH = 20;

export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

export function signatureOf(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

function toWebhook(row: WebhookRow, secret: string | null = null): Webhook {
  return { id: row.id, url: row.url, events: row.events, active: row.active, createdAt: row.created_at, secret };
}

/**
 * Webhooks: admins register receivers; events wait in an outbox (webhook_deliveries) written in
 * their own transaction; workers take due deliveries under SKIP LOCKED, so each is attempted by
 * one process at a time, and a process that dies mid-attempt leaves it for the next.
 */
@Injectable()
export class WebhooksService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly box: SecretBox;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private unlisten?: () => void;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly log: Logger,
    private readonly db: Database,
    private readonly tenants: TenantsService,
    private readonly clock: Clock,
  ) {
    this.box = new SecretBox(config.secretsKey);
  }

  onApplicationBootstrap(): void {
    this.unlisten = onWebhookEventQueued(() => void this.deliverDue());
    if (this.config.jobIntervalMs > 0) {
      this.timer = setInterval(() => void this.deliverDue(), this.config.jobIntervalMs);
      this.timer.unref();
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.unlisten?.();
    clearInterval(this.timer);
    await this.running;
  }

  async create(actor: MemberActor, input: WebhookInput): Promise<Webhook> {
    const url = await checkWebhookUrl(input.url.trim(), this.config.webhooksAllowInsecure);
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const [row] = await tx.query<WebhookRow>(
        `INSERT INTO webhooks (tenant_id, url, events, secret, created_by) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, url, events, active, created_at`,
        [tx.tenantId, url.toString(), [...new Set(input.events)], this.box.seal(secret), actor.memberId],
      );
      return toWebhook(row, secret);
    });
  }

  async list(actor: MemberActor): Promise<Webhook[]> {
    const rows = await this.db.withTenant(actor.tenantId, (tx) =>
      tx.query<WebhookRow>(`SELECT id, url, events, active, created_at FROM webhooks WHERE tenant_id = $1 ORDER BY created_at, id`, [
        tx.tenantId,
      ]),
    );
    return rows.map((row) => toWebhook(row));
  }

  async delete(actor: MemberActor, id: string): Promise<boolean> {
    if (!isUuid(id)) throw new NotFound({ key: 'WEBHOOK_NOT_FOUND' });
    const deleted = await this.db.withTenant(actor.tenantId, (tx) =>
      tx.query(`WITH gone AS (DELETE FROM webhooks WHERE tenant_id = $1 AND id = $2 RETURNING id) SELECT id FROM gone`, [tx.tenantId, id]),
    );
    if (deleted.length === 0) throw new NotFound({ key: 'WEBHOOK_NOT_FOUND' });
    return true;
  }

  async deliveries(actor: MemberActor, webhookId: string, first: number): Promise<WebhookDelivery[]> {
    if (!isUuid(webhookId)) throw new NotFound({ key: 'WEBHOOK_NOT_FOUND' });
    if (!Number.isInteger(first) || first < 1 || first > 200)
      throw BadUserInput.field('first', { key: 'PAGE_SIZE_RANGE', values: { max: '200' } });
    return this.db.withTenant(actor.tenantId, async (tx) => {
      const hook = await tx.one(`SELECT 1 FROM webhooks WHERE tenant_id = $1 AND id = $2`, [tx.tenantId, webhookId]);
      if (!hook) throw new NotFound({ key: 'WEBHOOK_NOT_FOUND' });
      const rows = await tx.query<{
        id: string;
        event: WebhookEventName;
        attempts: number;
        last_status: number | null;
        last_error: string | null;
        delivered_at: Date | null;
        next_attempt_at: Date;
        given_up_at: Date | null;
        created_at: Date;
      }>(
        `SELECT id, event, attempts, last_status, last_error, delivered_at, next_attempt_at, given_up_at, created_at
           FROM webhook_deliveries WHERE tenant_id = $1 AND webhook_id = $2
          ORDER BY created_at DESC, id LIMIT $3`,
        [tx.tenantId, webhookId, first],
      );
      return rows.map((row) => ({
        id: row.id,
        event: row.event,
        attempts: row.attempts,
        lastStatus: row.last_status,
        lastError: row.last_error,
        deliveredAt: row.delivered_at,
        nextAttemptAt: row.delivered_at || row.given_up_at ? null : row.next_attempt_at,
        createdAt: row.created_at,
      }));
    });
  }

  /** One pass over every instance's due deliveries; returns how many were attempted. */
  deliverDue(): Promise<number> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<number> {
    let attempted = 0;
    try {
      for (const { id } of await this.tenants.active()) {
        for (;;) {
          const batch = await this.db.withTenant(id, async (tx) => {
            const now = this.clock.now();
            const due = await tx.query<DueRow>(
              `SELECT d.id, d.event, d.payload, d.attempts, d.created_at, w.url, w.secret
                 FROM webhook_deliveries d JOIN webhooks w ON w.tenant_id = d.tenant_id AND w.id = d.webhook_id
                WHERE d.tenant_id = $1 AND d.delivered_at IS NULL AND d.given_up_at IS NULL AND d.next_attempt_at <= $2
                ORDER BY d.next_attempt_at, d.id LIMIT ${BATCH}
                FOR UPDATE OF d SKIP LOCKED`,
              [tx.tenantId, now],
            );
            for (const delivery of due) {
              const outcome = await this.attempt(delivery);
              const attempts = delivery.attempts + 1;
              const next = new Date(now.getTime() + retryDelayMs(attempts));
              const givenUp = !outcome.ok && next.getTime() - delivery.created_at.getTime() > GIVE_UP_AFTER_MS;
              await tx.query(
                `UPDATE webhook_deliveries
                    SET attempts = $3, last_status = $4, last_error = $5,
                        delivered_at = CASE WHEN $6 THEN now() END,
                        next_attempt_at = $7, given_up_at = CASE WHEN $8 THEN now() END
                  WHERE tenant_id = $1 AND id = $2`,
                [tx.tenantId, delivery.id, attempts, outcome.status, outcome.error, outcome.ok, next, givenUp],
              );
            }
            return due.length;
          });
          attempted += batch;
          if (batch < BATCH) break;
        }
      }
    } catch (error) {
      this.log.error({ err: error }, 'webhook delivery pass failed');
    }
    return attempted;
  }

  private async attempt(delivery: DueRow): Promise<{ ok: boolean; status: number | null; error: string | null }> {
    const body = JSON.stringify({ id: delivery.id, event: delivery.event, data: delivery.payload });
    try {
      const url = await checkWebhookUrl(delivery.url, this.config.webhooksAllowInsecure);
      const response = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'IdeaExchange-Webhooks/1',
          'x-ideaexchange-event': delivery.event,
          'x-ideaexchange-delivery': delivery.id,
          'x-ideaexchange-signature': signatureOf(this.box.open(delivery.secret), body),
        },
        body,
      });
      await response.body?.cancel();
      const ok = response.status >= 200 && response.status < 300;
      return { ok, status: response.status, error: ok ? null : `The receiver answered HTTP ${response.status}.` };
    } catch (error) {
      return { ok: false, status: null, error: (error instanceof Error ? error.message : String(error)).slice(0, 300) };
    }
  }
}
