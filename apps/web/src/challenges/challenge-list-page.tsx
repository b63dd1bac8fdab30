import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ButtonLink } from '../components/govuk/button';
import { ChallengeListDocument, type ChallengeListQuery } from '../generated/graphql';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';
import { ChallengeDates, phaseOf, type ChallengePhase } from './challenge-status';
import { SignInToSee } from '../session/sign-in-to-see';
import { isUnauthenticated } from '../session/unauthenticated';

type Challenge = ChallengeListQuery['challenges'][number];

function ChallengeGroup({ heading, challenges }: { heading: string; challenges: readonly Challenge[] }) {
  const { t } = useTranslation('challenges', { keyPrefix: 'list' });
  const { slug } = useSession();
  if (challenges.length === 0) return null;
  return (
    <section className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m">{heading}</h2>
      <ul className="govuk-list">
        {challenges.map((challenge) => (
          <li key={challenge.id} className="govuk-!-margin-bottom-6">
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
              <Link className="govuk-link" to={`/${slug}/challenges/${challenge.id}`}>
                {challenge.title}
              </Link>
            </h3>
            <p className="govuk-body govuk-!-margin-bottom-1">{challenge.question}</p>
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              <ChallengeDates challenge={challenge} /> · {t('ideas', { count: challenge.ideas.totalCount })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** /:slug/challenges: the questions admins have asked, open ones first. */
export function ChallengeListPage() {
  const { t } = useTranslation('challenges', { keyPrefix: 'list' });
  const { signedIn } = useSession();
  const member = useCurrentMember();
  const { data, error } = useQuery(ChallengeListDocument, { fetchPolicy: 'cache-and-network' });
  usePageTitle(t('title'));
  if (error && isUnauthenticated(error) && !signedIn) return <SignInToSee title={t('title')} feature="challenges" />;

  const byPhase = (phase: ChallengePhase) => (data?.challenges ?? []).filter((challenge) => phaseOf(challenge) === phase);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <p className="govuk-body">{t('intro')}</p>
        {member?.role === 'ADMIN' && (
          <ButtonLink to="new" variant="secondary">
            {t('create')}
          </ButtonLink>
        )}
        <PageState data={data} error={error} failed={t('loadFailed')}>
          {(loaded) => (
            <>
              {loaded.challenges.length === 0 && <p className="govuk-body">{t('none')}</p>}
              <ChallengeGroup heading={t('open')} challenges={byPhase('open')} />
              <ChallengeGroup heading={t('upcoming')} challenges={byPhase('upcoming')} />
              <ChallengeGroup heading={t('closed')} challenges={byPhase('closed')} />
            </>
          )}
        </PageState>
      </div>
    </div>
  );
}
