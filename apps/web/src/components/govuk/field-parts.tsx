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

/** The ids of a field's hint and error, where it has them: `<id>-hint` and `<id>-error`. */
export function fieldMessageIds(id: string, hint: string | undefined, error: string | undefined) {
  return { hintId: hint ? `${id}-hint` : undefined, errorId: error ? `${id}-error` : undefined };
}

/** What stands above a single control: its label, then its hint and its error (with fieldMessageIds' ids). */
export function FieldLabel({ id, label, hint, error }: { id: string; label: string; hint?: string; error?: string }) {
  const { hintId, errorId } = fieldMessageIds(id, hint, error);
  return (
    <>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hintId && <Hint id={hintId}>{hint}</Hint>}
      {errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
    </>
  );
}
