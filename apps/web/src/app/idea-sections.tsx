import type { ReactNode } from 'react';
import { IdeaSectionsContext, type IdeaSection } from '../ideas/idea-extensions';

/**
 * The sections other features add to the idea page, in page order. Each feature exports its
 * section component; this list is the one place that puts them together.
 */
const SECTIONS: readonly IdeaSection[] = [];

export function IdeaSectionsProvider({ children }: { children: ReactNode }) {
  return <IdeaSectionsContext.Provider value={SECTIONS}>{children}</IdeaSectionsContext.Provider>;
}
