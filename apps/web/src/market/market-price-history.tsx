import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MarketPriceHistoryDocument } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { PriceChart } from './price-chart';

/** The idea market's price chart with its data table, for a page that shows the market from outside. */
export function MarketPriceHistory({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation('market', { keyPrefix: 'chart' });
  const format = useFormat();
  const { data, error } = useQuery(MarketPriceHistoryDocument, { variables: { ideaId } });
  return (
    <PageState data={data} error={error}>
      {({ market, priceHistory }) => (
        <>
          <h3 className="govuk-heading-s">{t('heading')}</h3>
          <PriceChart
            history={priceHistory}
            until={market?.settledAt ?? new Date().toISOString()}
            untilLabel={market?.settledAt ? format.dateTime(market.settledAt) : t('now')}
          />
        </>
      )}
    </PageState>
  );
}
