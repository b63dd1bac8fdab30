/** What a team needs before its lead can float the idea on the market. */
export interface BusinessCaseDraft {
  problem: string;
  proposal: string;
  benefits: string;
  risks: string;
  measuresOfSuccess: string;
}

/** One thing still missing, as values a reader words in their own language. */
export type FloatGap =
  | { kind: 'TEAM_MEMBERS'; count: number; needed: number }
  | { kind: 'BUSINESS_CASE' }
  | { kind: 'CASE_SECTION'; section: keyof BusinessCaseDraft; minLength: number };

export interface FloatReadiness {
  ready: boolean;
  /** What is still missing, in English words a team can act on. */
  missing: string[];
  /** The same, one gap for each line of `missing`. */
  gaps: FloatGap[];
}

/** A section counts as written once it says something: at least this many characters. */
export const MIN_SECTION_LENGTH = 20;

const SECTIONS: Array<[keyof BusinessCaseDraft, string]> = [
  ['problem', 'the problem'],
  ['proposal', 'the proposal'],
  ['benefits', 'the benefits'],
  ['risks', 'the risks'],
  ['measuresOfSuccess', 'the measures of success'],
];

export function floatReadiness(input: { teamSize: number; minTeamSize: number; businessCase: BusinessCaseDraft | null }): FloatReadiness {
  const missing: string[] = [];
  const gaps: FloatGap[] = [];
  const short = input.minTeamSize - input.teamSize;
  if (short > 0) {
    missing.push(`${short} more team member${short === 1 ? '' : 's'} (the team needs ${input.minTeamSize}, lead included)`);
    gaps.push({ kind: 'TEAM_MEMBERS', count: short, needed: input.minTeamSize });
  }
  if (!input.businessCase) {
    missing.push('a business case');
    gaps.push({ kind: 'BUSINESS_CASE' });
  } else {
    for (const [field, label] of SECTIONS) {
      if (input.businessCase[field].trim().length < MIN_SECTION_LENGTH) {
        missing.push(`${label} in the business case (at least ${MIN_SECTION_LENGTH} characters)`);
        gaps.push({ kind: 'CASE_SECTION', section: field, minLength: MIN_SECTION_LENGTH });
      }
    }
  }
  return { ready: missing.length === 0, missing, gaps };
}
