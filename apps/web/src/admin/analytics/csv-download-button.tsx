import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/govuk/button';
import { useAction } from '../../forms/use-action';
import { AnalyticsCsvDocument, type AnalyticsTable } from '../../generated/graphql';
import { useSession } from '../../session/session-context';
import { csvFileName, saveCsv } from './csv-download';

/** "Download the funnel as CSV": asks the API for the table afresh and saves it as a file. */
export function CsvDownloadButton({ table }: { table: AnalyticsTable }) {
  const { t } = useTranslation('analytics', { keyPrefix: 'csv' });
  const client = useApolloClient();
  const { slug } = useSession();
  const { busy: preparing, failure, run } = useAction();

  const download = () =>
    run(async () => {
      const { data } = await client.query({ query: AnalyticsCsvDocument, variables: { table }, fetchPolicy: 'network-only' });
      if (!data) throw new Error(`no ${table} CSV came back`);
      saveCsv(data.analyticsCsv, csvFileName(slug, table, new Date()));
    });

  return (
    <div className="govuk-!-margin-bottom-8">
      <Button type="button" variant="secondary" className="govuk-!-margin-bottom-2" onClick={() => void download()}>
        {t(table)}
      </Button>
      <div aria-live="polite">
        {preparing && <p className="govuk-body">{t('preparing')}</p>}
        {!preparing && failure && (
          <p className="govuk-error-message" role="alert">
            {t('failed')}
          </p>
        )}
      </div>
    </div>
  );
}
