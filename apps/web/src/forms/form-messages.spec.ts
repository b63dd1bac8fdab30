import { describe, expect, it } from '@jest/globals';
import { NO_ERRORS, type FormErrors } from './form-errors';
import { withConfirmation, withErrors, type MessagesState } from './form-messages';

const PROBLEM: FormErrors = [{ fieldId: 'comment', message: 'Enter a comment.' }];
const CONFIRMED: MessagesState = { errors: NO_ERRORS, confirmation: 'Your comment has been posted.' };

describe("a page's shared messages", () => {
  it('take the banner away when a form fails', () => {
    expect(withErrors(CONFIRMED, PROBLEM)).toEqual({ errors: PROBLEM, confirmation: null });
  });

  it('keep the banner when a form that succeeded empties the summary after confirming', () => {
    const confirmed = withConfirmation('Your report has been sent.');
    expect(withErrors(confirmed, NO_ERRORS)).toBe(confirmed);
    expect(confirmed).toEqual({ errors: NO_ERRORS, confirmation: 'Your report has been sent.' });
  });

  it('empty the summary when something is confirmed', () => {
    expect(withConfirmation('Done.')).toEqual({ errors: NO_ERRORS, confirmation: 'Done.' });
  });

  it('apply a change to the current errors, keeping the banner once none are left', () => {
    const failed = withErrors({ errors: NO_ERRORS, confirmation: null }, PROBLEM);
    const cleared = withErrors(failed, (shown) => shown.filter((error) => error.fieldId !== 'comment'));
    expect(cleared).toEqual({ errors: [], confirmation: null });
  });
});
