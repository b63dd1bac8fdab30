import { createContext, useContext } from 'react';
import type { FormErrors } from '../forms/form-errors';

/**
 * The idea page holds several small forms (support, comment, reply, report). Whichever one fails
 * fills the page's one error summary; whichever succeeds says so in the page's success banner.
 */
export interface IdeaPageMessages {
  errors: FormErrors;
  showErrors(errors: FormErrors): void;
  /** Clears any errors and confirms what was done. */
  confirm(message: string): void;
}

export const IdeaPageMessagesContext = createContext<IdeaPageMessages | null>(null);

export function useIdeaPageMessages(): IdeaPageMessages {
  const messages = useContext(IdeaPageMessagesContext);
  if (!messages) throw new Error('useIdeaPageMessages() is only for parts of the idea page');
  return messages;
}
