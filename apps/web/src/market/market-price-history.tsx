import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MarketPriceHistoryDocument } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { PriceChart } from './price-chart';

/** The idea market's price chart with its data table, for a page that shows the market from outside. */
export function MarketPriceHistory({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation('market', { keyPrefix: 'chart' });
  const { t: tCommon } = useTranslation();
  const { t: tErrors } = useTranslation('errors');
  const format = useFormat();
  const { data, error } = useQuery(MarketPriceHistoryDocument, { variables: { ideaId } });
  if (!data) return <p className="govuk-body">{error ? tErrors('somethingWentWrong') : tCommon('loading')}</p>;
  const settledAt = data.market?.settledAt;
  return (
    <>
      <h3 className="govuk-heading-s">{t('heading')}</h3>
      <PriceChart
        history={data.priceHistory}
        until={settledAt ?? new Date().toISOString()}
        untilLabel={settledAt ? format.dateTime(settledAt) : t('now')}
      />
    </>
  );
}
