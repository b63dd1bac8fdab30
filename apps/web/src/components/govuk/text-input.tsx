import type { InputHTMLAttributes } from 'react';
import { describedBy, ErrorMessage, formGroupClass, Hint } from './field-parts';

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
  return (
    <div className={formGroupClass(error)}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hintId && <Hint id={hintId}>{hint}</Hint>}
      {errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <input
        id={id}
        name={id}
        type={type}
        className={['govuk-input', widthClass, error && 'govuk-input--error'].filter(Boolean).join(' ')}
        aria-describedby={describedBy(hintId, errorId)}
        {...input}
      />
    </div>
  );
}
