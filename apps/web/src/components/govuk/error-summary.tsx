import { useEffect, useRef, type MouseEvent } from 'react';
import { useGovukText } from './govuk-text';

export interface ErrorSummaryItem {
  message: string;
  /** The id of the field the message is about; messages without one are listed without a link. */
  fieldId?: string;
}

/** Puts the field in view with its label above it, then focuses it (a plain #link only scrolls). */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${fieldId}"]`);
  (label ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}

/** "There is a problem": takes focus each time it is given a new list of errors. */
export function ErrorSummary({ errors }: { errors: readonly ErrorSummaryItem[] }) {
  const { errorSummaryTitle } = useGovukText();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" tabIndex={-1} ref={summary}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{errorSummaryTitle}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map(({ message, fieldId }) => (
              <li key={`${fieldId ?? ''}:${message}`}>
                {fieldId ? (
                  <a href={`#${fieldId}`} onClick={(event) => focusField(event, fieldId)}>
                    {message}
                  </a>
                ) : (
                  message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
