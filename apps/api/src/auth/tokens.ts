import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { MemberEntity } from '../members/member.entity';

export interface TokenClaims {
  memberId: string;
  tenantId: string;
  /** The member's token version when it was made; a raised version ends it. */
  version: number;
}

const ISSUER = 'idea-exchange';

/** Signed JWTs scoped to one member of one tenant; role, suspension and token version are read fresh per request. */
export class Tokens {
  /**
   * The secret as a key object, made once: given a string, jsonwebtoken first tries to read it as
   * a public key on every call, which cost more CPU than anything else in a signed-in request.
   */
  private readonly key: KeyObject;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  sign(member: Pick<MemberEntity, 'id' | 'tenantId' | 'tokenVersion'>): string {
    return jwt.sign({ tid: member.tenantId, ver: member.tokenVersion }, this.key, {
      subject: member.id,
      issuer: ISSUER,
      algorithm: 'HS256',
      expiresIn: this.ttlSeconds,
    });
  }

  /** The claims of a valid token, or undefined for anything forged, expired or malformed. */
  verify(token: string): TokenClaims | undefined {
    try {
      const payload = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER });
      if (typeof payload === 'string' || typeof payload.sub !== 'string' || typeof payload.tid !== 'string') return undefined;
      const version = typeof payload.ver === 'number' ? payload.ver : 0;
      return { memberId: payload.sub, tenantId: payload.tid, version };
    } catch {
      return undefined;
    }
  }
}
