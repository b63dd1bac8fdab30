import { lazy, type ReactNode } from 'react';
import type { IdeaStage } from '../generated/graphql';
import { IdeaSectionsContext, type IdeaSection } from '../ideas/idea-extensions';

// Each feature's section loads with the first idea page, not with the app.
const sectionModules = {
  decision: () => import('../board/decision-section'),
  impact: () => import('../impact/impact-section'),
  market: () => import('../market/market-section'),
  businessCase: () => import('../teams/business-case-section'),
  team: () => import('../teams/team-section'),
  outcomeMarkets: () => import('../outcome-markets/outcome-markets-section'),
};
const DecisionSection = lazy(() => sectionModules.decision().then(({ DecisionSection }) => ({ default: DecisionSection })));
const ImpactSection = lazy(() => sectionModules.impact().then(({ ImpactSection }) => ({ default: ImpactSection })));
const MarketSection = lazy(() => sectionModules.market().then(({ MarketSection }) => ({ default: MarketSection })));
const BusinessCaseSection = lazy(() => sectionModules.businessCase().then(({ BusinessCaseSection }) => ({ default: BusinessCaseSection })));
const TeamSection = lazy(() => sectionModules.team().then(({ TeamSection }) => ({ default: TeamSection })));
const OutcomeMarketsSection = lazy(() =>
  sectionModules.outcomeMarkets().then(({ OutcomeMarketsSection }) => ({ default: OutcomeMarketsSection })),
);

/** Fetches every section's code alongside the idea page's own, instead of after it renders. */
export async function preloadIdeaSections(): Promise<void> {
  await Promise.all(Object.values(sectionModules).map((load) => load()));
}

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
  { key: 'business-case', render: ({ ideaId, stage }) => <BusinessCaseSection ideaId={ideaId} stage={stage} /> },
  { key: 'team', render: ({ ideaId, stage }) => <TeamSection ideaId={ideaId} stage={stage} /> },
  { key: 'market', place: 'lead', render: ({ ideaId, stage }) => (MARKET_STAGES.has(stage) ? <MarketSection ideaId={ideaId} /> : null) },
  { key: 'outcome-markets', render: ({ ideaId, stage }) => <OutcomeMarketsSection ideaId={ideaId} stage={stage} /> },
];

export function IdeaSectionsProvider({ children }: { children: ReactNode }) {
  return <IdeaSectionsContext.Provider value={SECTIONS}>{children}</IdeaSectionsContext.Provider>;
}
