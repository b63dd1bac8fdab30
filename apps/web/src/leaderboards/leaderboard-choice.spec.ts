import { describe, expect, it } from '@jest/globals';
import { choiceFrom, searchFor } from './leaderboard-choice';

describe('leaderboard choice', () => {
  it('defaults to innovators of all time', () => {
    expect(choiceFrom(new URLSearchParams(''))).toEqual({ kind: 'INNOVATORS', period: 'ALL_TIME' });
  });

  it('reads back what it writes', () => {
    const choice = { kind: 'TRADERS', period: 'WEEK' } as const;
    expect(choiceFrom(new URLSearchParams(searchFor(choice)))).toEqual(choice);
  });

  it('ignores unknown values', () => {
    expect(choiceFrom(new URLSearchParams('?board=nope&period=month'))).toEqual({ kind: 'INNOVATORS', period: 'MONTH' });
  });
});
