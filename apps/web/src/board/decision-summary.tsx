import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SummaryList } from '../components/govuk/summary-list';
import { Tag } from '../components/govuk/tag';
import type { BoardDecisionFactsFragment } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { useSession } from '../session/session-context';
import { formatPercent } from './board-figures';

/** What the board decided, why, who and when, and what the market said at that moment. */
export function DecisionSummary({ decision }: { decision: BoardDecisionFactsFragment }) {
  const { t } = useTranslation('board', { keyPrefix: 'decision' });
  const { slug } = useSession();
  const format = useFormat();
  return (
    <SummaryList
      rows={[
        {
          key: t('decision'),
          value: <Tag colour={decision.decision === 'IMPLEMENT' ? 'green' : 'red'}>{t(decision.decision)}</Tag>,
        },
        { key: t('rationale'), value: <span style={{ whiteSpace: 'pre-line' }}>{decision.rationale}</span> },
        {
          key: t('decidedBy'),
          value: (
            <Link className="govuk-link" to={`/${slug}/people/${decision.decidedBy.id}`}>
              {decision.decidedBy.displayName}
            </Link>
          ),
        },
        { key: t('decidedAt'), value: format.dateTime(decision.decidedAt) },
        { key: t('priceAtDecision'), value: formatPercent(decision.priceYesAtDecision) },
      ]}
    />
  );
}
