import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router-dom';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { AdminSettingsDocument } from '../generated/graphql';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';
import { AdminOnly } from './admin-access';
import { AnalyticsLink } from './analytics/analytics-link';
import { AuditLogSection } from './audit-log-section';
import { MembersSection } from './members-section';
import { SettingsForm } from './settings-form';
import './admin.css';

/** The console's own pages, so settings, members and the log each load and read on their own. */
function AdminPages() {
  const { t } = useTranslation('admin');
  const { slug } = useSession();
  const pages = [
    { to: `/${slug}/admin`, label: t('pages.settings') },
    { to: `/${slug}/admin/members`, label: t('pages.members') },
    { to: `/${slug}/admin/audit`, label: t('pages.audit') },
    { to: `/${slug}/admin/analytics`, label: t('pages.analytics') },
  ];
  return (
    <nav aria-label={t('pages.label')} className="app-admin-pages">
      <ul className="govuk-list app-admin-pages__list">
        {pages.map((page) => (
          <li key={page.to}>
            <NavLink className="govuk-link" to={page.to} end>
              {page.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function AdminConsole() {
  const { t } = useTranslation('admin');
  const { t: tIntegrations } = useTranslation('integrations');
  const { slug } = useSession();
  const [formErrors, setFormErrors] = useState(false);
  const [saved, setSaved] = useState(false);
  usePageTitle(t('title'), { error: formErrors });
  const { data, error } = useQuery(AdminSettingsDocument, { fetchPolicy: 'network-only' });

  return (
    <>
      {saved && <NotificationBanner success heading={t('settings.saved')} />}
      <h1 className="govuk-heading-xl">{t('title')}</h1>
      <AdminPages />
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
        <li>
          <Link className="govuk-link" to={`/${slug}/admin/integrations`}>
            {tIntegrations('link')}
          </Link>
        </li>
      </ul>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageState data={data} error={error}>
            {(loaded) => <SettingsForm tenant={loaded.tenant} onErrors={setFormErrors} onSaved={setSaved} />}
          </PageState>
        </div>
      </div>
    </>
  );
}

/** One of the console's other pages: its heading, the console's page links, then its content. */
function AdminSubPage({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <h1 className="govuk-heading-xl">{title}</h1>
      <AdminPages />
      {children}
    </>
  );
}

/** /:slug/admin: the instance's settings, for admins. */
export function AdminPage() {
  return <AdminOnly>{() => <AdminConsole />}</AdminOnly>;
}

/** /:slug/admin/members: find, filter and page members; change roles, suspend and restore. */
export function AdminMembersPage() {
  const { t } = useTranslation('admin');
  return (
    <AdminOnly>
      {(admin) => (
        <AdminSubPage title={t('pages.members')}>
          <MembersSection selfId={admin.id} />
        </AdminSubPage>
      )}
    </AdminOnly>
  );
}

/** /:slug/admin/audit: what admins, moderators and the system have done. */
export function AdminAuditPage() {
  const { t } = useTranslation('admin');
  return (
    <AdminOnly>
      {() => (
        <AdminSubPage title={t('pages.audit')}>
          <AuditLogSection />
        </AdminSubPage>
      )}
    </AdminOnly>
  );
}
