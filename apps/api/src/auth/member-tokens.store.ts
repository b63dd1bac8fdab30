import { createHash, randomBytes } from 'node:crypto';
import type { TenantTx } from '../database/tenant-transaction';
import { isUuid } from '../common/validation/uuid';

export type TokenPurpose = 'VERIFY_EMAIL' | 'RESET_PASSWORD';

/**
 * Single-use, expiring tokens for e-mailed links. The link carries its instance (links are
 * followed before anyone is signed in, and every read is scoped to one instance) and a random
 * part; only a hash of the whole is stored, so the table alone opens nothing.
 */
export function tenantOfLinkToken(token: string): string | undefined {
  const tenantId = token.split('.')[0];
  return token.length <= 200 && isUuid(tenantId) ? tenantId : undefined;
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function issueLinkToken(tx: TenantTx, memberId: string, purpose: TokenPurpose, ttlSeconds: number): Promise<string> {
  const token = `${tx.tenantId}.${randomBytes(32).toString('base64url')}`;
  // A new link replaces any earlier one of the same purpose.
  await tx.query(`UPDATE member_tokens SET used_at = now() WHERE tenant_id = $1 AND member_id = $2 AND purpose = $3 AND used_at IS NULL`, [
    tx.tenantId,
    memberId,
    purpose,
  ]);
  await tx.query(
    `INSERT INTO member_tokens (tenant_id, member_id, purpose, token_hash, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
    [tx.tenantId, memberId, purpose, hashOf(token), ttlSeconds],
  );
  return token;
}

/** Uses up a valid token and returns its member, or undefined for an unknown, used or expired one. */
export async function consumeLinkToken(tx: TenantTx, token: string, purpose: TokenPurpose): Promise<string | undefined> {
  const row = await tx.one<{ member_id: string }>(
    `WITH used AS (
       UPDATE member_tokens SET used_at = now()
        WHERE tenant_id = $1 AND token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > now()
        RETURNING member_id
     )
     SELECT member_id FROM used`,
    [tx.tenantId, hashOf(token), purpose],
  );
  return row?.member_id;
}
