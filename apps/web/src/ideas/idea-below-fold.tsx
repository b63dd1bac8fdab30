import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IdeaDiscussionDocument, IdeaTimelineDocument, type IdeaStage } from '../generated/graphql';
import { useReached } from '../page/use-reached';
import type { CommentPermissions } from './comment-item';
import { IdeaComments } from './idea-comments';
import { StageTimeline } from './stage-timeline';

/**
 * The idea page's discussion, asked for when scrolled to: the page's first request carries only
 * what is seen without scrolling.
 */
export function IdeaDiscussion({ ideaId, can, onChanged }: { ideaId: string; can: CommentPermissions; onChanged(): Promise<unknown> }) {
  const { t } = useTranslation();
  const { ref, reached } = useReached<HTMLDivElement>();
  const { data, refetch } = useQuery(
    IdeaDiscussionDocument,
    reached ? { variables: { ideaId }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  return (
    <div ref={ref}>
      {data?.idea ? (
        <IdeaComments ideaId={ideaId} comments={data.idea.comments} can={can} onChanged={() => Promise.all([refetch(), onChanged()])} />
      ) : (
        <p className="govuk-body">{t('loading')}</p>
      )}
    </div>
  );
}

/** The idea's stage changes, asked for when scrolled to and again when the stage moves. */
export function IdeaTimeline({ ideaId, stage }: { ideaId: string; stage: IdeaStage }) {
  const { t } = useTranslation();
  const { ref, reached } = useReached<HTMLDivElement>();
  const { data, refetch } = useQuery(
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
    <div ref={ref}>{data?.idea ? <StageTimeline events={data.idea.stageEvents} /> : <p className="govuk-body">{t('loading')}</p>}</div>
  );
}
