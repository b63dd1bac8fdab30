import { encodeCursor } from './idea-cursor';
import type { IdeaListPage } from './idea-list.query';
import { Idea, IdeaConnection, IdeaEdge, PageInfo } from './idea.types';

export function toIdeaConnection(page: IdeaListPage): IdeaConnection {
  const edges = page.ideas.map(({ idea, cursor }) =>
    Object.assign(new IdeaEdge(), { cursor: encodeCursor(cursor), node: Idea.from(idea) }),
  );
  return Object.assign(new IdeaConnection(), {
    edges,
    pageInfo: Object.assign(new PageInfo(), { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }),
    totalCount: page.totalCount,
  });
}
