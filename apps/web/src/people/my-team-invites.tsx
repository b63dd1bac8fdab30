import { useMutation, useQuery } from '@apollo/client/react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useState } from 'react';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { Table } from '../components/govuk/table';
import { useForm } from '../forms/use-form';
import { AnswerTeamInviteDocument, MyTeamInvitesDocument } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { useSession } from '../session/session-context';

const hidden = { hidden: <span className="govuk-visually-hidden" /> };

/** The signed-in member's invitations to join teams, each answered with Accept or Decline. */
export function MyTeamInvites() {
  const { t } = useTranslation('people', { keyPrefix: 'invites' });
  const { slug } = useSession();
  const format = useFormat();
  const { data, error } = useQuery(MyTeamInvitesDocument, { fetchPolicy: 'cache-and-network' });
  const [answer] = useMutation(AnswerTeamInviteDocument, {
    refetchQueries: ['MyTeamInvites', 'MemberProfile'],
    awaitRefetchQueries: true,
  });
  const [notice, setNotice] = useState<string | null>(null);
  const { errors, submit } = useForm({ onFailure: () => setNotice(null) });

  const reply = (inviteId: string, accept: boolean, title: string) =>
    submit(async () => {
      await answer({ variables: { inviteId, accept } });
      setNotice(accept ? t('accepted', { title }) : t('declined', { title }));
    });

  return (
    <section className="govuk-!-margin-top-8" aria-labelledby="invites-heading">
      <h2 className="govuk-heading-m" id="invites-heading">
        {t('heading')}
      </h2>
      <ErrorSummary errors={errors} />
      {notice && <NotificationBanner success heading={notice} />}
      <PageState data={data} error={error}>
        {({ myTeamInvites: invites }) =>
          invites.length === 0 ? (
            <p className="govuk-body">{t('none')}</p>
          ) : (
            <Table
              caption={t('caption')}
              captionSize="s"
              columns={[{ header: t('idea') }, { header: t('lead') }, { header: t('invitedOn') }, { header: t('answer') }]}
              firstCellIsHeader
              rows={invites.map((invite) => ({
                key: invite.id,
                cells: [
                  <Link className="govuk-link" to={`/${slug}/ideas/${invite.idea.id}`}>
                    {invite.idea.title}
                  </Link>,
                  invite.idea.author.displayName,
                  format.date(invite.createdAt),
                  <div className="govuk-button-group govuk-!-margin-bottom-0">
                    <Button className="govuk-!-margin-bottom-0" onClick={() => void reply(invite.id, true, invite.idea.title)}>
                      <Trans t={t} i18nKey="accept" values={{ title: invite.idea.title }} components={hidden} />
                    </Button>
                    <Button
                      variant="secondary"
                      className="govuk-!-margin-bottom-0"
                      onClick={() => void reply(invite.id, false, invite.idea.title)}
                    >
                      <Trans t={t} i18nKey="decline" values={{ title: invite.idea.title }} components={hidden} />
                    </Button>
                  </div>,
                ],
              }))}
            />
          )
        }
      </PageState>
    </section>
  );
}
