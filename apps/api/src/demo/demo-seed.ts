import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuthService } from '../auth/auth.service';
import { Database } from '../database/database.service';
import type { RoleName } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import { OperatorService } from '../operator/operator.service';
import { TradingService } from '../market/trading.service';
import { TenantsService } from '../tenants/tenants.service';
import { tellDemoStory, type DemoCast } from './demo-story';
import { DemoTimeline } from './demo-timeline';

export const DEMO_PASSWORD = 'idea-exchange-demo';

export const DEMO_MEMBERS: ReadonlyArray<{ email: string; displayName: string; role: RoleName }> = [
  { email: 'ada@demo.gov.uk', displayName: 'Ada Lovelace', role: 'MEMBER' },
  { email: 'grace@demo.gov.uk', displayName: 'Grace Hopper', role: 'MEMBER' },
  { email: 'alan@demo.gov.uk', displayName: 'Alan Turing', role: 'MEMBER' },
  { email: 'katherine@demo.gov.uk', displayName: 'Katherine Johnson', role: 'MEMBER' },
  { email: 'omar@demo.gov.uk', displayName: 'Omar Khayyam', role: 'MEMBER' },
  { email: 'priya@demo.gov.uk', displayName: 'Priya Patel', role: 'MEMBER' },
  { email: 'tom@demo.gov.uk', displayName: 'Tom Kilburn', role: 'MEMBER' },
  { email: 'board@demo.gov.uk', displayName: 'Bola Board', role: 'BOARD' },
  { email: 'board2@demo.gov.uk', displayName: 'Bea Board', role: 'BOARD' },
  { email: 'moderator@demo.gov.uk', displayName: 'Mo Moderator', role: 'MODERATOR' },
];

/** Fixes the demo's "random" traders and amounts, so every fresh install tells the same story. */
const STORY_SEED = 2026;

/** Creates the demo instance when the database has no instance at all (a fresh install). */
export async function seedDemoIfEmpty(app: INestApplicationContext, log: Logger): Promise<boolean> {
  if ((await app.get(TenantsService).ids()).length > 0) return false;
  await seedDemo(app, log);
  return true;
}

/**
 * Creates the demo instance (slug "demo") and tells its story; returns its tenant id. The story
 * runs over the past seven weeks (`DemoTimeline`): the instance and its members date from then,
 * and its markets have been traded since.
 */
export async function seedDemo(app: INestApplicationContext, log: Logger): Promise<string> {
  const story = new DemoTimeline(app.get(TradingService), Date.now(), STORY_SEED);
  const operator = app.get(OperatorService);
  const { tenant, admin } = await story.at(story.daysAgo(46, 9), () =>
    operator.createTenant({
      slug: 'demo',
      name: 'Department of Demonstrations',
      currencyName: 'Peas',
      public: false,
      adminEmail: 'admin@demo.gov.uk',
      adminPassword: DEMO_PASSWORD,
      adminDisplayName: 'Dana Admin',
    }),
  );
  await story.at(story.daysAgo(46, 9, 30), () =>
    app.get(TenantsService).configure(tenant.id, { allowedEmailDomains: ['demo.gov.uk'], buzzThreshold: 5 }),
  );
  // Members join the ordinary way, so they get what every new member gets.
  const auth = app.get(AuthService);
  const members = app.get(MembersService);
  const db = app.get(Database);
  const cast: DemoCast = { admin: { kind: 'member', tenantId: tenant.id, memberId: admin.id, role: 'ADMIN' } };
  for (const [i, member] of DEMO_MEMBERS.entries()) {
    const session = await story.at(story.daysAgo(45 - Math.floor(i / 4), 9 + (i % 4) * 2, 15), async () => {
      const joined = await auth.signUp(
        { tenantSlug: 'demo', email: member.email, password: DEMO_PASSWORD, displayName: member.displayName },
        'demo-seed',
        { emailVerified: true },
      );
      if (member.role !== 'MEMBER') await db.withTenant(tenant.id, (tx) => members.assignRole(tx, joined.member.id, member.role));
      return joined;
    });
    cast[member.email.split('@')[0]] = { kind: 'member', tenantId: tenant.id, memberId: session.member.id, role: member.role };
  }
  await tellDemoStory(app, cast, story);
  log.info({ slug: 'demo', members: DEMO_MEMBERS.length + 1 }, 'demo instance created');
  return tenant.id;
}
