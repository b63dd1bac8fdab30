import { useMemo, useState } from 'react';
import { withConfirmation, withErrors, type FormMessages, type MessagesState } from './form-messages';
import { NO_ERRORS } from './form-errors';

/**
 * The messages several forms of one page share (see FormMessages); `confirmation` is what the
 * page opens with, such as what was just done on the page before.
 */
export function useFormMessages(confirmation: () => string | null = () => null): FormMessages {
  const [state, setState] = useState<MessagesState>(() => ({ errors: NO_ERRORS, confirmation: confirmation() }));
  // The setters keep their identity, so forms may hold on to them.
  const [setters] = useState(() => ({
    setErrors: (next: Parameters<FormMessages['setErrors']>[0]) => setState((current) => withErrors(current, next)),
    confirm: (message: string) => setState(withConfirmation(message)),
  }));
  return useMemo(() => ({ ...state, ...setters }), [state, setters]);
}
