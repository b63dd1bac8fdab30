import type { SelectHTMLAttributes } from 'react';
import { describedBy, ErrorMessage, formGroupClass, Hint } from './field-parts';

export interface SelectOption {
  value: string;
  text: string;
  disabled?: boolean;
}

interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'children'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly SelectOption[];
}

export function Select({ id, label, hint, error, options, ...select }: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={formGroupClass(error)}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hintId && <Hint id={hintId}>{hint}</Hint>}
      {errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <select
        id={id}
        name={id}
        className={['govuk-select', error && 'govuk-select--error'].filter(Boolean).join(' ')}
        aria-describedby={describedBy(hintId, errorId)}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
