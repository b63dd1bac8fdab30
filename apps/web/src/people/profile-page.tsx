import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { BackLink } from '../components/govuk/back-link';
import { ButtonLink } from '../components/govuk/button';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { SummaryList } from '../components/govuk/summary-list';
import { Tag } from '../components/govuk/tag';
import { MemberProfileDocument, type ProfileIdeaFragment } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';
import { MyTeamInvites } from './my-team-invites';

function IdeaList({ ideas, empty }: { ideas: readonly ProfileIdeaFragment[]; empty: string }) {
  const { t } = useTranslation('people');
  const { slug } = useSession();
  if (ideas.length === 0) return <p className="govuk-body">{empty}</p>;
  return (
    <ul className="govuk-list govuk-list--spaced">
      {ideas.map((idea) => (
        <li key={idea.id}>
          <Link className="govuk-link" to={`/${slug}/ideas/${idea.id}`}>
            {idea.title}
          </Link>{' '}
          <Tag colour="grey">{t(`stages.${idea.stage}`)}</Tag>
        </li>
      ))}
    </ul>
  );
}

/** Shown after saving one's profile, which returns here. */
function savedNotice(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { profileSaved?: unknown }).profileSaved === true;
}

/** /:slug/people/:memberId: who a colleague is, what they can do and what they work on. */
export function ProfilePage() {
  const { t } = useTranslation('people', { keyPrefix: 'profile' });
  const { t: tCommon } = useTranslation();
  const { t: tErrors } = useTranslation('errors');
  const { memberId = '' } = useParams();
  const { slug } = useSession();
  const location = useLocation();
  const me = useCurrentMember();
  const format = useFormat();
  const { data, error } = useQuery(MemberProfileDocument, { variables: { memberId }, fetchPolicy: 'cache-and-network' });
  const member = data?.member;
  usePageTitle(member ? member.displayName : data ? tErrors('notFound.title') : null);
  const own = me !== undefined && me.id === memberId;

  return (
    <>
      <BackLink to={`/${slug}/people`} text={t('backToPeople')} />
      <PageState
        data={data}
        error={error}
        notFound={
          <>
            <h1 className="govuk-heading-l">{tErrors('notFound.title')}</h1>
            <p className="govuk-body">{t('notFound')}</p>
          </>
        }
        isMissing={(loaded) => !loaded.member}
      >
        {() =>
          member && (
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-two-thirds">
                {own && savedNotice(location.state) && <NotificationBanner success heading={t('saved')} />}
                <h1 className="govuk-heading-l">{member.displayName}</h1>
                <SummaryList
                  rows={[
                    { key: t('department'), value: member.department ?? t('notGiven') },
                    {
                      key: t('skills'),
                      value:
                        member.skills.length === 0 ? (
                          t('noSkills')
                        ) : (
                          <ul className="govuk-list app-tag-list govuk-!-margin-bottom-0">
                            {member.skills.map((skill) => (
                              <li key={skill}>
                                <Tag colour="grey">{skill}</Tag>
                              </li>
                            ))}
                          </ul>
                        ),
                    },
                    { key: t('bio'), value: member.bio ? <span style={{ whiteSpace: 'pre-line' }}>{member.bio}</span> : t('notGiven') },
                    { key: t('role'), value: tCommon(`roles.${member.role}`) },
                    { key: t('joined'), value: format.date(member.joinedAt) },
                  ]}
                />
                {own && (
                  <ButtonLink variant="secondary" to={`/${slug}/profile`}>
                    {t('edit')}
                  </ButtonLink>
                )}
                <h2 className="govuk-heading-m">{t('ideasHeading')}</h2>
                <IdeaList ideas={member.ideas} empty={t('noIdeas')} />
                <h2 className="govuk-heading-m">{t('teamsHeading')}</h2>
                <IdeaList ideas={member.teams} empty={t('noTeams')} />
                {own && <MyTeamInvites />}
                {own && (
                  <section className="govuk-!-margin-top-8" aria-labelledby="recruit-heading">
                    <h2 className="govuk-heading-m" id="recruit-heading">
                      {t('recruit.heading')}
                    </h2>
                    <p className="govuk-body">{t('recruit.body')}</p>
                    <p className="govuk-body">
                      <Link className="govuk-link" to={`/${slug}/invite`}>
                        {t('recruit.link')}
                      </Link>
                    </p>
                  </section>
                )}
              </div>
            </div>
          )
        }
      </PageState>
    </>
  );
}
