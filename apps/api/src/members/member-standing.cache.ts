import { Injectable } from '@nestjs/common';
import type { Language } from '@idea-exchange/wording';
import type { RoleName } from './member.entity';

/** What every authenticated request needs to know about its member and their instance. */
export interface MemberStanding {
  role: RoleName;
  suspended: boolean;
  tenantPublic: boolean;
  tenantSuspended: boolean;
  /** Tokens made with another version have been ended (suspension, role or password change). */
  tokenVersion: number;
  /** Signed up on an instance that verifies addresses, and not verified yet. */
  mustVerifyEmail: boolean;
  /** The member's own language, else their instance's default: what they read when a client names none. */
  language: Language;
}

/** How long a standing is trusted; changes made on this process invalidate it at once. */
export const STANDING_TTL_MS = 2_000;

/**
 * A short-lived memo of members' standing, so a burst of requests (a trader's) does not pay a
 * database transaction each just to re-read the role. Role changes and suspensions made here
 * invalidate it immediately; other replicas see them within STANDING_TTL_MS.
 */
@Injectable()
export class MemberStandingCache {
  private readonly entries = new Map<string, { standing: Promise<MemberStanding | undefined>; expires: number }>();

  get(tenantId: string, memberId: string, load: () => Promise<MemberStanding | undefined>): Promise<MemberStanding | undefined> {
    const key = `${tenantId}:${memberId}`;
    const now = Date.now();
    const cached = this.entries.get(key);
    if (cached && cached.expires > now) return cached.standing;
    const standing = load();
    this.entries.set(key, { standing, expires: now + STANDING_TTL_MS });
    // A failed lookup is not remembered.
    standing.catch(() => this.entries.delete(key));
    if (this.entries.size > 50_000) this.sweep(now);
    return standing;
  }

  forgetMember(tenantId: string, memberId: string): void {
    this.entries.delete(`${tenantId}:${memberId}`);
  }

  forgetTenant(tenantId: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(`${tenantId}:`)) this.entries.delete(key);
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.entries) if (entry.expires <= now) this.entries.delete(key);
  }
}
