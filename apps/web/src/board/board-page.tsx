import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Table } from '../components/govuk/table';
import { BoardQueueDocument } from '../generated/graphql';
import { formatPounds } from '../i18n/format';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';
import { BoardOnly } from './board-access';
import { excerptOf, formatPercent } from './board-figures';

function BoardQueue() {
  const { t } = useTranslation('board');
  const { slug } = useSession();
  const format = useFormat();
  const { data, error } = useQuery(BoardQueueDocument, { fetchPolicy: 'cache-and-network' });
  usePageTitle(t('title'));
  const minimum = data?.tenant.settings.minReviews ?? 0;
  return (
    <>
      <h1 className="govuk-heading-l">{t('title')}</h1>
      <p className="govuk-body-l">{t('queue.intro')}</p>
      <PageState data={data} error={error}>
        {({ boardQueue }) =>
          boardQueue.length === 0 ? (
            <p className="govuk-body">{t('queue.empty')}</p>
          ) : (
            <Table
              caption={t('queue.caption')}
              columns={[
                { header: t('queue.idea') },
                { header: t('queue.teamSize'), numeric: true },
                { header: t('queue.summary') },
                { header: t('queue.saving'), numeric: true },
                { header: t('queue.probability'), numeric: true },
                { header: t('queue.volume'), numeric: true },
                { header: t('queue.reviews'), numeric: true },
              ]}
              firstCellIsHeader
              rows={boardQueue.map((idea) => ({
                key: idea.id,
                cells: [
                  <Link className="govuk-link" to={`/${slug}/board/${idea.id}`}>
                    {idea.title}
                  </Link>,
                  format.count(idea.team.length),
                  idea.businessCase ? excerptOf(idea.businessCase.problem) : t('queue.noCase'),
                  idea.businessCase ? formatPounds(idea.businessCase.estimatedAnnualSaving) : '–',
                  idea.market ? formatPercent(idea.market.priceYes) : '–',
                  idea.market ? format.amount(idea.market.volume) : '–',
                  t('queue.reviewsOf', { count: idea.reviews.length, minimum }),
                ],
              }))}
            />
          )
        }
      </PageState>
    </>
  );
}

/** /:slug/board: the ideas waiting for the investment board. */
export function BoardPage() {
  return (
    <BoardOnly>
      <BoardQueue />
    </BoardOnly>
  );
}
