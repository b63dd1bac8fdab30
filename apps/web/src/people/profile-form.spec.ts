import { describe, expect, it } from '@jest/globals';
import { profileProblems, skillsFrom } from './profile-form';

describe('the profile form', () => {
  it('reads skills separated by commas, without empties or repeats', () => {
    expect(skillsFrom(' Data analysis, procurement,, data  analysis ,\nUser research ')).toEqual([
      'Data analysis',
      'procurement',
      'User research',
    ]);
    expect(skillsFrom('')).toEqual([]);
  });

  it('finds each field’s first problem, in field order', () => {
    const fine = { displayName: 'Ada', department: 'Finance', skills: 'budgeting', bio: '' };
    expect(profileProblems(fine)).toEqual([]);
    expect(
      profileProblems({ displayName: '  ', department: 'x'.repeat(101), skills: `ok, ${'y'.repeat(41)}`, bio: 'z'.repeat(2001) }),
    ).toEqual([
      { field: 'displayName', problem: 'displayNameMissing' },
      { field: 'department', problem: 'departmentTooLong' },
      { field: 'skills', problem: 'skillTooLong' },
      { field: 'bio', problem: 'bioTooLong' },
    ]);
    expect(profileProblems({ ...fine, skills: Array.from({ length: 21 }, (_, i) => `s${i}`).join(',') })).toEqual([
      { field: 'skills', problem: 'tooManySkills' },
    ]);
  });
});
