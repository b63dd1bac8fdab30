import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { NotificationBanner } from '../components/govuk/notification-banner';
import { Tag } from '../components/govuk/tag';
import { useForm } from '../forms/use-form';
import { MarkNotificationsReadDocument, NotificationListDocument, UnreadNotificationCountDocument } from '../generated/graphql';
import { useFormat } from '../i18n/use-format';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';
import { useNotificationText } from './notification-text';
import './notifications.css';

/** /:slug/notifications: what happened to the member's ideas and comments, newest first. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications', { keyPrefix: 'page' });
  const { slug, signedIn } = useSession();
  const format = useFormat();
  const textOf = useNotificationText();
  const { data, error } = useQuery(NotificationListDocument, { skip: !signedIn, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [NotificationListDocument, UnreadNotificationCountDocument],
    awaitRefetchQueries: true,
  });
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const { errors, busy: loading, submit } = useForm({ onFailure: () => setConfirmation(null) });
  usePageTitle(t('title'));
  if (!signedIn) return <Navigate to={`/${slug}/sign-in`} replace />;

  const mark = (ids: string[] | null) =>
    submit(async () => {
      const result = await markRead({ variables: { ids } });
      setConfirmation(ids ? t('markedOne') : t('markedAll', { count: result.data?.markNotificationsRead ?? 0 }));
    });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        {confirmation && <NotificationBanner success heading={confirmation} />}
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <PageState data={data} error={error} failed={t('loadFailed')}>
          {({ notifications }) => {
            const unread = notifications.filter((notification) => !notification.read).length;
            return notifications.length === 0 ? (
              <p className="govuk-body">{t('none')}</p>
            ) : (
              <>
                <p className="govuk-body">{t('unread', { count: unread })}</p>
                {unread > 0 && (
                  <Button variant="secondary" type="button" onClick={() => void mark(null)} aria-disabled={loading}>
                    {t('markAll')}
                  </Button>
                )}
                <ul className="govuk-list app-notification-list">
                  {notifications.map((notification) => (
                    <li key={notification.id} className={`app-notification${notification.read ? '' : ' app-notification--unread'}`}>
                      <p className="govuk-body govuk-!-margin-bottom-1">
                        {!notification.read && (
                          <>
                            <Tag colour="blue">{t('newTag')}</Tag>{' '}
                          </>
                        )}
                        {textOf(notification)}
                      </p>
                      <p className="govuk-body-s govuk-!-margin-bottom-1 app-notification__meta">
                        {format.dateTime(notification.createdAt)}
                        {notification.idea && (
                          <>
                            {' · '}
                            <Link
                              className="govuk-link"
                              to={`/${slug}/ideas/${notification.idea.id}`}
                              onClick={() => {
                                // Following the link is reading it; the idea page opens without waiting, and a failed write leaves it unread.
                                if (!notification.read) void markRead({ variables: { ids: [notification.id] } }).catch(() => undefined);
                              }}
                            >
                              {t('openIdea', { idea: notification.idea.title })}
                            </Link>
                          </>
                        )}
                      </p>
                      {!notification.read && (
                        <button
                          type="button"
                          className="govuk-link app-link-button govuk-body-s"
                          onClick={() => void mark([notification.id])}
                          aria-label={t('markOneLabel', { message: textOf(notification) })}
                        >
                          {t('markOne')}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            );
          }}
        </PageState>
      </div>
    </div>
  );
}
