import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/govuk/button';
import { AnalyticsCsvDocument, type AnalyticsTable } from '../../generated/graphql';
import { useSession } from '../../session/session-context';
import { csvFileName, saveCsv } from './csv-download';

type Progress = 'ready' | 'preparing' | 'failed';

/** "Download the funnel as CSV": asks the API for the table afresh and saves it as a file. */
export function CsvDownloadButton({ table }: { table: AnalyticsTable }) {
  const { t } = useTranslation('analytics', { keyPrefix: 'csv' });
  const client = useApolloClient();
  const { slug } = useSession();
  const [progress, setProgress] = useState<Progress>('ready');

  async function download() {
    if (progress === 'preparing') return;
    setProgress('preparing');
    try {
      const { data } = await client.query({ query: AnalyticsCsvDocument, variables: { table }, fetchPolicy: 'network-only' });
      if (!data) throw new Error(`no ${table} CSV came back`);
      saveCsv(data.analyticsCsv, csvFileName(slug, table, new Date()));
      setProgress('ready');
    } catch {
      setProgress('failed');
    }
  }

  return (
    <div className="govuk-!-margin-bottom-8">
      <Button type="button" variant="secondary" className="govuk-!-margin-bottom-2" onClick={() => void download()}>
        {t(table)}
      </Button>
      <div aria-live="polite">
        {progress === 'preparing' && <p className="govuk-body">{t('preparing')}</p>}
        {progress === 'failed' && (
          <p className="govuk-error-message" role="alert">
            {t('failed')}
          </p>
        )}
      </div>
    </div>
  );
}
