import type { IdeaSort, IdeaStage } from '../generated/graphql';

export const IDEA_STAGES: readonly IdeaStage[] = ['BUZZ', 'TEAMING', 'INVESTMENT', 'IMPLEMENTED', 'REJECTED', 'ARCHIVED'];
export const IDEA_SORTS: readonly IdeaSort[] = ['NEWEST', 'MOST_BUZZ', 'TRENDING'];
export const IDEAS_PER_PAGE = 20;

/** What the idea list shows, as its address says: so a list can be shared, bookmarked and gone back to. */
export interface IdeaListParams {
  search: string;
  stage: IdeaStage | null;
  tag: string;
  challengeId: string;
  sort: IdeaSort;
  /** Where this page starts: the end cursor of the page before; null on the first page. */
  after: string | null;
  /** The `after` of each earlier page but the first, oldest first, so "Previous" needs no request. */
  earlier: readonly string[];
}

export const FIRST_PAGE: IdeaListParams = {
  search: '',
  stage: null,
  tag: '',
  challengeId: '',
  sort: 'NEWEST',
  after: null,
  earlier: [],
};

// Cursors are base64url, which never holds a full stop.
const CURSOR_SEPARATOR = '.';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((candidate) => candidate === value) ?? null;

export function readIdeaListParams(query: URLSearchParams): IdeaListParams {
  const after = query.get('after') || null;
  return {
    search: query.get('search')?.trim() ?? '',
    stage: oneOf(IDEA_STAGES, query.get('stage')),
    tag: query.get('tag')?.trim() ?? '',
    challengeId: query.get('challenge') ?? '',
    sort: oneOf(IDEA_SORTS, query.get('sort')) ?? 'NEWEST',
    after,
    earlier: after ? (query.get('earlier') ?? '').split(CURSOR_SEPARATOR).filter(Boolean) : [],
  };
}

/** The query string for a list, leaving out what is as it would be anyway. */
export function ideaListQuery(params: IdeaListParams): string {
  const query = new URLSearchParams();
  if (params.search) query.set('search', params.search);
  if (params.stage) query.set('stage', params.stage);
  if (params.tag) query.set('tag', params.tag);
  if (params.challengeId) query.set('challenge', params.challengeId);
  if (params.sort !== 'NEWEST') query.set('sort', params.sort);
  if (params.after) {
    query.set('after', params.after);
    if (params.earlier.length > 0) query.set('earlier', params.earlier.join(CURSOR_SEPARATOR));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** 1 for the first page. */
export const pageNumberOf = (params: IdeaListParams) => (params.after ? params.earlier.length + 2 : 1);

export function nextPage(params: IdeaListParams, endCursor: string): IdeaListParams {
  return { ...params, after: endCursor, earlier: params.after ? [...params.earlier, params.after] : [] };
}

/** The page before, or null on the first page. */
export function previousPage(params: IdeaListParams): IdeaListParams | null {
  if (!params.after) return null;
  const after = params.earlier.at(-1) ?? null;
  return { ...params, after, earlier: params.earlier.slice(0, -1) };
}

/** Different filters or sort start again from the first page. */
export function withFilters(params: IdeaListParams, filters: Partial<Omit<IdeaListParams, 'after' | 'earlier'>>): IdeaListParams {
  return { ...params, ...filters, after: null, earlier: [] };
}
