import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../components/govuk/button';
import { Textarea } from '../components/govuk/textarea';
import { useErrorWording } from '../forms/error-wording';
import { errorFor, formErrorsFrom } from '../forms/form-errors';
import { useIdeaPageMessages } from './idea-page-messages';

interface TextActionFormProps {
  /** The textarea's id, which the error summary links to. */
  id: string;
  label: string;
  hint?: string;
  /** The API's name for the field (body, reason), so its BAD_USER_INPUT lands beside it. */
  apiField: string;
  initial?: string;
  /** Said when the box is empty. */
  missing: string;
  submitText: string;
  submitVariant?: 'primary' | 'secondary' | 'warning';
  characterLimit?: number;
  rows?: number;
  /** Sends the text; the form clears when it resolves. */
  onSubmit(text: string): Promise<void>;
  /** Shown as a link-like button beside the submit button. */
  cancel?: { text: string; onCancel(): void };
  children?: ReactNode;
}

/**
 * One box of text and a button, for the idea page's small forms (a comment, a reply, a report's
 * reason): problems go to the page's error summary and beside the box, worded the same.
 */
export function TextActionForm({
  id,
  label,
  hint,
  apiField,
  initial = '',
  missing,
  submitText,
  submitVariant = 'primary',
  characterLimit,
  rows = 4,
  onSubmit,
  cancel,
  children,
}: TextActionFormProps) {
  const [text, setText] = useState(initial);
  const [sending, setSending] = useState(false);
  const { errors, showErrors } = useIdeaPageMessages();
  const wording = useErrorWording();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    if (text.trim() === '') {
      showErrors([{ fieldId: id, message: missing }]);
      return;
    }
    setSending(true);
    try {
      await onSubmit(text.trim());
      setText('');
    } catch (error) {
      showErrors(formErrorsFrom(error, { [apiField]: id }, wording));
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="app-text-action-form">
      {children}
      <Textarea
        id={id}
        label={label}
        hint={hint}
        error={errorFor(errors, id)}
        value={text}
        rows={rows}
        characterLimit={characterLimit}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="govuk-button-group">
        <Button variant={submitVariant} aria-disabled={sending}>
          {submitText}
        </Button>
        {cancel && (
          <button type="button" className="govuk-link app-link-button" onClick={cancel.onCancel}>
            {cancel.text}
          </button>
        )}
      </div>
    </form>
  );
}
