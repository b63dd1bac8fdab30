import type { InputHTMLAttributes } from 'react';

interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** A GOV.UK width class such as 'govuk-input--width-20'; full width when absent. */
  widthClass?: string;
}

export function TextInput({ id, label, hint, error, widthClass, type = 'text', ...input }: TextInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        id={id}
        name={id}
        type={type}
        className={['govuk-input', widthClass, error && 'govuk-input--error'].filter(Boolean).join(' ')}
        aria-describedby={describedBy}
        {...input}
      />
    </div>
  );
}
