import type { TenantTx } from '../database/tenant-transaction';
import type { WebhookEventName } from './webhook.types';

const listeners = new Set<(tenantId: string) => void>();

/** Delivery workers ask to hear when an event has been queued, to send it without waiting for their next pass. */
export function onWebhookEventQueued(listener: (tenantId: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Queues an event for every active webhook of the instance that asked for it, in the event's own
 * transaction: a rolled-back change sends nothing, a committed one is delivered even if this
 * process dies right after. The one way any capability tells the outside world what happened.
 */
export async function queueWebhookEvent(
  tx: TenantTx,
  tenantId: string,
  event: WebhookEventName,
  payload: Record<string, unknown>,
): Promise<void> {
  const queued = await tx.query(
    `INSERT INTO webhook_deliveries (tenant_id, webhook_id, event, payload)
     SELECT tenant_id, id, $2, $3::jsonb FROM webhooks WHERE tenant_id = $1 AND active AND $2 = ANY(events)
     RETURNING id`,
    [tenantId, event, JSON.stringify({ ...payload, occurredAt: new Date().toISOString() })],
  );
  if (queued.length > 0) tx.afterCommit(() => listeners.forEach((listener) => listener(tenantId)));
}
