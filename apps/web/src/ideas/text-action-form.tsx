import type { ReactNode } from 'react';
import { Button } from '../components/govuk/button';
import { Textarea } from '../components/govuk/textarea';
import { NO_ERRORS } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
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
  const form = useForm({
    initial: { text: initial },
    fieldIds: { [apiField]: id },
    validate: ({ text }) => (text.trim() === '' ? [{ fieldId: id, message: missing }] : NO_ERRORS),
    shared: useIdeaPageMessages(),
  });

  const send = async ({ text }: { text: string }) => {
    await onSubmit(text.trim());
    form.setValue('text', '');
  };

  return (
    <form onSubmit={form.onSubmit(send)} noValidate className="app-text-action-form">
      {children}
      <Textarea
        id={id}
        label={label}
        hint={hint}
        error={form.errorFor(id)}
        value={form.values.text}
        rows={rows}
        characterLimit={characterLimit}
        onChange={(event) => form.setValue('text', event.target.value)}
      />
      <div className="govuk-button-group">
        <Button variant={submitVariant} aria-disabled={form.busy}>
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
