import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { useForm } from '../forms/use-form';
import {
  NotificationPreferencesDocument,
  SetNotificationPreferenceDocument,
  type NotificationFrequency,
  type NotificationKind,
} from '../generated/graphql';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';

const FREQUENCIES: readonly NotificationFrequency[] = ['IMMEDIATELY', 'DAILY', 'WEEKLY', 'NEVER'];

/** /:slug/account/notifications: per kind, in the app or not, and how often by e-mail. Each change saves at once. */
export function NotificationSettingsPage() {
  const { t } = useTranslation('account', { keyPrefix: 'preferences' });
  const { t: tChange } = useTranslation('account', { keyPrefix: 'change' });
  const { slug, signedIn } = useSession();
  const { data, error } = useQuery(NotificationPreferencesDocument, { skip: !signedIn });
  // A preference has no id for the cache to match the answer to, so the list is asked for again.
  const [save] = useMutation(SetNotificationPreferenceDocument, {
    refetchQueries: [NotificationPreferencesDocument],
    awaitRefetchQueries: true,
  });
  const [saved, setSaved] = useState(false);
  const { errors, submit } = useForm({ onFailure: () => setSaved(false) });
  usePageTitle(t('title'), { error: errors.length > 0 });
  if (!signedIn) return <Navigate to={`/${slug}/sign-in`} replace />;

  const change = (kind: NotificationKind, value: { inApp?: boolean; email?: NotificationFrequency }) =>
    submit(async () => {
      await save({ variables: { kind, ...value } });
      setSaved(true);
    });

  const kindLabel = (kind: string) => t(`kind.${kind}` as 'kind.IDEA_SUPPORTED', { defaultValue: kind });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <ErrorSummary errors={errors} />
        {saved && <NotificationBanner success heading={t('saved')} />}
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <p className="govuk-body">{t('intro')}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/${slug}/account/password`}>
            {tChange('link')}
          </Link>
        </p>
        <PageState data={data} error={error} failed={t('loadFailed')}>
          {(loaded) =>
            loaded.notificationPreferences.map((preference) => (
              <fieldset key={preference.kind} className="govuk-fieldset govuk-!-margin-bottom-6">
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{kindLabel(preference.kind)}</legend>
                <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-2">
                  <div className="govuk-checkboxes__item">
                    <input
                      className="govuk-checkboxes__input"
                      id={`${preference.kind}-in-app`}
                      type="checkbox"
                      checked={preference.inApp}
                      onChange={(event) => void change(preference.kind, { inApp: event.target.checked })}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={`${preference.kind}-in-app`}>
                      {t('inApp')}
                    </label>
                  </div>
                </div>
                <div className="govuk-form-group govuk-!-margin-bottom-0">
                  <label className="govuk-label" htmlFor={`${preference.kind}-email`}>
                    {t('email')}
                  </label>
                  <select
                    className="govuk-select"
                    id={`${preference.kind}-email`}
                    value={preference.email}
                    onChange={(event) => void change(preference.kind, { email: event.target.value as NotificationFrequency })}
                  >
                    {FREQUENCIES.map((frequency) => (
                      <option key={frequency} value={frequency}>
                        {t(`frequency.${frequency}`)}
                      </option>
                    ))}
                  </select>
                </div>
              </fieldset>
            ))
          }
        </PageState>
      </div>
    </div>
  );
}
