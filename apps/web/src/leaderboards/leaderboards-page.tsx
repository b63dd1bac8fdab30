import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { InsetText } from '../components/govuk/inset-text';
import { Table } from '../components/govuk/table';
import {
  LeaderboardDocument,
  MyLeaderboardRankDocument,
  type LeaderboardEntryFactsFragment,
  type LeaderboardKind,
} from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';
import { SignInToSee } from '../session/sign-in-to-see';
import { isUnauthenticated } from '../session/unauthenticated';
import { choiceFrom, KINDS, PERIODS, searchFor, type LeaderboardChoice } from './leaderboard-choice';
import './leaderboards.css';

const TOP = 20;

interface SwitchProps {
  label: string;
  items: ReadonlyArray<{ key: string; text: string; to: string; current: boolean }>;
}

/** A row of links, one per choice, the current one marked for screen readers too. */
function Switch({ label, items }: SwitchProps) {
  return (
    <nav aria-label={label}>
      <ul className="app-switch govuk-body">
        {items.map((item) => (
          <li className={`app-switch__item${item.current ? ' app-switch__item--current' : ''}`} key={item.key}>
            {item.current ? (
              <span aria-current="page">{item.text}</span>
            ) : (
              <Link className="govuk-link" to={item.to}>
                {item.text}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** /:slug/leaderboards: the top members of each board for a week, a month or all time, and one's own rank. */
export function LeaderboardsPage() {
  const { t } = useTranslation('leaderboards');
  const { t: tCommon } = useTranslation();
  const { slug, signedIn } = useSession();
  const format = useFormat();
  const [params] = useSearchParams();
  const choice = choiceFrom(params);
  usePageTitle(t('title'));
  const { data, error } = useQuery(LeaderboardDocument, { variables: { ...choice, first: TOP }, fetchPolicy: 'cache-and-network' });
  const mine = useQuery(MyLeaderboardRankDocument, { variables: choice, skip: !signedIn, fetchPolicy: 'cache-and-network' });

  const score = (kind: LeaderboardKind, value: string) => (kind === 'TRADERS' ? format.amount(value) : format.count(Number(value)));
  // The traders board ranks trading profit; for a week or a month, the profit made in it. Its
  // words say which.
  const traders = choice.period === 'ALL_TIME' ? 'TRADERS' : (`TRADERS_${choice.period}` as const);
  const measure = choice.kind === 'TRADERS' ? traders : choice.kind;
  const yourScore = (kind: LeaderboardKind, value: string) =>
    kind === 'TRADERS'
      ? t(`yourScore.${traders}`, { amount: format.amount(value) })
      : t(`yourScore.${kind}`, { count: Number(value), number: format.count(Number(value)) });
  const link = (next: Partial<LeaderboardChoice>) => `/${slug}/leaderboards${searchFor({ ...choice, ...next })}`;
  const entries: readonly LeaderboardEntryFactsFragment[] = data?.leaderboard ?? [];
  const myRank = mine.data?.myRank;
  if (error && isUnauthenticated(error) && !signedIn) return <SignInToSee title={t('title')} feature="leaderboards" />;

  return (
    <>
      <h1 className="govuk-heading-l">{t('title')}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">{t('intro')}</p>
        </div>
      </div>
      <Switch
        label={t('boardsLabel')}
        items={KINDS.map((kind) => ({ key: kind, text: t(`kinds.${kind}`), to: link({ kind }), current: kind === choice.kind }))}
      />
      <Switch
        label={t('periodsLabel')}
        items={PERIODS.map((period) => ({
          key: period,
          text: t(`periods.${period}`),
          to: link({ period }),
          current: period === choice.period,
        }))}
      />
      <h2 className="govuk-heading-m">{t(`rankedBy.${measure}`)}</h2>
      {choice.kind === 'TRADERS' && <p className="govuk-body">{t('tradersHint')}</p>}
      <InsetText>
        <h3 className="govuk-heading-s">{t('yourRank')}</h3>
        <p className="govuk-body" data-testid="your-rank">
          {!signedIn
            ? t('signInForRank')
            : !mine.data
              ? tCommon('loading')
              : myRank && entries.length > 0
                ? t('yourRankIs', { rank: format.count(myRank.rank), score: yourScore(choice.kind, myRank.score) })
                : t('notRanked')}
        </p>
      </InsetText>
      <PageState data={data} error={error}>
        {() =>
          entries.length === 0 ? (
            <p className="govuk-body">{t('none')}</p>
          ) : (
            <Table
              caption={t('caption', { kind: t(`kinds.${choice.kind}`), period: t(`periods.${choice.period}`) })}
              columns={[{ header: t('rank'), numeric: true }, { header: t('member') }, { header: t(`scores.${measure}`), numeric: true }]}
              rows={entries.map((entry) => ({
                key: entry.member.id,
                cells: [
                  format.count(entry.rank),
                  <Link className="govuk-link" to={`/${slug}/people/${entry.member.id}`}>
                    {entry.member.displayName}
                  </Link>,
                  score(choice.kind, entry.score),
                ],
              }))}
            />
          )
        }
      </PageState>
    </>
  );
}
