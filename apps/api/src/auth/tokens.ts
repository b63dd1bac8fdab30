import jwt from 'jsonwebtoken';
import type { MemberEntity } from '../members/member.entity';

export interface TokenClaims {
  memberId: string;
  tenantId: string;
}

const ISSUER = 'idea-exchange';

/** Signed JWTs scoped to one member of one tenant; role and suspension are read fresh per request. */
export class Tokens {
  constructor(
    private readonly secret: string,
    private readonly ttlSeconds: number,
  ) {}

  sign(member: Pick<MemberEntity, 'id' | 'tenantId'>): string {
    return jwt.sign({ tid: member.tenantId }, this.secret, {
      subject: member.id,
      issuer: ISSUER,
      algorithm: 'HS256',
      expiresIn: this.ttlSeconds,
    });
  }

  /** The claims of a valid token, or undefined for anything forged, expired or malformed. */
  verify(token: string): TokenClaims | undefined {
    try {
      const payload = jwt.verify(token, this.secret, { algorithms: ['HS256'], issuer: ISSUER });
      if (typeof payload === 'string' || typeof payload.sub !== 'string' || typeof payload.tid !== 'string') return undefined;
      return { memberId: payload.sub, tenantId: payload.tid };
    } catch {
      return undefined;
    }
  }
}
