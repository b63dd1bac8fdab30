import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ServiceNavigationLink } from '../components/govuk/service-navigation';
import { WalletBalanceDocument } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { useInstance } from '../instance/instance-context';
import { useSession } from '../session/session-context';

/**
 * The signed-in member's balance in the header, linking to the portfolio, then links to the
 * portfolio and the wallet's history. The balance follows trades: it shares the member's cache
 * entry with the market section, which fetches it again after each trade.
 */
export function WalletNavigation() {
  const { t } = useTranslation('wallet');
  const { slug } = useSession();
  const { currencyName } = useInstance();
  const format = useFormat();
  const { data } = useQuery(WalletBalanceDocument);
  return (
    <>
      <ServiceNavigationLink to={`/${slug}/portfolio`}>
        {data ? (
          <>
            <span className="govuk-visually-hidden">{t('balance.label')} </span>
            <span data-testid="header-balance">{format.amount(data.me.balance)}</span>
          </>
        ) : (
          currencyName
        )}
      </ServiceNavigationLink>
      <ServiceNavigationLink to={`/${slug}/portfolio`}>{t('navigation.portfolio')}</ServiceNavigationLink>
      <ServiceNavigationLink to={`/${slug}/wallet`}>{t('navigation.wallet')}</ServiceNavigationLink>
    </>
  );
}
