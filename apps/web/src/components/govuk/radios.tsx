import { ChoiceGroup, type ChoicesProps } from './choices';

interface RadiosProps extends ChoicesProps {
  /** The chosen value; null before anything is chosen. */
  value: string | null;
  onChange(value: string): void;
  /** Side by side, for two short options such as Yes and No. */
  inline?: boolean;
}

export function Radios({ value, onChange, ...group }: RadiosProps) {
  return (
    <ChoiceGroup
      kind="radios"
      {...group}
      renderInput={(item, inputId, hintId) => (
        <input
          className="govuk-radios__input"
          id={inputId}
          name={group.id}
          type="radio"
          value={item.value}
          checked={value === item.value}
          onChange={() => onChange(item.value)}
          aria-describedby={hintId}
        />
      )}
    />
  );
}
