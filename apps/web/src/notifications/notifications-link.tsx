import { useQuery, useSubscription } from '@apollo/client/react';
import { Trans, useTranslation } from 'react-i18next';
import { ServiceNavigationLink } from '../components/govuk/service-navigation';
import { NotificationAddedDocument, UnreadNotificationCountDocument } from '../generated/graphql';
import { useSession } from '../session/session-context';

// New notifications arrive over the live connection; polling catches up after it drops.
const POLL_MS = 30_000;

/** "Notifications (3)" in the header, for a signed-in member, counting again as each one arrives. */
export function NotificationsLink() {
  const { t } = useTranslation('notifications', { keyPrefix: 'link' });
  const { slug, signedIn } = useSession();
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, { skip: !signedIn, pollInterval: POLL_MS });
  useSubscription(NotificationAddedDocument, { skip: !signedIn, onData: () => void refetch() });
  if (!signedIn) return null;
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <ServiceNavigationLink to={`/${slug}/notifications`}>
      {unread > 0 ? (
        <Trans t={t} i18nKey="withUnread" values={{ count: unread }} components={{ hidden: <span className="govuk-visually-hidden" /> }} />
      ) : (
        t('plain')
      )}
    </ServiceNavigationLink>
  );
}
