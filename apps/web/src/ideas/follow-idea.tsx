import { useMutation } from '@apollo/client/react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { useAction } from '../forms/use-action';
import { FollowIdeaDocument, UnfollowIdeaDocument } from '../generated/graphql';
import { useSession } from '../session/session-context';
import { useIdeaPageMessages } from './idea-page-messages';

interface FollowIdeaProps {
  ideaId: string;
  followedByMe: boolean;
  followerCount: number;
}

/** Who follows the idea, and the member's follow button (authors, teams and supporters follow from the start). */
export function FollowIdea({ ideaId, followedByMe, followerCount }: FollowIdeaProps) {
  const { t } = useTranslation('ideas', { keyPrefix: 'finding' });
  const { slug, signedIn } = useSession();
  const messages = useIdeaPageMessages();
  const { busy, run } = useAction({ shared: messages });
  const [follow] = useMutation(FollowIdeaDocument);
  const [unfollow] = useMutation(UnfollowIdeaDocument);

  const toggle = () =>
    run(async () => {
      if (followedByMe) {
        await unfollow({ variables: { ideaId } });
        messages.confirm(t('unfollowed'));
      } else {
        await follow({ variables: { ideaId } });
        messages.confirm(t('followed'));
      }
    });

  return (
    <section aria-labelledby="follow-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="follow-heading">
        {t('followHeading')}
      </h2>
      <p className="govuk-body">{t('followers', { count: followerCount })}</p>
      {!signedIn ? (
        <p className="govuk-body">
          <Trans t={t} i18nKey="signInToFollow" components={{ signInLink: <Link className="govuk-link" to={`/${slug}/sign-in`} /> }} />
        </p>
      ) : (
        <>
          {followedByMe && <p className="govuk-body">{t('following')}</p>}
          <Button variant="secondary" type="button" onClick={() => void toggle()} aria-disabled={busy}>
            {followedByMe ? t('unfollow') : t('follow')}
          </Button>
        </>
      )}
    </section>
  );
}
