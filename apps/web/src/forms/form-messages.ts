import type { Dispatch, SetStateAction } from 'react';
import { NO_ERRORS, type FormErrors } from './form-errors';

/** Where a form's errors are kept and shown: by default its own, or a summary it shares with others on the page. */
export interface ErrorsShown {
  errors: FormErrors;
  /** Must last as long as the page, as a state setter does: a form keeps the one it was first given. */
  setErrors: Dispatch<SetStateAction<FormErrors>>;
}

/**
 * One error summary and one success banner for the several small forms and buttons of a page:
 * whichever fails fills the summary and takes the banner away; whichever succeeds says so in the
 * banner and empties the summary.
 */
export interface FormMessages extends ErrorsShown {
  confirmation: string | null;
  confirm(message: string): void;
}

export interface MessagesState {
  errors: FormErrors;
  confirmation: string | null;
}

/** The page's messages once a form has shown `next` (a new list, or a change to the current one). */
export function withErrors(state: MessagesState, next: SetStateAction<FormErrors>): MessagesState {
  const errors = typeof next === 'function' ? next(state.errors) : next;
  if (errors === state.errors) return state;
  return { errors, confirmation: errors.length > 0 ? null : state.confirmation };
}

/** The page's messages once something has been done. */
export function withConfirmation(message: string): MessagesState {
  return { errors: NO_ERRORS, confirmation: message };
}
