import type { ReactNode } from 'react';
import { describedBy, ErrorMessage, fieldMessageIds, formGroupClass, Hint } from './field-parts';
import { FieldsetWithLegend, type LegendProps } from './fieldset';

export interface ChoiceItem {
  value: string;
  text: string;
  hint?: string;
}

/** What radios and checkboxes share: a fieldset of options under one question. */
export interface ChoicesProps extends LegendProps {
  /** The group's name, and the id of its first option, which the error summary links to. */
  id: string;
  hint?: string;
  error?: string;
  items: readonly ChoiceItem[];
  small?: boolean;
}

/** The first option takes the group's id, so an error summary link to the group lands on it. */
export const choiceId = (groupId: string, index: number) => (index === 0 ? groupId : `${groupId}-${index + 1}`);

interface ChoiceGroupProps extends ChoicesProps {
  kind: 'radios' | 'checkboxes';
  inline?: boolean;
  renderInput(item: ChoiceItem, inputId: string, hintId: string | undefined): ReactNode;
}

export function ChoiceGroup({
  kind,
  id,
  legend,
  legendSize,
  isPageHeading,
  hint,
  error,
  items,
  small,
  inline,
  renderInput,
}: ChoiceGroupProps) {
  const { hintId, errorId } = fieldMessageIds(id, hint, error);
  const listClass = ['govuk-' + kind, inline && `govuk-${kind}--inline`, small && `govuk-${kind}--small`].filter(Boolean).join(' ');
  return (
    <div className={formGroupClass(error)}>
      <FieldsetWithLegend legend={legend} legendSize={legendSize} isPageHeading={isPageHeading} describedBy={describedBy(hintId, errorId)}>
        {hintId && <Hint id={hintId}>{hint}</Hint>}
        {errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <div className={listClass}>
          {items.map((item, index) => {
            const inputId = choiceId(id, index);
            const itemHintId = item.hint ? `${inputId}-item-hint` : undefined;
            return (
              <div className={`govuk-${kind}__item`} key={item.value}>
                {renderInput(item, inputId, itemHintId)}
                <label className={`govuk-label govuk-${kind}__label`} htmlFor={inputId}>
                  {item.text}
                </label>
                {itemHintId && (
                  <Hint id={itemHintId} className={`govuk-${kind}__hint`}>
                    {item.hint}
                  </Hint>
                )}
              </div>
            );
          })}
        </div>
      </FieldsetWithLegend>
    </div>
  );
}
