import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { useAction } from '../forms/use-action';
import {
  AddCommentDocument,
  DeleteCommentDocument,
  EditCommentDocument,
  HideContentDocument,
  ReportContentDocument,
  RestoreContentDocument,
  type IdeaCommentFragment,
} from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { useIdeaPageMessages } from './idea-page-messages';
import { HiddenTag } from './stage-tag';
import { TextActionForm } from './text-action-form';

export const COMMENT_MAX = 5000;

/** The one form open under a comment at a time. */
export type CommentMode = 'reply' | 'edit' | 'delete' | 'report' | 'moderate';

export interface CommentPermissions {
  signedIn: boolean;
  memberId: string | undefined;
  /** Support and comments are still open on this idea. */
  open: boolean;
  moderator: boolean;
}

interface CommentItemProps {
  ideaId: string;
  comment: IdeaCommentFragment;
  can: CommentPermissions;
  mode: CommentMode | null;
  setMode(mode: CommentMode | null): void;
  onChanged(): Promise<unknown>;
}

function ActionLink({ onClick, children, label }: { onClick(): void; children: string; label: string }) {
  return (
    <li className="app-comment__action">
      <button type="button" className="govuk-link app-link-button" onClick={onClick} aria-label={label}>
        {children}
      </button>
    </li>
  );
}

/** A comment or a reply, with what this member may do to it. */
export function CommentItem({ ideaId, comment, can, mode, setMode, onChanged }: CommentItemProps) {
  const { t } = useTranslation('ideas', { keyPrefix: 'comments' });
  const format = useFormat();
  const messages = useIdeaPageMessages();
  const deletion = useAction({ shared: messages });
  const [addComment] = useMutation(AddCommentDocument);
  const [editComment] = useMutation(EditCommentDocument);
  const [deleteComment] = useMutation(DeleteCommentDocument);
  const [report] = useMutation(ReportContentDocument);
  const [hide] = useMutation(HideContentDocument);
  const [restore] = useMutation(RestoreContentDocument);

  const author = comment.author.displayName;
  const own = can.memberId === comment.author.id;
  const isReply = comment.parentId !== null && comment.parentId !== undefined;
  const close = () => setMode(null);
  const done = async (message: string) => {
    close();
    messages.confirm(message);
    await onChanged();
  };

  const remove = () =>
    deletion.run(async () => {
      await deleteComment({ variables: { commentId: comment.id } });
      await done(t('deletedConfirmation'));
    });

  const actions = [
    !isReply &&
      can.signedIn &&
      can.open &&
      !comment.deleted && { mode: 'reply' as const, text: t('reply'), label: t('replyTo', { author }) },
    own && !comment.deleted && { mode: 'edit' as const, text: t('edit'), label: t('editYours') },
    own && !comment.deleted && { mode: 'delete' as const, text: t('delete'), label: t('deleteYours') },
    can.signedIn && !own && !comment.deleted && { mode: 'report' as const, text: t('report'), label: t('reportBy', { author }) },
    can.moderator && {
      mode: 'moderate' as const,
      text: comment.hidden ? t('restore') : t('hide'),
      label: comment.hidden ? t('restoreBy', { author }) : t('hideBy', { author }),
    },
  ].filter((action) => action !== false);

  return (
    <article className={`app-comment${comment.hidden ? ' app-comment--hidden' : ''}`} aria-label={t('commentBy', { author })}>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        <strong>{author}</strong> <span className="app-secondary-text">{format.dateTime(comment.createdAt)}</span>
        {comment.editedAt && !comment.deleted && <span className="app-secondary-text"> · {t('edited')}</span>}{' '}
        {comment.hidden && <HiddenTag />}
      </p>
      {comment.deleted ? (
        <p className="govuk-body app-secondary-text">{t('deletedComment')}</p>
      ) : mode === 'edit' ? (
        <TextActionForm
          id={`edit-comment-${comment.id}`}
          label={t('editLabel')}
          apiField="body"
          initial={comment.body}
          missing={t('commentMissing')}
          submitText={t('saveEdit')}
          characterLimit={COMMENT_MAX}
          onSubmit={async (body) => {
            await editComment({ variables: { commentId: comment.id, body } });
            await done(t('editedConfirmation'));
          }}
          cancel={{ text: t('cancel'), onCancel: close }}
        />
      ) : (
        <p className="govuk-body app-comment__body">{comment.body}</p>
      )}
      {actions.length > 0 && mode !== 'edit' && (
        <ul className="app-comment__actions">
          {actions.map((action) => (
            <ActionLink key={action.mode} label={action.label} onClick={() => setMode(mode === action.mode ? null : action.mode)}>
              {action.text}
            </ActionLink>
          ))}
        </ul>
      )}
      {mode === 'delete' && (
        <div className="govuk-button-group">
          <Button variant="warning" type="button" onClick={() => void remove()} aria-disabled={deletion.busy}>
            {t('confirmDelete')}
          </Button>
          <button type="button" className="govuk-link app-link-button" onClick={close}>
            {t('cancel')}
          </button>
        </div>
      )}
      {mode === 'reply' && (
        <TextActionForm
          id={`reply-${comment.id}`}
          label={t('replyLabel', { author })}
          apiField="body"
          missing={t('replyMissing')}
          submitText={t('postReply')}
          characterLimit={COMMENT_MAX}
          onSubmit={async (body) => {
            await addComment({ variables: { input: { ideaId, body, parentId: comment.id } } });
            await done(t('repliedConfirmation'));
          }}
          cancel={{ text: t('cancel'), onCancel: close }}
        />
      )}
      {mode === 'report' && (
        <TextActionForm
          id={`report-${comment.id}`}
          label={t('reportLabel')}
          hint={t('reportHint')}
          apiField="reason"
          missing={t('reasonMissing')}
          submitText={t('sendReport')}
          onSubmit={async (reason) => {
            await report({ variables: { input: { kind: 'COMMENT', targetId: comment.id, reason } } });
            await done(t('reportedConfirmation'));
          }}
          cancel={{ text: t('cancel'), onCancel: close }}
        />
      )}
      {mode === 'moderate' && (
        <TextActionForm
          id={`moderate-${comment.id}`}
          label={comment.hidden ? t('restoreLabel') : t('hideLabel')}
          apiField="reason"
          missing={t('reasonMissing')}
          submitText={comment.hidden ? t('restoreComment') : t('hideComment')}
          submitVariant={comment.hidden ? 'primary' : 'warning'}
          onSubmit={async (reason) => {
            const variables = { kind: 'COMMENT' as const, targetId: comment.id, reason };
            if (comment.hidden) await restore({ variables });
            else await hide({ variables });
            await done(comment.hidden ? t('restoredConfirmation') : t('hiddenConfirmation'));
          }}
          cancel={{ text: t('cancel'), onCancel: close }}
        />
      )}
    </article>
  );
}
