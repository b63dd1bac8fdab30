/** Skills as typed ("Data analysis, procurement,") as a list: trimmed, without empties or repeats. */
export function skillsFrom(typed: string): string[] {
  const seen = new Set<string>();
  const skills: string[] = [];
  for (const part of typed.split(/[,\n]/)) {
    const skill = part.trim().replace(/\s+/g, ' ');
    if (skill === '' || seen.has(skill.toLowerCase())) continue;
    seen.add(skill.toLowerCase());
    skills.push(skill);
  }
  return skills;
}

export type ProfileProblem =
  'displayNameMissing' | 'displayNameTooLong' | 'departmentTooLong' | 'tooManySkills' | 'skillTooLong' | 'bioTooLong';

export interface ProfileValues {
  displayName: string;
  department: string;
  skills: string;
  bio: string;
}

/** The API's limits, checked before sending: each field's first problem, in field order. */
export function profileProblems(values: ProfileValues): Array<{ field: keyof ProfileValues; problem: ProfileProblem }> {
  const problems: Array<{ field: keyof ProfileValues; problem: ProfileProblem }> = [];
  const name = values.displayName.trim();
  if (name === '') problems.push({ field: 'displayName', problem: 'displayNameMissing' });
  else if (name.length > 80) problems.push({ field: 'displayName', problem: 'displayNameTooLong' });
  if (values.department.trim().length > 100) problems.push({ field: 'department', problem: 'departmentTooLong' });
  const skills = skillsFrom(values.skills);
  if (skills.length > 20) problems.push({ field: 'skills', problem: 'tooManySkills' });
  else if (skills.some((skill) => skill.length > 40)) problems.push({ field: 'skills', problem: 'skillTooLong' });
  if (values.bio.length > 2000) problems.push({ field: 'bio', problem: 'bioTooLong' });
  return problems;
}
