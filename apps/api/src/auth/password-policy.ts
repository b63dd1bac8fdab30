import type { ErrorKey } from '@idea-exchange/wording';
import { fieldProblem, type FieldProblem } from '../common/errors/domain-error';

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
  const problem = (key: ErrorKey) => [fieldProblem('password', { key })];
  if (password.length < 10) return problem('PASSWORD_TOO_SHORT');
  if (password.length > 200) return problem('PASSWORD_TOO_LONG');
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return problem('PASSWORD_TOO_COMMON');
  if (new Set(lower).size < 4) return problem('PASSWORD_TOO_FEW_CHARACTERS');
  const localPart = email.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= 4 && lower.includes(localPart)) return problem('PASSWORD_CONTAINS_EMAIL');
  return [];
}
