import type { Catalogue, Translation } from './catalogue';
import { marketCy } from '../market/market.i18n';
import { boardCy } from '../board/board.i18n';
import { impactCy } from '../impact/impact.i18n';
import { outcomeMarketsCy } from '../outcome-markets/outcome-markets.i18n';
import { peopleCy } from '../people/people.i18n';
import { teamsCy } from '../teams/teams.i18n';
import { challengesCy } from '../challenges/challenges.i18n';
import { ideasCy } from '../ideas/ideas.i18n';
import { moderationCy } from '../moderation/moderation.i18n';
import { integrationsCy } from '../admin/integrations.i18n';
import { leaderboardsCy } from '../leaderboards/leaderboards.i18n';
import { recruitmentCy } from '../recruitment/recruitment.i18n';
import { adminCy } from '../admin/admin.i18n';
import { analyticsCy } from '../admin/analytics/analytics.i18n';
import { operatorCy } from '../operator/operator.i18n';
import { cyFirstScreen } from './cy-first-screen';

/** The Welsh (Cymraeg) catalogue: the same keys as English, in the same namespaces. */
export const cy: Translation<Catalogue> = {
  ...cyFirstScreen,
  market: marketCy,
  board: boardCy,
  impact: impactCy,
  outcomeMarkets: outcomeMarketsCy,
  people: peopleCy,
  teams: teamsCy,
  ideas: ideasCy,
  challenges: challengesCy,
  moderation: moderationCy,
  integrations: integrationsCy,
  leaderboards: leaderboardsCy,
  recruitment: recruitmentCy,
  admin: adminCy,
  analytics: analyticsCy,
  operator: operatorCy,
};
