import type { InputHTMLAttributes } from 'react';
import { describedBy, FieldLabel, fieldMessageIds, formGroupClass } from './field-parts';

interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** A GOV.UK width class such as 'govuk-input--width-20'; full width when absent. */
  widthClass?: string;
}

export function TextInput({ id, label, hint, error, widthClass, type = 'text', ...input }: TextInputProps) {
  const { hintId, errorId } = fieldMessageIds(id, hint, error);
  return (
    <div className={formGroupClass(error)}>
      <FieldLabel id={id} label={label} hint={hint} error={error} />
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
