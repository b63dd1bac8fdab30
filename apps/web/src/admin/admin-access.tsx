import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { usePageTitle } from '../page/page-title';
import { useCurrentMember, type CurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';

function NotAdminPage() {
  const { t } = useTranslation('admin', { keyPrefix: 'notAdmin' });
  const { slug } = useSession();
  usePageTitle(t('title'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <p className="govuk-body">{t('body')}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/${slug}`}>
            {t('home')}
          </Link>
        </p>
      </div>
    </div>
  );
}

/** Admin pages: signed-out visitors go to sign in, members who are not admins are told so. */
export function AdminOnly({ children }: { children(admin: CurrentMember): ReactNode }) {
  const { t } = useTranslation();
  const { slug, signedIn } = useSession();
  const member = useCurrentMember();
  if (!signedIn) return <Navigate to={`/${slug}/sign-in`} replace />;
  if (!member) return <p className="govuk-body">{t('loading')}</p>;
  if (member.role !== 'ADMIN') return <NotAdminPage />;
  return <>{children(member)}</>;
}
