import { describedBy, ErrorMessage, fieldMessageIds, formGroupClass, Hint } from './field-parts';
import { FieldsetWithLegend, type LegendProps } from './fieldset';
import { useGovukText } from './govuk-text';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

const PARTS: ReadonlyArray<{ part: DatePart; width: string; autoComplete: string }> = [
  { part: 'day', width: 'govuk-input--width-2', autoComplete: 'bday-day' },
  { part: 'month', width: 'govuk-input--width-2', autoComplete: 'bday-month' },
  { part: 'year', width: 'govuk-input--width-4', autoComplete: 'bday-year' },
];

/** The id of one part's input, such as "closes-day": an error summary links to the first part in error. */
export const datePartId = (id: string, part: DatePart) => `${id}-${part}`;

interface DateInputProps extends LegendProps {
  id: string;
  hint?: string;
  error?: string;
  /** The parts the error is about, highlighted; all three when absent. */
  errorParts?: readonly DatePart[];
  value: DateParts;
  onChange(value: DateParts): void;
  /** For a date of birth, so browsers can fill it in; off otherwise. */
  birthday?: boolean;
}

export function DateInput({
  id,
  legend,
  legendSize,
  isPageHeading,
  hint,
  error,
  errorParts,
  value,
  onChange,
  birthday = false,
}: DateInputProps) {
  const { date } = useGovukText();
  const { hintId, errorId } = fieldMessageIds(id, hint, error);
  const inError = (part: DatePart) => Boolean(error) && (errorParts ?? ['day', 'month', 'year']).includes(part);
  return (
    <div className={formGroupClass(error)}>
      <FieldsetWithLegend
        legend={legend}
        legendSize={legendSize}
        isPageHeading={isPageHeading}
        role="group"
        describedBy={describedBy(hintId, errorId)}
      >
        {hintId && <Hint id={hintId}>{hint}</Hint>}
        {errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <div className="govuk-date-input" id={id}>
          {PARTS.map(({ part, width, autoComplete }) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={datePartId(id, part)}>
                  {date[part]}
                </label>
                <input
                  className={['govuk-input', 'govuk-date-input__input', width, inError(part) && 'govuk-input--error']
                    .filter(Boolean)
                    .join(' ')}
                  id={datePartId(id, part)}
                  name={datePartId(id, part)}
                  type="text"
                  inputMode="numeric"
                  autoComplete={birthday ? autoComplete : 'off'}
                  value={value[part]}
                  onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </FieldsetWithLegend>
    </div>
  );
}
