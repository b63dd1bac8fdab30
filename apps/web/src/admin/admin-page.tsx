import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { AdminSettingsDocument } from '../generated/graphql';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';
import { AdminOnly } from './admin-access';
import { AnalyticsLink } from './analytics/analytics-link';
import { AuditLogSection } from './audit-log-section';
import { MembersSection } from './members-section';
import { SettingsForm } from './settings-form';
import './admin.css';

function AdminConsole({ selfId }: { selfId: string }) {
  const { t } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  const { t: tErrors } = useTranslation('errors');
  const { slug } = useSession();
  const [formErrors, setFormErrors] = useState(false);
  const [saved, setSaved] = useState(false);
  usePageTitle(t('title'), { error: formErrors });
  const { data, error } = useQuery(AdminSettingsDocument, { fetchPolicy: 'network-only' });

  return (
    <>
      {saved && <NotificationBanner success heading={t('settings.saved')} />}
      <h1 className="govuk-heading-xl">{t('title')}</h1>
      <p className="govuk-body-l">{t('intro')}</p>
      <h2 className="govuk-heading-m">{t('links.heading')}</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={`/${slug}/challenges/new`}>
            {t('links.challenges')}
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to={`/${slug}/moderation`}>
            {t('links.moderation')}
          </Link>
        </li>
        <li>
          <AnalyticsLink />
        </li>
      </ul>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {error ? (
            <p className="govuk-body" role="alert">
              {tErrors('somethingWentWrong')}
            </p>
          ) : !data ? (
            <p className="govuk-body">{tCommon('loading')}</p>
          ) : (
            <SettingsForm tenant={data.tenant} onErrors={setFormErrors} onSaved={setSaved} />
          )}
        </div>
      </div>
      <MembersSection selfId={selfId} />
      <AuditLogSection />
    </>
  );
}

/** /:slug/admin: the instance's settings, members and roles, and audit log, for admins. */
export function AdminPage() {
  return <AdminOnly>{(admin) => <AdminConsole selfId={admin.id} />}</AdminOnly>;
}
