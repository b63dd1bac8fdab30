import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { IdeaDiscussionDocument, IdeaTimelineDocument, type IdeaStage } from '../generated/graphql';
import { PageState } from '../page/page-state';
import { useReached } from '../page/use-reached';
import type { CommentPermissions } from './comment-item';
import { IdeaComments } from './idea-comments';
import { StageTimeline } from './stage-timeline';

/**
 * The idea page's discussion, asked for when scrolled to: the page's first request carries only
 * what is seen without scrolling.
 */
export function IdeaDiscussion({ ideaId, can, onChanged }: { ideaId: string; can: CommentPermissions; onChanged(): Promise<unknown> }) {
  const { ref, reached } = useReached<HTMLDivElement>();
  const { data, error, refetch } = useQuery(
    IdeaDiscussionDocument,
    reached ? { variables: { ideaId }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  return (
    <div ref={ref}>
      <PageState data={data?.idea ?? undefined} error={error}>
        {(idea) => (
          <IdeaComments ideaId={ideaId} comments={idea.comments} can={can} onChanged={() => Promise.all([refetch(), onChanged()])} />
        )}
      </PageState>
    </div>
  );
}

/** The idea's stage changes, asked for when scrolled to and again when the stage moves. */
export function IdeaTimeline({ ideaId, stage }: { ideaId: string; stage: IdeaStage }) {
  const { ref, reached } = useReached<HTMLDivElement>();
  const { data, error, refetch } = useQuery(
    IdeaTimelineDocument,
    reached ? { variables: { ideaId }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const seenStage = useRef(stage);
  useEffect(() => {
    if (seenStage.current === stage) return;
    seenStage.current = stage;
    if (reached) void refetch().catch(() => undefined);
  }, [reached, refetch, stage]);
  return (
    <div ref={ref}>
      <PageState data={data?.idea ?? undefined} error={error}>
        {(idea) => <StageTimeline events={idea.stageEvents} />}
      </PageState>
    </div>
  );
}
