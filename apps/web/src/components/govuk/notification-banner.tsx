import { useId, type ReactNode } from 'react';
import { useGovukText } from './govuk-text';

interface NotificationBannerProps {
  heading: ReactNode;
  /**
   * A success banner confirms something the member just did: a status, announced politely once
   * the current speech ends. Errors go to the error summary (an alert that takes focus) instead.
   */
  success?: boolean;
  /** The banner's small title; "Important" or "Success" in the page's language when absent. */
  title?: string;
  children?: ReactNode;
}

export function NotificationBanner({ heading, success = false, title, children }: NotificationBannerProps) {
  const titleId = useId();
  const text = useGovukText();
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'status' : 'region'}
      aria-labelledby={titleId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (success ? text.successTitle : text.importantTitle)}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
