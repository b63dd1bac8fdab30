import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { MemberEntity } from '../members/member.entity';

export interface TokenClaims {
  memberId: string;
  tenantId: string;
}

const ISSUER = 'idea-exchange';

/** Signed JWTs scoped to one member of one tenant; role and suspension are read fresh per request. */
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

  sign(member: Pick<MemberEntity, 'id' | 'tenantId'>): string {
    return jwt.sign({ tid: member.tenantId }, this.key, {
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
      return { memberId: payload.sub, tenantId: payload.tid };
    } catch {
      return undefined;
    }
  }
}
