import { useMutation, useQuery } from '@apollo/client/react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, ButtonLink } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { Table } from '../components/govuk/table';
import { Tag } from '../components/govuk/tag';
import { useAction } from '../forms/use-action';
import { useFormMessages } from '../forms/use-form-messages';
import {
  AnswerJoinRequestDocument,
  IdeaTeamDocument,
  LeaveTeamDocument,
  RemoveTeamMemberDocument,
  RequestToJoinTeamDocument,
  WithdrawJoinRequestDocument,
  type IdeaStage,
  type IdeaTeamQuery,
} from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';
import { FloatReadinessList } from './float-readiness-list';
import { InviteColleague } from './invite-colleague';

type TeamIdea = NonNullable<IdeaTeamQuery['idea']>;

/** Runs one team action at a time, then says what happened or what went wrong. */
function useTeamAction() {
  const messages = useFormMessages();
  const { busy, run } = useAction({ shared: messages });
  const runAndSay = async (action: () => Promise<unknown>, done: string) => {
    await run(async () => {
      await action();
      messages.confirm(done);
    });
  };
  return { notice: messages.confirmation, errors: messages.errors, busy, run: runAndSay };
}

/** Words read only by screen readers inside a button, so "Accept" says whom. */
const hidden = { hidden: <span className="govuk-visually-hidden" /> };

function TeamTable({ idea, isLead, onRemove }: { idea: TeamIdea; isLead: boolean; onRemove(id: string, name: string): void }) {
  const { t } = useTranslation('teams', { keyPrefix: 'team' });
  const { slug } = useSession();
  const canRemove = isLead && idea.stage === 'TEAMING';
  const columns = [
    { header: t('name') },
    { header: t('role') },
    { header: t('department') },
    ...(canRemove ? [{ header: t('actions') }] : []),
  ];
  return (
    <Table
      caption={t('caption')}
      captionSize="s"
      columns={columns}
      firstCellIsHeader
      rows={idea.team.map((member) => ({
        key: member.id,
        cells: [
          <Link className="govuk-link" to={`/${slug}/people/${member.id}`}>
            {member.displayName}
          </Link>,
          member.id === idea.author.id ? t('lead') : t('member'),
          member.department ?? t('noDepartment'),
          ...(canRemove
            ? [
                member.id === idea.author.id ? null : (
                  <Button variant="secondary" className="govuk-!-margin-bottom-0" onClick={() => onRemove(member.id, member.displayName)}>
                    <Trans t={t} i18nKey="remove" values={{ name: member.displayName }} components={hidden} />
                  </Button>
                ),
              ]
            : []),
        ],
      }))}
    />
  );
}

function JoinRequests({ idea, onAnswer }: { idea: TeamIdea; onAnswer(requestId: string, accept: boolean, name: string): void }) {
  const { t } = useTranslation('teams', { keyPrefix: 'requests' });
  const { t: tTeam } = useTranslation('teams', { keyPrefix: 'team' });
  const format = useFormat();
  return (
    <>
      <h3 className="govuk-heading-s">{t('heading')}</h3>
      {idea.joinRequests.length === 0 ? (
        <p className="govuk-body">{t('none')}</p>
      ) : (
        <Table
          caption={t('caption')}
          captionSize="s"
          columns={[
            { header: tTeam('name') },
            { header: tTeam('department') },
            { header: t('skills') },
            { header: t('askedOn') },
            { header: tTeam('actions') },
          ]}
          firstCellIsHeader
          rows={idea.joinRequests.map((request) => ({
            key: request.id,
            cells: [
              request.member.displayName,
              request.member.department ?? tTeam('noDepartment'),
              request.member.skills.join(', '),
              format.date(request.createdAt),
              <div className="govuk-button-group govuk-!-margin-bottom-0">
                <Button className="govuk-!-margin-bottom-0" onClick={() => onAnswer(request.id, true, request.member.displayName)}>
                  <Trans t={t} i18nKey="accept" values={{ name: request.member.displayName }} components={hidden} />
                </Button>
                <Button
                  variant="secondary"
                  className="govuk-!-margin-bottom-0"
                  onClick={() => onAnswer(request.id, false, request.member.displayName)}
                >
                  <Trans t={t} i18nKey="decline" values={{ name: request.member.displayName }} components={hidden} />
                </Button>
              </div>,
            ],
          }))}
        />
      )}
    </>
  );
}

function PendingInvites({ idea }: { idea: TeamIdea }) {
  const { t } = useTranslation('teams', { keyPrefix: 'invite' });
  const { t: tTeam } = useTranslation('teams', { keyPrefix: 'team' });
  const format = useFormat();
  return (
    <>
      <h3 className="govuk-heading-s">{t('pendingHeading')}</h3>
      {idea.teamInvites.length === 0 ? (
        <p className="govuk-body">{t('nonePending')}</p>
      ) : (
        <Table
          caption={t('pendingCaption')}
          captionSize="s"
          columns={[{ header: tTeam('name') }, { header: t('invitedOn') }]}
          firstCellIsHeader
          rows={idea.teamInvites.map((invite) => ({ key: invite.id, cells: [invite.member.displayName, format.date(invite.createdAt)] }))}
        />
      )}
    </>
  );
}

function TeamPanel({ idea, settings }: { idea: TeamIdea; settings: { minTeamSize: number; maxTeamSize: number } }) {
  const { t } = useTranslation('teams');
  const { slug, signedIn } = useSession();
  const me = useCurrentMember();
  const action = useTeamAction();
  const refetch = { refetchQueries: ['IdeaTeam', 'IdeaDetails'], awaitRefetchQueries: true };
  const [requestToJoin] = useMutation(RequestToJoinTeamDocument, refetch);
  const [withdraw] = useMutation(WithdrawJoinRequestDocument, refetch);
  const [answer] = useMutation(AnswerJoinRequestDocument, refetch);
  const [remove] = useMutation(RemoveTeamMemberDocument, refetch);
  const [leave] = useMutation(LeaveTeamDocument, refetch);

  const teaming = idea.stage === 'TEAMING';
  const isLead = me?.id === idea.author.id;
  const onTeam = me !== undefined && idea.team.some((member) => member.id === me.id);
  const ideaId = idea.id;

  return (
    <>
      <ErrorSummary errors={action.errors} />
      {action.notice && <NotificationBanner success heading={action.notice} />}
      <p className="govuk-body">
        {t('team.size', { count: idea.team.length, minimum: settings.minTeamSize, maximum: settings.maxTeamSize })}
      </p>
      <TeamTable
        idea={idea}
        isLead={isLead}
        onRemove={(memberId, name) => void action.run(() => remove({ variables: { ideaId, memberId } }), t('team.removed', { name }))}
      />
      {isLead && <p className="govuk-body">{t('team.youLead')}</p>}
      {onTeam && !isLead && <p className="govuk-body">{t('team.youAreOnTheTeam')}</p>}

      {teaming && !signedIn && (
        <p className="govuk-body">
          <Trans t={t} i18nKey="signInToJoin" components={{ signInLink: <Link className="govuk-link" to={`/${slug}/sign-in`} /> }} />
        </p>
      )}
      {teaming && me && !onTeam && idea.myJoinRequest && (
        <>
          <p className="govuk-body">
            <Tag colour="yellow">{t('team.pending')}</Tag> {t('team.pendingHint')}
          </p>
          <Button
            variant="secondary"
            disabled={action.busy}
            onClick={() => void action.run(() => withdraw({ variables: { ideaId } }), t('team.withdrawn'))}
          >
            {t('team.withdraw')}
          </Button>
        </>
      )}
      {teaming && me && !onTeam && !idea.myJoinRequest && (
        <>
          <p className="govuk-body">{t('team.askHint')}</p>
          <Button disabled={action.busy} onClick={() => void action.run(() => requestToJoin({ variables: { ideaId } }), t('team.asked'))}>
            {t('team.askToJoin')}
          </Button>
        </>
      )}
      {teaming && onTeam && !isLead && (
        <Button
          variant="warning"
          disabled={action.busy}
          onClick={() => void action.run(() => leave({ variables: { ideaId } }), t('team.left'))}
        >
          {t('team.leave')}
        </Button>
      )}

      {teaming && isLead && (
        <>
          <JoinRequests
            idea={idea}
            onAnswer={(requestId, accept, name) =>
              void action.run(
                () => answer({ variables: { requestId, accept } }),
                accept ? t('requests.accepted', { name }) : t('requests.declined', { name }),
              )
            }
          />
          <InviteColleague idea={idea} />
          <PendingInvites idea={idea} />
        </>
      )}

      {teaming && (
        <>
          <FloatReadinessList readiness={idea.floatReadiness} />
          {onTeam && (
            <div className="govuk-button-group">
              {isLead && idea.floatReadiness.ready && <ButtonLink to={`/${slug}/ideas/${ideaId}/float`}>{t('readiness.float')}</ButtonLink>}
              <ButtonLink variant="secondary" to={`/${slug}/ideas/${ideaId}/business-case`}>
                {t('readiness.editCase')}
              </ButtonLink>
            </div>
          )}
        </>
      )}
    </>
  );
}

/** The idea page's team section: who is on the team and, while it forms, joining, inviting and floating. */
export function TeamSection({ ideaId, stage }: { ideaId: string; stage: IdeaStage }) {
  const { t } = useTranslation('teams');
  const { data, error } = useQuery(IdeaTeamDocument, { variables: { ideaId } });
  if (stage === 'BUZZ' || stage === 'ARCHIVED') return null;
  return (
    <section className="govuk-!-margin-top-8" aria-labelledby="team-heading">
      <h2 className="govuk-heading-m" id="team-heading">
        {t('team.heading')}
      </h2>
      <PageState data={data?.idea ? { idea: data.idea, settings: data.tenant.settings } : undefined} error={error}>
        {(loaded) => <TeamPanel idea={loaded.idea} settings={loaded.settings} />}
      </PageState>
    </section>
  );
}
