import { useEffect, useState, type TextareaHTMLAttributes } from 'react';
import { describedBy, FieldLabel, fieldMessageIds, formGroupClass } from './field-parts';
import { useGovukText } from './govuk-text';

// How long typing must pause before screen readers hear the count, so they are not told every key.
const ANNOUNCE_AFTER_MS = 1000;

interface TextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className' | 'value' | 'maxLength'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  /**
   * Shows GOV.UK's character count: the limit, then how many characters are left or how many too
   * many. Typing past the limit is allowed, as GOV.UK advises; the form's check refuses it.
   */
  characterLimit?: number;
}

function CharacterCount({ id, length, limit }: { id: string; length: number; limit: number }) {
  const { characterCount } = useGovukText();
  const left = limit - length;
  const status = left >= 0 ? characterCount.remaining(left) : characterCount.over(-left);
  const [announced, setAnnounced] = useState(status);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(status), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <>
      <div id={`${id}-info`} className="govuk-hint govuk-character-count__message govuk-visually-hidden">
        {characterCount.limit(limit)}
      </div>
      <div
        className={`govuk-character-count__message govuk-character-count__status ${left >= 0 ? 'govuk-hint' : 'govuk-error-message'}`}
        aria-hidden="true"
      >
        {status}
      </div>
      <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
        {announced}
      </div>
    </>
  );
}

export function Textarea({ id, label, hint, error, value, characterLimit, rows = 5, ...textarea }: TextareaProps) {
  const { hintId, errorId } = fieldMessageIds(id, hint, error);
  const infoId = characterLimit !== undefined ? `${id}-info` : undefined;
  const overLimit = characterLimit !== undefined && value.length > characterLimit;
  return (
    <div className={formGroupClass(error, characterLimit !== undefined ? 'govuk-character-count' : undefined)}>
      <FieldLabel id={id} label={label} hint={hint} error={error} />
      <textarea
        id={id}
        name={id}
        rows={rows}
        className={['govuk-textarea', (error || overLimit) && 'govuk-textarea--error'].filter(Boolean).join(' ')}
        aria-describedby={describedBy(hintId, errorId, infoId)}
        value={value}
        {...textarea}
      />
      {characterLimit !== undefined && <CharacterCount id={id} length={value.length} limit={characterLimit} />}
    </div>
  );
}
