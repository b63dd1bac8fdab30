import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AddCommentDocument, type IdeaCommentFragment } from '../generated/graphql';
import { useSession } from '../session/session-context';
import { COMMENT_MAX, CommentItem, type CommentMode, type CommentPermissions } from './comment-item';
import { useIdeaPageMessages } from './idea-page-messages';
import { TextActionForm } from './text-action-form';

interface IdeaCommentsProps {
  ideaId: string;
  comments: readonly IdeaCommentFragment[];
  can: CommentPermissions;
  onChanged(): Promise<unknown>;
}

/** The discussion: comments oldest first, each with its replies (one level), and a box to add one. */
export function IdeaComments({ ideaId, comments, can, onChanged }: IdeaCommentsProps) {
  const { t } = useTranslation('ideas', { keyPrefix: 'comments' });
  const { slug } = useSession();
  const { confirm } = useIdeaPageMessages();
  const [addComment] = useMutation(AddCommentDocument);
  const [open, setOpen] = useState<{ commentId: string; mode: CommentMode } | null>(null);

  const topLevel = comments.filter((comment) => !comment.parentId);
  const repliesTo = (id: string) => comments.filter((comment) => comment.parentId === id);
  const counted = comments.filter((comment) => !comment.deleted).length;

  const item = (comment: IdeaCommentFragment) => (
    <CommentItem
      ideaId={ideaId}
      comment={comment}
      can={can}
      mode={open?.commentId === comment.id ? open.mode : null}
      setMode={(mode) => setOpen(mode ? { commentId: comment.id, mode } : null)}
      onChanged={onChanged}
    />
  );

  return (
    <section aria-labelledby="comments-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="comments-heading">
        {t('heading', { number: counted })}
      </h2>
      {topLevel.length === 0 && <p className="govuk-body">{t('none')}</p>}
      {topLevel.length > 0 && (
        <ol className="app-comment-list">
          {topLevel.map((comment) => {
            const replies = repliesTo(comment.id);
            return (
              <li key={comment.id} className="app-comment-list__item">
                {item(comment)}
                {replies.length > 0 && (
                  <ol
                    className="app-comment-list app-comment-list--replies"
                    aria-label={t('repliesTo', { author: comment.author.displayName })}
                  >
                    {replies.map((reply) => (
                      <li key={reply.id} className="app-comment-list__item">
                        {item(reply)}
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {can.open && can.signedIn && (
        <>
          <h3 className="govuk-heading-s">{t('addHeading')}</h3>
          <TextActionForm
            id="comment"
            label={t('commentLabel')}
            hint={t('commentHint')}
            apiField="body"
            missing={t('commentMissing')}
            submitText={t('postComment')}
            characterLimit={COMMENT_MAX}
            onSubmit={async (body) => {
              await addComment({ variables: { input: { ideaId, body } } });
              confirm(t('commentedConfirmation'));
              await onChanged();
            }}
          />
        </>
      )}
      {can.open && !can.signedIn && (
        <p className="govuk-body">
          <Trans t={t} i18nKey="signInToComment" components={{ signInLink: <Link className="govuk-link" to={`/${slug}/sign-in`} /> }} />
        </p>
      )}
    </section>
  );
}
