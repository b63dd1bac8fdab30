import { createContext, useContext, type ReactNode } from 'react';
import type { IdeaStage } from '../generated/graphql';

/** What other features need to know to add a section to the idea page. */
export interface IdeaSectionProps {
  ideaId: string;
  stage: IdeaStage;
  authorId: string;
}

export interface IdeaSection {
  key: string;
  /** 'lead': beside the idea at desktop width and straight after its title on a phone (the market). */
  place?: 'lead';
  render(props: IdeaSectionProps): ReactNode;
}

/**
 * The idea page shows its own content, then each section other features add (market, team,
 * business case, decision). app/ provides the list, so features never import each other.
 */
export const IdeaSectionsContext = createContext<readonly IdeaSection[]>([]);

export function useIdeaSections(): readonly IdeaSection[] {
  return useContext(IdeaSectionsContext);
}
