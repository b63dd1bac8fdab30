import { useQuery } from '@apollo/client/react';
import { parseAmount } from '@idea-exchange/money';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { Table } from '../components/govuk/table';
import { WalletHistoryDocument, type WalletHistoryQuery } from '../generated/graphql';
import { useAction } from '../forms/use-action';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';
import { RequireSignIn } from './require-sign-in';
import { useWalletReason } from './wallet-reason';

/** Entries fetched at a time; "Load more" fetches the next ones after the last shown. */
export const HISTORY_PAGE_SIZE = 20;

type WalletEntry = WalletHistoryQuery['walletHistory'][number];

/** "+1,000.00 Peas" or "−12.50 Peas", with the direction also in words for screen readers. */
function SignedAmount({ amount }: { amount: string }) {
  const { t } = useTranslation('wallet', { keyPrefix: 'history' });
  const format = useFormat();
  const value = parseAmount(amount);
  const out = value < 0n;
  return (
    <>
      <span aria-hidden="true">{out ? '−' : '+'}</span>
      {format.amount(out ? amount.replace(/^-/, '') : amount)}
      <span className="govuk-visually-hidden"> {t(out ? 'moneyOutHidden' : 'moneyInHidden')}</span>
    </>
  );
}

function EntryIdea({ entry }: { entry: WalletEntry }) {
  const { t } = useTranslation('wallet', { keyPrefix: 'history' });
  const { slug } = useSession();
  if (!entry.idea) return <>{t('noIdea')}</>;
  return (
    <Link className="govuk-link" to={`/${slug}/ideas/${entry.idea.id}`}>
      {entry.idea.title}
    </Link>
  );
}

function WalletHistory() {
  const { t } = useTranslation('wallet', { keyPrefix: 'history' });
  const { t: tErrors } = useTranslation('errors');
  const { slug } = useSession();
  const format = useFormat();
  const reasonOf = useWalletReason();
  const { data, error, fetchMore } = useQuery(WalletHistoryDocument, {
    variables: { first: HISTORY_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [lastPageSize, setLastPageSize] = useState<number | null>(null);
  const { busy: loadingMore, failure, run } = useAction();

  const loadMore = (after: string) =>
    run(async () => {
      const { data: more } = await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          walletHistory: [...(previous.walletHistory ?? []), ...fetchMoreResult.walletHistory],
        }),
      });
      setLastPageSize(more?.walletHistory.length ?? 0);
    });

  const shown = (entries: WalletHistoryQuery['walletHistory']) => {
    if (entries.length === 0) return <p className="govuk-body">{t('empty')}</p>;
    const hasMore = (lastPageSize ?? entries.length) >= HISTORY_PAGE_SIZE;
    const last = entries[entries.length - 1];
    return (
      <>
        <Table
          caption={t('caption')}
          columns={[
            { header: t('date') },
            { header: t('reason') },
            { header: t('idea') },
            { header: t('amount'), numeric: true },
            { header: t('balanceAfter'), numeric: true },
          ]}
          rows={entries.map((entry) => ({
            key: entry.id,
            cells: [
              format.dateTime(entry.at),
              reasonOf(entry),
              <EntryIdea entry={entry} key="idea" />,
              <SignedAmount amount={entry.amount} key="amount" />,
              format.amount(entry.balanceAfter),
            ],
          }))}
        />
        {!loadingMore && failure && (
          <p className="govuk-body" role="alert">
            {tErrors('somethingWentWrong')}
          </p>
        )}
        {hasMore && (
          <Button type="button" variant="secondary" disabled={loadingMore} onClick={() => void loadMore(last.id)}>
            {loadingMore ? t('loadingMore') : t('loadMore')}
          </Button>
        )}
      </>
    );
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <p className="govuk-body">{t('intro')}</p>
        <PageState data={data} error={error}>
          {(loaded) => shown(loaded.walletHistory)}
        </PageState>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/${slug}/portfolio`}>
            {t('portfolioLink')}
          </Link>
        </p>
      </div>
    </div>
  );
}

/** /:slug/wallet: every entry that touched the member's wallet, newest first. */
export function WalletHistoryPage() {
  const { t } = useTranslation('wallet', { keyPrefix: 'history' });
  usePageTitle(t('title'));
  return (
    <RequireSignIn>
      <WalletHistory />
    </RequireSignIn>
  );
}
