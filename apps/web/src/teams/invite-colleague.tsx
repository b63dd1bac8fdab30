import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { Table } from '../components/govuk/table';
import { TextInput } from '../components/govuk/text-input';
import { errorFor } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import { InviteToTeamDocument, TeamCandidatesDocument, type IdeaTeamQuery } from '../generated/graphql';

type TeamIdea = NonNullable<IdeaTeamQuery['idea']>;

const FIELD_IDS = { search: 'invite-search', skill: 'invite-skill' };
const hidden = { hidden: <span className="govuk-visually-hidden" /> };

/** The lead finds colleagues in the directory by name, department or skill, and invites them. */
export function InviteColleague({ idea }: { idea: TeamIdea }) {
  const { t } = useTranslation('teams', { keyPrefix: 'invite' });
  const { t: tTeam } = useTranslation('teams', { keyPrefix: 'team' });
  const [search, setSearch] = useState('');
  const [skill, setSkill] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const { errors, setErrors, submit: run } = useForm({ onFailure: () => setNotice(null) });
  const [find, { data, loading }] = useLazyQuery(TeamCandidatesDocument, { fetchPolicy: 'network-only' });
  const [invite] = useMutation(InviteToTeamDocument, { refetchQueries: ['IdeaTeam'], awaitRefetchQueries: true });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The search alone needs a term; an invitation from its results needs none.
    if (search.trim() === '' && skill.trim() === '') {
      setErrors([{ fieldId: FIELD_IDS.search, message: t('searchMissing') }]);
      return;
    }
    setNotice(null);
    await run(() => find({ variables: { search: search.trim() || null, skill: skill.trim() || null } }));
  };

  const sendInvite = async (memberId: string, name: string) => {
    await run(async () => {
      await invite({ variables: { ideaId: idea.id, memberId } });
      setNotice(t('sent', { name }));
    });
  };

  const onTeam = new Set(idea.team.map((member) => member.id));
  const invited = new Set(idea.teamInvites.map((pending) => pending.member.id));
  const candidates = data?.members;

  return (
    <>
      <h3 className="govuk-heading-s">{t('heading')}</h3>
      <ErrorSummary errors={errors} />
      {notice && <NotificationBanner success heading={notice} />}
      <form onSubmit={(event) => void submit(event)} noValidate role="search" aria-label={t('heading')}>
        <TextInput
          id={FIELD_IDS.search}
          label={t('searchLabel')}
          widthClass="govuk-!-width-two-thirds"
          error={errorFor(errors, FIELD_IDS.search)}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <TextInput
          id={FIELD_IDS.skill}
          label={t('skillLabel')}
          hint={t('skillHint')}
          widthClass="govuk-!-width-one-half"
          value={skill}
          onChange={(event) => setSkill(event.target.value)}
        />
        <Button variant="secondary" disabled={loading}>
          {t('search')}
        </Button>
      </form>
      {candidates &&
        (candidates.length === 0 ? (
          <p className="govuk-body">{t('noResults')}</p>
        ) : (
          <Table
            caption={t('resultsCaption')}
            captionSize="s"
            columns={[{ header: tTeam('name') }, { header: tTeam('department') }, { header: tTeam('actions') }]}
            firstCellIsHeader
            rows={candidates.map((member) => ({
              key: member.id,
              cells: [
                <>
                  {member.displayName}
                  {member.skills.length > 0 && <span className="govuk-hint govuk-!-margin-bottom-0">{member.skills.join(', ')}</span>}
                </>,
                member.department ?? tTeam('noDepartment'),
                onTeam.has(member.id) ? (
                  t('alreadyOnTeam')
                ) : invited.has(member.id) ? (
                  t('alreadyInvited')
                ) : (
                  <Button
                    variant="secondary"
                    className="govuk-!-margin-bottom-0"
                    onClick={() => void sendInvite(member.id, member.displayName)}
                  >
                    <Trans t={t} i18nKey="invite" values={{ name: member.displayName }} components={hidden} />
                  </Button>
                ),
              ],
            }))}
          />
        ))}
    </>
  );
}
