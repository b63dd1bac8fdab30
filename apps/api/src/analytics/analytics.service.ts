import { Injectable } from '@nestjs/common';
import type { MemberActor } from '../auth/actor';
import { BadUserInput } from '../common/errors/domain-error';
import { Database } from '../database/database.service';
import { activityTotals, funnel, implementedIdeas, marketTotals, participation, roleActivity, type WeekCounts } from './analytics.queries';
import type { Analytics } from './analytics.types';
import { AnalyticsTable } from './analytics.types';
import { csvAmount, toCsv } from './csv-format';

/** Conversion from the stage before, in per cent with one decimal; blank where there is no before. */
const CONVERTS_FROM: Record<string, string | undefined> = { TEAMING: 'BUZZ', INVESTMENT: 'TEAMING', IMPLEMENTED: 'INVESTMENT' };

function percent(part: number, whole: number | undefined): string {
  if (whole === undefined || whole === 0) return '';
  return ((part * 100) / whole).toFixed(1);
}

/** The admins' analytics and their CSV exports. Every figure is one SQL aggregate (analytics.queries). */
@Injectable()
export class AnalyticsService {
  constructor(private readonly db: Database) {}

  summary(actor: MemberActor): Promise<Analytics> {
    return this.db.withTenant(
      actor.tenantId,
      async (tx) => {
        const activity = await activityTotals(tx);
        const market = await marketTotals(tx);
        return {
          members: activity.members,
          activeMembers7d: activity.active7d,
          activeMembers30d: activity.active30d,
          funnel: await funnel(tx),
          ...market,
        };
      },
      { isolation: 'REPEATABLE READ' },
    );
  }

  participation(actor: MemberActor, weeks: number): Promise<WeekCounts[]> {
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104) throw BadUserInput.field('weeks', { key: 'WEEKS_RANGE' });
    return this.db.withTenant(actor.tenantId, (tx) => participation(tx, weeks));
  }

  csv(actor: MemberActor, table: AnalyticsTable): Promise<string> {
    return this.db.withTenant(
      actor.tenantId,
      async (tx) => {
        switch (table) {
          case AnalyticsTable.FUNNEL: {
            const stages = await funnel(tx);
            const count = new Map(stages.map((s) => [s.stage, s.count]));
            const rows = stages.map((s) => {
              const from = CONVERTS_FROM[s.stage];
              return [s.stage, s.count, from ? percent(s.count, count.get(from as never)) : ''];
            });
            return toCsv(['Stage', 'Ideas that reached it', 'Conversion from the stage before (%)'], rows);
          }
          case AnalyticsTable.PARTICIPATION: {
            const weeks = await participation(tx, 12);
            const rows = weeks.map((w) => [w.weekStart.toISOString().slice(0, 10), w.ideas, w.supports, w.comments, w.trades]);
            return toCsv(['Week starting', 'Ideas', 'Supports', 'Comments', 'Trades'], rows);
          }
          case AnalyticsTable.IMPLEMENTED_IDEAS: {
            const ideas = await implementedIdeas(tx);
            const rows = ideas.map((i) => [
              i.id,
              i.title,
              i.implementedAt.toISOString(),
              csvAmount(i.estimatedAnnualSaving),
              csvAmount(i.realisedSaving),
            ]);
            return toCsv(['Idea ID', 'Title', 'Implemented at', 'Estimated annual saving', 'Realised saving'], rows);
          }
          case AnalyticsTable.MEMBERS_SUMMARY: {
            const roles = await roleActivity(tx);
            const total = (pick: (r: (typeof roles)[number]) => number): number => roles.reduce((sum, r) => sum + pick(r), 0);
            const rows = [
              ...roles.map((r) => [r.role, r.members, r.suspended, r.active7d, r.active30d]),
              ['ALL', total((r) => r.members), total((r) => r.suspended), total((r) => r.active7d), total((r) => r.active30d)],
            ];
            return toCsv(['Role', 'Members', 'Suspended', 'Active in the last 7 days', 'Active in the last 30 days'], rows);
          }
        }
      },
      { isolation: 'REPEATABLE READ' },
    );
  }
}
