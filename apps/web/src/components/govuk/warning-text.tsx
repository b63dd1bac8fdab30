import type { ReactNode } from 'react';
import { useGovukText } from './govuk-text';

/** Something the member must know before going on, such as a legal consequence. */
export function WarningText({ children }: { children: ReactNode }) {
  const { warningPrefix } = useGovukText();
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{warningPrefix}</span>
        {children}
      </strong>
    </div>
  );
}
