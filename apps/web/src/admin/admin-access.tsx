import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { MessagePanel } from '../page/message-panel';
import { PageState } from '../page/page-state';
import { useCurrentMember, type CurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';

function NotAdminPage() {
  const { t } = useTranslation('admin', { keyPrefix: 'notAdmin' });
  const { slug } = useSession();
  return <MessagePanel title={t('title')} detail={t('body')} link={{ to: `/${slug}`, text: t('home') }} />;
}

/** Admin pages: signed-out visitors go to sign in, members who are not admins are told so. */
export function AdminOnly({ children }: { children(admin: CurrentMember): ReactNode }) {
  const { slug, signedIn } = useSession();
  const member = useCurrentMember();
  if (!signedIn) return <Navigate to={`/${slug}/sign-in`} replace />;
  return (
    <PageState data={member} refused={<NotAdminPage />} isRefused={(loaded) => loaded.role !== 'ADMIN'}>
      {children}
    </PageState>
  );
}
