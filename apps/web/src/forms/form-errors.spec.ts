import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { emptyFieldErrors, formErrorsFrom, type ErrorWording } from './form-errors';

const FIELD_IDS = { displayName: 'display-name', email: 'email', password: 'password' };
const WORDING: ErrorWording = {
  somethingWentWrong: 'Something went wrong (our words).',
  rateLimited: (minutes) => `Wait ${minutes} minute(s) (our words).`,
};

const apiErrors = (...errors: Array<{ message: string; extensions?: Record<string, unknown> }>) => new CombinedGraphQLErrors({ errors });

describe('form errors from the API', () => {
  it('puts each field problem beside its field, in the order of the form', () => {
    const error = apiErrors({
      message: 'Password must be at least 10 characters. Enter your name.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'password', message: 'Password must be at least 10 characters.' },
          { field: 'displayName', message: 'Enter your name.' },
        ],
      },
    });

    expect(formErrorsFrom(error, FIELD_IDS, WORDING)).toEqual([
      { fieldId: 'display-name', message: 'Enter your name.' },
      { fieldId: 'password', message: 'Password must be at least 10 characters.' },
    ]);
  });

  it('keeps an error without a field of this form in the summary only', () => {
    const wrongCredentials = apiErrors({
      message: 'The e-mail address or password is not right.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const otherField = apiErrors({
      message: 'That short name is taken.',
      extensions: { code: 'CONFLICT', fields: [{ field: 'slug', message: 'x' }] },
    });

    expect(formErrorsFrom(wrongCredentials, FIELD_IDS, WORDING)).toEqual([{ message: 'The e-mail address or password is not right.' }]);
    expect(formErrorsFrom(otherField, FIELD_IDS, WORDING)).toEqual([{ message: 'That short name is taken.' }]);
  });

  it('shows one message per field when the API gives several', () => {
    const error = apiErrors({
      message: 'Two problems with the e-mail address.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'email', message: 'First.' },
          { field: 'email', message: 'Second.' },
        ],
      },
    });

    expect(formErrorsFrom(error, FIELD_IDS, WORDING)).toEqual([{ fieldId: 'email', message: 'First.' }]);
  });

  it('says something went wrong, in its own words and without details, when the API cannot be reached', () => {
    expect(formErrorsFrom(new TypeError('Failed to fetch'), FIELD_IDS, WORDING)).toEqual([
      { message: 'Something went wrong (our words).' },
    ]);
  });

  it('uses its own words for an internal error and for too many attempts, with the minutes to wait', () => {
    const internal = apiErrors({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const limited = apiErrors({
      message: 'Too many attempts. Try again in 2 minute(s).',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 61 },
    });
    const soon = apiErrors({
      message: 'Too many attempts. Try again in 1 minute(s).',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 5 },
    });

    expect(formErrorsFrom(internal, FIELD_IDS, WORDING)).toEqual([{ message: 'Something went wrong (our words).' }]);
    expect(formErrorsFrom(limited, FIELD_IDS, WORDING)).toEqual([{ message: 'Wait 2 minute(s) (our words).' }]);
    expect(formErrorsFrom(soon, FIELD_IDS, WORDING)).toEqual([{ message: 'Wait 1 minute(s) (our words).' }]);
  });

  it("uses the page's words for the codes it names, and the API's message for the others", () => {
    const wording = { ...WORDING, codes: { UNAUTHENTICATED: 'Wrong e-mail address or password (our words).' } };
    const wrongCredentials = apiErrors({
      message: 'The e-mail address or password is not right.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const forbidden = apiErrors({ message: 'Your account is suspended.', extensions: { code: 'FORBIDDEN' } });

    expect(formErrorsFrom(wrongCredentials, FIELD_IDS, wording)).toEqual([{ message: 'Wrong e-mail address or password (our words).' }]);
    expect(formErrorsFrom(forbidden, FIELD_IDS, wording)).toEqual([{ message: 'Your account is suspended.' }]);
  });

  it("keeps the API's message for too many attempts when it does not say how long to wait", () => {
    const limited = apiErrors({ message: 'Too many attempts.', extensions: { code: 'RATE_LIMITED' } });
    expect(formErrorsFrom(limited, FIELD_IDS, WORDING)).toEqual([{ message: 'Too many attempts.' }]);
  });
});

describe('empty field checks', () => {
  it('names each empty or blank field, in order', () => {
    const errors = emptyFieldErrors([
      { fieldId: 'display-name', value: '  ', message: 'Enter your name.' },
      { fieldId: 'email', value: 'sam@example.gov.uk', message: 'Enter your e-mail address.' },
      { fieldId: 'password', value: '', message: 'Enter a password.' },
    ]);

    expect(errors).toEqual([
      { fieldId: 'display-name', message: 'Enter your name.' },
      { fieldId: 'password', message: 'Enter a password.' },
    ]);
  });
});
