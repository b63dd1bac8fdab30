import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { emptyFieldErrors, formErrorsFrom } from './form-errors';

const FIELD_IDS = { displayName: 'display-name', email: 'email', password: 'password' };

const apiErrors = (...errors: Array<{ message: string; extensions?: Record<string, unknown> }>) =>
  new CombinedGraphQLErrors({ errors });

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

    expect(formErrorsFrom(error, FIELD_IDS)).toEqual([
      { fieldId: 'display-name', message: 'Enter your name.' },
      { fieldId: 'password', message: 'Password must be at least 10 characters.' },
    ]);
  });

  it('keeps an error without a field of this form in the summary only', () => {
    const wrongCredentials = apiErrors({ message: 'The e-mail address or password is not right.', extensions: { code: 'UNAUTHENTICATED' } });
    const otherField = apiErrors({ message: 'That short name is taken.', extensions: { code: 'CONFLICT', fields: [{ field: 'slug', message: 'x' }] } });

    expect(formErrorsFrom(wrongCredentials, FIELD_IDS)).toEqual([{ message: 'The e-mail address or password is not right.' }]);
    expect(formErrorsFrom(otherField, FIELD_IDS)).toEqual([{ message: 'That short name is taken.' }]);
  });

  it('shows one message per field when the API gives several', () => {
    const error = apiErrors({
      message: 'Two problems with the e-mail address.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'email', message: 'First.' }, { field: 'email', message: 'Second.' }] },
    });

    expect(formErrorsFrom(error, FIELD_IDS)).toEqual([{ fieldId: 'email', message: 'First.' }]);
  });

  it('says something went wrong, without details, when the API cannot be reached', () => {
    expect(formErrorsFrom(new TypeError('Failed to fetch'), FIELD_IDS)).toEqual([
      { message: 'Sorry, something went wrong. Try again in a few minutes.' },
    ]);
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
