import { createContext, useContext } from 'react';
import type { FormMessages } from '../forms/form-messages';

/**
 * The idea page holds several small forms (support, comment, reply, report). Whichever one fails
 * fills the page's one error summary; whichever succeeds says so in the page's success banner.
 */
export const IdeaPageMessagesContext = createContext<FormMessages | null>(null);

export function useIdeaPageMessages(): FormMessages {
  const messages = useContext(IdeaPageMessagesContext);
  if (!messages) throw new Error('useIdeaPageMessages() is only for parts of the idea page');
  return messages;
}
