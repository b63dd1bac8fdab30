import type { ReactNode } from 'react';
import { useGovukText } from './govuk-text';

/** The ids a field's aria-describedby lists: its hint and error, when it has them. */
export function describedBy(...ids: ReadonlyArray<string | false | undefined>): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

export function formGroupClass(error: string | undefined, extra?: string): string {
  return ['govuk-form-group', extra, error && 'govuk-form-group--error'].filter(Boolean).join(' ');
}

export function Hint({ id, className, children }: { id: string; className?: string; children: ReactNode }) {
  return (
    <div id={id} className={['govuk-hint', className].filter(Boolean).join(' ')}>
      {children}
    </div>
  );
}

/** A field's message, worded as in the error summary, after a hidden "Error:" for screen readers. */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  const { errorPrefix } = useGovukText();
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">{errorPrefix}</span> {children}
    </p>
  );
}
