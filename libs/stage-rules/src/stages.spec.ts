import { acceptsEngagement, canMove, canWithdraw, isEditable, nextStages, STAGES } from './stages';

describe('stage transitions', () => {
  it('moves an idea forward along the lifecycle', () => {
    expect(canMove('BUZZ', 'TEAMING')).toBe(true);
    expect(canMove('TEAMING', 'INVESTMENT')).toBe(true);
    expect(canMove('INVESTMENT', 'IMPLEMENTED')).toBe(true);
    expect(canMove('INVESTMENT', 'REJECTED')).toBe(true);
  });

  it('never skips a stage or goes backwards', () => {
    expect(canMove('BUZZ', 'INVESTMENT')).toBe(false);
    expect(canMove('TEAMING', 'BUZZ')).toBe(false);
    expect(canMove('INVESTMENT', 'TEAMING')).toBe(false);
    expect(canMove('BUZZ', 'BUZZ')).toBe(false);
  });

  it('treats implemented, rejected and archived as final', () => {
    for (const final of ['IMPLEMENTED', 'REJECTED', 'ARCHIVED'] as const) {
      expect(nextStages(final)).toEqual([]);
      for (const to of STAGES) expect(canMove(final, to)).toBe(false);
    }
  });

  it('lets the author edit only in BUZZ and withdraw only before the idea is floated', () => {
    expect(STAGES.filter(isEditable)).toEqual(['BUZZ']);
    expect(STAGES.filter(canWithdraw)).toEqual(['BUZZ', 'TEAMING']);
  });

  it('closes support and comments on archived and rejected ideas', () => {
    expect(STAGES.filter((stage) => !acceptsEngagement(stage))).toEqual(['REJECTED', 'ARCHIVED']);
  });
});
