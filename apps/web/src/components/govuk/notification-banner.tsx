import { useId, type ReactNode } from 'react';

interface NotificationBannerProps {
  heading: ReactNode;
  /** A success banner confirms something the member just did, so it is announced at once. */
  success?: boolean;
  children?: ReactNode;
}

export function NotificationBanner({ heading, success = false, children }: NotificationBannerProps) {
  const titleId = useId();
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {success ? 'Success' : 'Important'}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
