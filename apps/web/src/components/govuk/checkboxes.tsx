import { ChoiceGroup, type ChoicesProps } from './choices';

interface CheckboxesProps extends ChoicesProps {
  /** The ticked values, in any order; onChange gives them in the order of the items. */
  values: readonly string[];
  onChange(values: string[]): void;
}

export function Checkboxes({ values, onChange, ...group }: CheckboxesProps) {
  const toggle = (value: string, ticked: boolean) =>
    onChange(group.items.map((item) => item.value).filter((v) => (v === value ? ticked : values.includes(v))));
  return (
    <ChoiceGroup
      kind="checkboxes"
      {...group}
      renderInput={(item, inputId, hintId) => (
        <input
          className="govuk-checkboxes__input"
          id={inputId}
          name={group.id}
          type="checkbox"
          value={item.value}
          checked={values.includes(item.value)}
          onChange={(event) => toggle(item.value, event.target.checked)}
          aria-describedby={hintId}
        />
      )}
    />
  );
}
