import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { BackLink } from '../components/govuk/back-link';
import { ButtonLink } from '../components/govuk/button';
import { SummaryList } from '../components/govuk/summary-list';
import { Table } from '../components/govuk/table';
import { ChallengeDetailsDocument, type ChallengeDetailsQuery } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { MessagePanel } from '../page/message-panel';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';
import { ChallengePhaseTag, phaseOf } from './challenge-status';
import { SignInToSee } from '../session/sign-in-to-see';

type ShownChallenge = NonNullable<ChallengeDetailsQuery['challenge']>;

function ChallengeNotFound() {
  const { t } = useTranslation('challenges', { keyPrefix: 'notFound' });
  const { slug } = useSession();
  return <MessagePanel title={t('title')} detail={t('detail')} link={{ to: `/${slug}/challenges`, text: t('browse') }} />;
}

/** /:slug/challenges/:challengeId: the question, when it is open, and the ideas that answer it. */
export function ChallengePage() {
  const { challengeId = '' } = useParams();
  const { t } = useTranslation('challenges', { keyPrefix: 'challenge' });
  const { t: tIdeas } = useTranslation('ideas');
  const { slug, signedIn } = useSession();
  const format = useFormat();
  const { data, error } = useQuery(ChallengeDetailsDocument, { variables: { id: challengeId }, fetchPolicy: 'cache-and-network' });
  const challenge = data?.challenge;
  usePageTitle(challenge ? challenge.title : t('loadingTitle'));
  const shown = (challenge: ShownChallenge) => {
    const phase = phaseOf(challenge);
    const ideas = challenge.ideas;
    return (
      <>
        <BackLink to={`/${slug}/challenges`} text={t('back')} />
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <span className="govuk-caption-l">{t('caption')}</span>
            <h1 className="govuk-heading-l">{challenge.title}</h1>
            <p className="govuk-body-l">{challenge.question}</p>
            {challenge.description
              .split(/\n\s*\n/)
              .filter((paragraph) => paragraph.trim())
              .map((paragraph, index) => (
                <p className="govuk-body" key={index}>
                  {paragraph}
                </p>
              ))}
            <SummaryList
              rows={[
                { key: t('status'), value: <ChallengePhaseTag phase={phase} /> },
                { key: t('opens'), value: format.date(challenge.opensAt) },
                { key: t('closes'), value: format.date(challenge.closesAt) },
              ]}
            />
            {phase === 'open' && signedIn && (
              <ButtonLink to={`/${slug}/ideas/new?challenge=${encodeURIComponent(challenge.id)}`}>{t('postIdea')}</ButtonLink>
            )}
            {phase === 'upcoming' && <p className="govuk-body">{t('notOpenYet')}</p>}
            {phase === 'closed' && <p className="govuk-body">{t('closedNow')}</p>}
          </div>
        </div>
        <h2 className="govuk-heading-m">{t('ideasHeading', { count: ideas.totalCount })}</h2>
        {ideas.totalCount === 0 ? (
          <p className="govuk-body">{t('noIdeas')}</p>
        ) : (
          <>
            <Table
              caption={t('ideasCaption', { challenge: challenge.title })}
              captionSize="s"
              columns={[
                { header: t('ideaColumn') },
                { header: t('stageColumn') },
                { header: t('supportersColumn'), numeric: true },
                { header: t('commentsColumn'), numeric: true },
                { header: t('postedColumn') },
              ]}
              rows={ideas.edges.map(({ node }) => ({
                key: node.id,
                cells: [
                  <>
                    <Link className="govuk-link" to={`/${slug}/ideas/${node.id}`}>
                      {node.title}
                    </Link>
                    <br />
                    <span className="govuk-body-s">{t('by', { author: node.author.displayName })}</span>
                  </>,
                  tIdeas(`stages.${node.stage}`),
                  format.count(node.supportCount),
                  format.count(node.commentCount),
                  format.date(node.createdAt),
                ],
              }))}
            />
            {ideas.pageInfo.hasNextPage && (
              <p className="govuk-body">
                <Link className="govuk-link" to={`/${slug}/ideas?challenge=${encodeURIComponent(challenge.id)}`}>
                  {t('allIdeas', { count: ideas.totalCount })}
                </Link>
              </p>
            )}
          </>
        )}
      </>
    );
  };
  return (
    <PageState
      data={data}
      error={error}
      failed={t('loadFailed')}
      blocked={<SignInToSee title={t('loadingTitle')} feature="challenges" />}
      notFound={<ChallengeNotFound />}
      isMissing={(loaded) => !loaded.challenge}
    >
      {(loaded) => loaded.challenge && shown(loaded.challenge)}
    </PageState>
  );
}
