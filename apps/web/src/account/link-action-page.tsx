import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { useAction } from '../forms/use-action';
import { usePageTitle } from '../page/page-title';
import { useOnArrival } from './link-token';

interface LinkActionPageProps {
  /** The page's words in the account catalogue: title, working, done, doneBody and failed. */
  texts: 'unsubscribe' | 'verify';
  /** What following the link does, run once on arrival. */
  act(): Promise<unknown>;
  /** Where to go on from the success banner, if anywhere. */
  onward?: ReactNode;
}

/** The page of an e-mailed link that does its work on arrival: "working", then done or failed. */
export function LinkActionPage({ texts, act, onward }: LinkActionPageProps) {
  const { t } = useTranslation('account', { keyPrefix: texts });
  const [done, setDone] = useState(false);
  const { failure, run } = useAction();
  usePageTitle(t('title'), { error: failure !== undefined });
  useOnArrival(() => void run(act).then(setDone));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        {!done && failure === undefined && <p className="govuk-body">{t('working')}</p>}
        {done && (
          <NotificationBanner success heading={t('done')}>
            <p className="govuk-body">{t('doneBody')}</p>
            {onward}
          </NotificationBanner>
        )}
        {failure !== undefined && (
          <div className="govuk-error-summary" role="alert" tabIndex={-1}>
            <p className="govuk-body govuk-!-margin-bottom-0">{t('failed')}</p>
          </div>
        )}
      </div>
    </div>
  );
}
