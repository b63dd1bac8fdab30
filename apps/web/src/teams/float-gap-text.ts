import { useTranslation } from 'react-i18next';
import type { IdeaTeamQuery } from '../generated/graphql';
import { teamsEn } from './teams.i18n';

type Gap = NonNullable<IdeaTeamQuery['idea']>['floatReadiness']['gaps'][number];

const isSection = (section: string): section is keyof typeof teamsEn.readiness.gaps.sections =>
  Object.hasOwn(teamsEn.readiness.gaps.sections, section);

/** What is still missing before floating, in the page's language; an unknown gap falls back to the API's English. */
export function useFloatGapText(): (gap: Gap, english: string | undefined) => string {
  const { t } = useTranslation('teams', { keyPrefix: 'readiness.gaps' });
  return (gap, english) => {
    if (gap.kind === 'TEAM_MEMBERS') return t('teamMembers', { count: gap.count ?? 0, needed: gap.needed ?? 0 });
    if (gap.kind === 'BUSINESS_CASE') return t('businessCase');
    if (gap.kind === 'CASE_SECTION' && gap.section && isSection(gap.section)) {
      return t('caseSection', { section: t(`sections.${gap.section}`), minLength: gap.minLength ?? 0 });
    }
    return english ?? gap.kind;
  };
}
