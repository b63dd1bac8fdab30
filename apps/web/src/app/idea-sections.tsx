import type { ReactNode } from 'react';
import type { IdeaStage } from '../generated/graphql';
import { DecisionSection } from '../board/decision-section';
import { ImpactSection } from '../impact/impact-section';
import { IdeaSectionsContext, type IdeaSection } from '../ideas/idea-extensions';
import { MarketSection } from '../market/market-section';
import { OutcomeMarketsSection } from '../outcome-markets/outcome-markets-section';
import { BusinessCaseSection } from '../teams/business-case-section';
import { TeamSection } from '../teams/team-section';

/** Stages in which an idea has a market: open while the board decides, settled after. */
const MARKET_STAGES: ReadonlySet<IdeaStage> = new Set<IdeaStage>(['INVESTMENT', 'IMPLEMENTED', 'REJECTED']);

/**
 * The sections other features add to the idea page, in page order. Each feature exports its
 * section component; this list is the one place that puts them together.
 */
const SECTIONS: readonly IdeaSection[] = [
  // Once decided, the decision and what it changed come first; each section shows nothing in stages it has nothing for.
  { key: 'decision', render: ({ ideaId, stage }) => <DecisionSection ideaId={ideaId} stage={stage} /> },
  { key: 'impact', render: ({ ideaId, stage }) => <ImpactSection ideaId={ideaId} stage={stage} /> },
  { key: 'team', render: ({ ideaId, stage }) => <TeamSection ideaId={ideaId} stage={stage} /> },
  { key: 'business-case', render: ({ ideaId, stage }) => <BusinessCaseSection ideaId={ideaId} stage={stage} /> },
  { key: 'market', render: ({ ideaId, stage }) => (MARKET_STAGES.has(stage) ? <MarketSection ideaId={ideaId} /> : null) },
  { key: 'outcome-markets', render: ({ ideaId, stage }) => <OutcomeMarketsSection ideaId={ideaId} stage={stage} /> },
];

export function IdeaSectionsProvider({ children }: { children: ReactNode }) {
  return <IdeaSectionsContext.Provider value={SECTIONS}>{children}</IdeaSectionsContext.Provider>;
}
