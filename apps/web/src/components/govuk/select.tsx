import type { SelectHTMLAttributes } from 'react';
import { describedBy, FieldLabel, fieldMessageIds, formGroupClass } from './field-parts';

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
  const { hintId, errorId } = fieldMessageIds(id, hint, error);
  return (
    <div className={formGroupClass(error)}>
      <FieldLabel id={id} label={label} hint={hint} error={error} />
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
