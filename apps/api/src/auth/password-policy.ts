import type { FieldProblem } from '../common/errors/domain-error';

const COMMON = new Set([
  'password',
  'password1',
  'password12',
  'password123',
  'passw0rd',
  '1234567890',
  '12345678910',
  'qwertyuiop',
  'letmein123',
  'welcome123',
  'iloveyou12',
  'changeme123',
  'administrator',
  'abcdefghij',
  'qwerty1234',
  '1q2w3e4r5t',
  'football12',
  'sunshine12',
  'monkey1234',
  'dragon1234',
]);

/** Length first (NCSC advice: long passphrases beat composition rules), then the obvious guesses. */
export function passwordProblems(password: string, email: string): FieldProblem[] {
  const problem = (message: string) => [{ field: 'password', message }];
  if (password.length < 10) return problem('Password must be at least 10 characters.');
  if (password.length > 200) return problem('Password must be 200 characters or fewer.');
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return problem('Password is too common; choose three random words, for example.');
  if (new Set(lower).size < 4) return problem('Password must use at least 4 different characters.');
  const localPart = email.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= 4 && lower.includes(localPart)) return problem('Password must not contain your e-mail address.');
  return [];
}
