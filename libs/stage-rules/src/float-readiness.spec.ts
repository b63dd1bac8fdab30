import { floatReadiness, MIN_SECTION_LENGTH } from './float-readiness';

const written = 'x'.repeat(MIN_SECTION_LENGTH);
const completeCase = { problem: written, proposal: written, benefits: written, risks: written, measuresOfSuccess: written };

describe('float readiness', () => {
  it('is ready with a full team and every section written', () => {
    expect(floatReadiness({ teamSize: 3, minTeamSize: 3, businessCase: completeCase })).toEqual({ ready: true, missing: [], gaps: [] });
  });

  it('says how many members are missing and that there is no case yet', () => {
    expect(floatReadiness({ teamSize: 1, minTeamSize: 3, businessCase: null })).toEqual({
      ready: false,
      missing: ['2 more team members (the team needs 3, lead included)', 'a business case'],
      gaps: [{ kind: 'TEAM_MEMBERS', count: 2, needed: 3 }, { kind: 'BUSINESS_CASE' }],
    });
  });

  it('names each section that is still too short, ignoring surrounding spaces', () => {
    const draft = { ...completeCase, risks: `  ${'x'.repeat(MIN_SECTION_LENGTH - 1)}  `, benefits: '' };
    const readiness = floatReadiness({ teamSize: 4, minTeamSize: 3, businessCase: draft });
    expect(readiness.missing).toEqual([
      `the benefits in the business case (at least ${MIN_SECTION_LENGTH} characters)`,
      `the risks in the business case (at least ${MIN_SECTION_LENGTH} characters)`,
    ]);
    expect(readiness.gaps).toEqual([
      { kind: 'CASE_SECTION', section: 'benefits', minLength: MIN_SECTION_LENGTH },
      { kind: 'CASE_SECTION', section: 'risks', minLength: MIN_SECTION_LENGTH },
    ]);
  });
});
