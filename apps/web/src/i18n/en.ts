import { enFirstScreen } from './en-first-screen';
import { marketEn } from '../market/market.i18n';
import { boardEn } from '../board/board.i18n';
import { impactEn } from '../impact/impact.i18n';
import { outcomeMarketsEn } from '../outcome-markets/outcome-markets.i18n';
import { peopleEn } from '../people/people.i18n';
import { teamsEn } from '../teams/teams.i18n';
import { ideasEn } from '../ideas/ideas.i18n';
import { challengesEn } from '../challenges/challenges.i18n';
import { moderationEn } from '../moderation/moderation.i18n';
import { integrationsEn } from '../admin/integrations.i18n';
import { leaderboardsEn } from '../leaderboards/leaderboards.i18n';
import { recruitmentEn } from '../recruitment/recruitment.i18n';
import { adminEn } from '../admin/admin.i18n';
import { analyticsEn } from '../admin/analytics/analytics.i18n';
import { operatorEn } from '../operator/operator.i18n';

/**
 * The English catalogue: one namespace per feature, keys in the words of the domain.
 * Plurals follow i18next: `key_one` and `key_other`, chosen by the `count` value.
 * Links inside a sentence are named tags, such as <signUpLink>…</signUpLink>, filled in by <Trans>.
 */
export const en = {
  ...enFirstScreen,
  market: marketEn,
  board: boardEn,
  impact: impactEn,
  outcomeMarkets: outcomeMarketsEn,
  people: peopleEn,
  teams: teamsEn,
  ideas: ideasEn,
  challenges: challengesEn,
  moderation: moderationEn,
  integrations: integrationsEn,
  leaderboards: leaderboardsEn,
  recruitment: recruitmentEn,
  admin: adminEn,
  analytics: analyticsEn,
  operator: operatorEn,
};
