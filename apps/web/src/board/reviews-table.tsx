import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Table } from '../components/govuk/table';
import type { BoardReviewFactsFragment } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { useSession } from '../session/session-context';

const hidden = { hidden: <span className="govuk-visually-hidden" /> };

export const SCORES = ['strategicFit', 'valueForMoney', 'feasibility', 'risk'] as const;

/** Each board member's scorecard, one row each. */
export function ReviewsTable({ reviews }: { reviews: readonly BoardReviewFactsFragment[] }) {
  const { t } = useTranslation('board');
  const { slug } = useSession();
  const format = useFormat();
  return (
    <Table
      caption={t('reviews.caption')}
      captionSize="s"
      columns={[
        { header: t('reviews.reviewer') },
        ...SCORES.map((score) => ({ header: t(`scores.${score}`), numeric: true })),
        { header: t('reviews.comment') },
        { header: t('reviews.updated') },
      ]}
      firstCellIsHeader
      rows={reviews.map((review) => ({
        key: review.id,
        cells: [
          <Link className="govuk-link" to={`/${slug}/people/${review.reviewer.id}`}>
            {review.reviewer.displayName}
          </Link>,
          ...SCORES.map((score) => (
            <Trans t={t} i18nKey="reviews.outOfFive" values={{ score: review[score] }} components={hidden} key={score} />
          )),
          <span style={{ whiteSpace: 'pre-line' }}>{review.comment}</span>,
          format.date(review.updatedAt),
        ],
      }))}
    />
  );
}
