import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { UnsubscribeDocument } from '../generated/graphql';
import { usePageTitle } from '../page/page-title';
import { useLinkToken, useOnArrival } from './link-token';

/** /:slug/unsubscribe?token=…: one click from an e-mail, without signing in. */
export function UnsubscribePage() {
  const { t } = useTranslation('account', { keyPrefix: 'unsubscribe' });
  const token = useLinkToken();
  const [state, setState] = useState<'working' | 'done' | 'failed'>('working');
  const [unsubscribe] = useMutation(UnsubscribeDocument);
  usePageTitle(t('title'), { error: state === 'failed' });

  useOnArrival(() => {
    unsubscribe({ variables: { token } }).then(
      () => setState('done'),
      () => setState('failed'),
    );
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        {state === 'working' && <p className="govuk-body">{t('working')}</p>}
        {state === 'done' && (
          <NotificationBanner success heading={t('done')}>
            <p className="govuk-body">{t('doneBody')}</p>
          </NotificationBanner>
        )}
        {state === 'failed' && (
          <div className="govuk-error-summary" role="alert" tabIndex={-1}>
            <p className="govuk-body govuk-!-margin-bottom-0">{t('failed')}</p>
          </div>
        )}
      </div>
    </div>
  );
}
