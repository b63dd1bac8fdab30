import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { NO_ERRORS, type ErrorWording, type FormErrors } from './form-errors';
import { formSubmitter, type SubmissionRules } from './form-submission';

interface Values {
  name: string;
  email: string;
}

const WORDING: ErrorWording = {
  somethingWentWrong: 'Something went wrong (our words).',
  rateLimited: (minutes) => `Wait ${minutes} minute(s) (our words).`,
  codes: { CONFLICT: 'That address is already a member (our words).' },
};
const VALUES: Values = { name: 'Sam', email: 'sam@example.gov.uk' };
const RULES: SubmissionRules<Values> = {
  fieldIds: { displayName: 'name', email: 'email' },
  wording: WORDING,
  validate: (values) =>
    [
      { fieldId: 'name', value: values.name, message: 'Enter a name.' },
      { fieldId: 'email', value: values.email, message: 'Enter an e-mail address.' },
    ]
      .filter(({ value }) => value === '')
      .map(({ fieldId, message }) => ({ fieldId, message })),
};

/** A form's state as its page would see it: every change of errors and busy, in order. */
function formState() {
  const shown: FormErrors[] = [];
  const busy: boolean[] = [];
  const submit = formSubmitter({ setBusy: (value) => busy.push(value), setErrors: (errors) => shown.push(errors) });
  return { submit, shown, busy, latest: () => shown[shown.length - 1] };
}

const apiErrors = (...errors: Array<{ message: string; extensions?: Record<string, unknown> }>) => new CombinedGraphQLErrors({ errors });

describe('a form submission', () => {
  it('runs the action with the values, busy while it runs, and clears earlier errors on success', async () => {
    const form = formState();
    const sent: Values[] = [];
    let busyDuringAction: boolean | undefined;

    const succeeded = await form.submit(VALUES, RULES, async (values) => {
      busyDuringAction = form.busy[form.busy.length - 1];
      sent.push(values);
    });

    expect(succeeded).toBe(true);
    expect(sent).toEqual([VALUES]);
    expect(busyDuringAction).toBe(true);
    expect(form.busy).toEqual([true, false]);
    expect(form.shown).toEqual([NO_ERRORS]);
  });

  it('shows the client checks in field order and sends nothing while they find a problem', async () => {
    const form = formState();
    let called = false;

    const succeeded = await form.submit({ name: '', email: '' }, RULES, async () => {
      called = true;
    });

    expect(succeeded).toBe(false);
    expect(called).toBe(false);
    expect(form.busy).toEqual([]);
    expect(form.latest()).toEqual([
      { fieldId: 'name', message: 'Enter a name.' },
      { fieldId: 'email', message: 'Enter an e-mail address.' },
    ]);
  });

  it("puts the API's field problems beside the form's fields, and its other errors in the summary in the form's words", async () => {
    const fields = formState();
    const conflict = formState();

    await fields.submit(VALUES, RULES, async () => {
      throw apiErrors({
        message: 'Enter your name.',
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'displayName', message: 'Enter your name.' }] },
      });
    });
    await conflict.submit(VALUES, RULES, async () => {
      throw apiErrors({ message: 'Already a member.', extensions: { code: 'CONFLICT' } });
    });

    expect(fields.latest()).toEqual([{ fieldId: 'name', message: 'Enter your name.' }]);
    expect(conflict.latest()).toEqual([{ message: 'That address is already a member (our words).' }]);
    expect(conflict.busy).toEqual([true, false]);
  });

  it('says something went wrong when the API cannot be reached, and tells the form of the failure', async () => {
    const form = formState();
    const failures: unknown[] = [];
    const unreachable = new TypeError('Failed to fetch');

    const succeeded = await form.submit(VALUES, { ...RULES, onFailure: (error) => failures.push(error) }, async () => {
      throw unreachable;
    });

    expect(succeeded).toBe(false);
    expect(form.latest()).toEqual([{ message: 'Something went wrong (our words).' }]);
    expect(failures).toEqual([unreachable]);
  });

  it('tells the form of a failure in the words it shows, for a page that says them somewhere else', async () => {
    const form = formState();
    const told: FormErrors[] = [];

    await form.submit(VALUES, { ...RULES, onFailure: (_error, shown) => told.push(shown) }, async () => {
      throw apiErrors({ message: 'Member already exists', extensions: { code: 'CONFLICT' } });
    });

    expect(told).toEqual([[{ message: 'That address is already a member (our words).' }]]);
    expect(told[0]).toBe(form.latest());
  });

  it('ignores a second submission while the first is under way, and takes the next one after it', async () => {
    const form = formState();
    let finish: () => void = () => undefined;
    let runs = 0;
    const slowAction = () =>
      new Promise<void>((resolve) => {
        runs += 1;
        finish = resolve;
      });

    const first = form.submit(VALUES, RULES, slowAction);
    const second = await form.submit(VALUES, RULES, slowAction);
    finish();
    const firstSucceeded = await first;
    const third = form.submit(VALUES, RULES, slowAction);
    finish();

    expect(second).toBe(false);
    expect(firstSucceeded).toBe(true);
    await expect(third).resolves.toBe(true);
    expect(runs).toBe(2);
    expect(form.busy).toEqual([true, false, true, false]);
  });

  it('is free again after a failure', async () => {
    const form = formState();

    await form.submit(VALUES, RULES, () => Promise.reject(new TypeError('Failed to fetch')));
    const retried = await form.submit(VALUES, RULES, () => Promise.resolve());

    expect(retried).toBe(true);
    expect(form.shown).toEqual([[{ message: 'Something went wrong (our words).' }], NO_ERRORS]);
  });
});
