import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SummaryList } from '../components/govuk/summary-list';
import { Tag } from '../components/govuk/tag';
import type { BoardDecisionFactsFragment } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { useSession } from '../session/session-context';
import { formatPercent } from './board-figures';

/**
 * What the board decided, why, who and when, what the market said at that moment, and what the
 * author and team held in it then (disclosed to everyone).
 */
export function DecisionSummary({ decision }: { decision: BoardDecisionFactsFragment }) {
  const { t } = useTranslation('board', { keyPrefix: 'decision' });
  const { t: tMarket } = useTranslation('market');
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
        { key: t('tradersAtDecision'), value: format.count(decision.tradersAtDecision) },
        {
          key: t('disclosures'),
          value:
            decision.disclosures.length === 0 ? (
              t('noDisclosures')
            ) : (
              <ul className="govuk-list">
                {decision.disclosures.map((held) => (
                  <li key={`${held.member.id}-${held.outcome}`}>
                    {t('disclosure', {
                      name: held.member.displayName,
                      shares: held.shares,
                      outcome: tMarket(`outcomeName.${held.outcome}`),
                    })}
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}
