import type { TenantTx } from '../database/tenant-transaction';
import type { IdeaCursor } from './idea-cursor';
import { IdeaEntity, type StageName } from './idea.entity';
import { IdeaSort } from './idea.types';

/**
 * Engagement's SQL for an idea's counts, as scalar subqueries on the idea row `i` (tenant_id, id,
 * author_id). Engagement builds on ideas, so it hands them in at start-up
 * (`IdeasService.countEngagementWith`) and sorting and paging stay one statement.
 */
export interface EngagementCounts {
  /** The idea's supports; only those after `since` (an SQL timestamptz) when given. */
  supports(since?: string): string;
  /** The members other than its author with a visible comment on it. */
  commenters(): string;
}

export interface IdeaListFilter {
  stage?: StageName;
  search?: string;
  tag?: string;
  challengeId?: string;
  sort: IdeaSort;
  first: number;
  after?: IdeaCursor;
  includeHidden: boolean;
  weights: { supportWeight: number; commentWeight: number };
  /** The app's clock, which trending counts the last 7 days back from. */
  now: Date;
  counts: EngagementCounts;
}

export interface RankedIdea {
  idea: IdeaEntity;
  cursor: IdeaCursor;
}

export interface IdeaListPage {
  ideas: RankedIdea[];
  hasNextPage: boolean;
  totalCount: number;
}

interface IdeaRow {
  tenant_id: string;
  id: string;
  author_id: string;
  title: string;
  description: string;
  tags: string[];
  stage: StageName;
  stage_changed_at: Date;
  created_at: Date;
  updated_at: Date;
  challenge_id: string | null;
  hidden: boolean;
  rank: number;
  /** bigint: pg hands it over as a string, which keeps every digit. */
  created_micros: string;
}

/**
 * The rank each sort orders by, highest first. Buzz and trend are counted in SQL (engagement's
 * subqueries) so that sorting and paging happen in one query.
 */
function rankExpression(sort: IdeaSort, param: (value: unknown) => string, filter: IdeaListFilter): string {
  const { weights, counts } = filter;
  switch (sort) {
    case IdeaSort.MOST_BUZZ:
      return `${param(weights.supportWeight)}::int * (${counts.supports()})
            + ${param(weights.commentWeight)}::int * (${counts.commenters()})`;
    case IdeaSort.TRENDING:
      return `(${counts.supports(`${param(filter.now)}::timestamptz - interval '7 days'`)})`;
    case IdeaSort.NEWEST:
      return '0';
  }
}

const COLUMNS = `i.tenant_id, i.id, i.author_id, i.title, i.description, i.tags, i.stage, i.stage_changed_at,
  i.created_at, i.updated_at, i.challenge_id, i.hidden,
  (extract(epoch FROM i.created_at) * 1000000)::bigint AS created_micros`;

/**
 * Newest first, read in index order from (tenant_id, created_at, id) and stopped after the page:
 * the cost of a page does not grow with the number of ideas. Every condition here is a leakproof
 * comparison, so row-level security leaves the index usable.
 */
function newestPage(filter: IdeaListFilter, where: string[], param: (value: unknown) => string): string {
  const after = filter.after
    ? [
        `(i.created_at, i.id) < (timestamptz 'epoch' + ${param(filter.after.createdMicros)}::bigint * interval '1 microsecond', ${param(filter.after.id)}::uuid)`,
      ]
    : [];
  return `SELECT ${COLUMNS}, 0::float8 AS rank FROM ideas i
           WHERE ${[...where, ...after].join(' AND ')}
           ORDER BY i.created_at DESC, i.id DESC
           LIMIT ${param(filter.first + 1)}`;
}

/** By buzz or trend: the rank is counted for every matching idea before the page is cut. */
function rankedPage(filter: IdeaListFilter, where: string[], param: (value: unknown) => string): string {
  const rank = rankExpression(filter.sort, param, filter);
  const after = filter.after
    ? `WHERE (rank, created_micros, id) < (${param(filter.after.rank)}::float8, ${param(filter.after.createdMicros)}::bigint, ${param(filter.after.id)}::uuid)`
    : '';
  return `SELECT * FROM (SELECT ${COLUMNS}, (${rank})::float8 AS rank FROM ideas i WHERE ${where.join(' AND ')}) ranked
          ${after}
          ORDER BY rank DESC, created_micros DESC, id DESC
          LIMIT ${param(filter.first + 1)}`;
}

/**
 * How many ideas match: without words, tag or challenge to look for, the sum of the per-stage
 * counts the triggers on ideas keep (idea_counts), else a count of the matching ideas.
 */
function totalQuery(tenantId: string, filter: IdeaListFilter, where: string[], params: unknown[]): [string, unknown[]] {
  if (filter.search || filter.tag || filter.challengeId) {
    return [`SELECT count(*)::int AS total FROM ideas i WHERE ${where.join(' AND ')}`, [...params]];
  }
  const counted = [tenantId];
  const conditions = ['c.tenant_id = $1'];
  if (!filter.includeHidden) conditions.push('NOT c.hidden');
  if (filter.stage) conditions.push(`c.stage = $${counted.push(filter.stage)}`);
  return [`SELECT coalesce(sum(c.ideas), 0)::int AS total FROM idea_counts c WHERE ${conditions.join(' AND ')}`, counted];
}

/**
 * One page of ideas in a stable order (rank, creation time, id: all descending) with keyset
 * paging, plus the total matching the filters. Two queries whatever the page size.
 */
export async function listIdeas(tx: TenantTx, filter: IdeaListFilter): Promise<IdeaListPage> {
  const params: unknown[] = [tx.tenantId];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['i.tenant_id = $1'];
  if (!filter.includeHidden) where.push('NOT i.hidden');
  if (filter.stage) where.push(`i.stage = ${param(filter.stage)}`);
  if (filter.search) where.push(`i.search_vector @@ websearch_to_tsquery('english', ${param(filter.search)})`);
  if (filter.tag) where.push(`i.tags @> ARRAY[${param(filter.tag)}]::text[]`);
  if (filter.challengeId) where.push(`i.challenge_id = ${param(filter.challengeId)}::uuid`);

  const [{ total }] = await tx.query<{ total: number }>(...totalQuery(tx.tenantId, filter, where, params));

  const rows = await tx.query<IdeaRow>(
    filter.sort === IdeaSort.NEWEST ? newestPage(filter, where, param) : rankedPage(filter, where, param),
    params,
  );
  const page = rows.slice(0, filter.first);
  return {
    ideas: page.map((row) => ({ idea: toEntity(row), cursor: { rank: row.rank, createdMicros: row.created_micros, id: row.id } })),
    hasNextPage: rows.length > filter.first,
    totalCount: total,
  };
}

function toEntity(row: IdeaRow): IdeaEntity {
  return Object.assign(new IdeaEntity(), {
    tenantId: row.tenant_id,
    id: row.id,
    authorId: row.author_id,
    title: row.title,
    description: row.description,
    tags: row.tags,
    stage: row.stage,
    stageChangedAt: row.stage_changed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    challengeId: row.challenge_id,
    hidden: row.hidden,
  });
}
