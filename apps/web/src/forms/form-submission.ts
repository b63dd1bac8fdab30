import { formErrorsFrom, NO_ERRORS, type ErrorWording, type FormErrors } from './form-errors';

/** How one form turns a submission into what it shows. */
export interface SubmissionRules<V> {
  /** Client checks, in field order, before anything is sent; the action runs only when they find nothing. */
  validate?(values: V): FormErrors;
  /** The API's field names -> the ids of the inputs that hold them. */
  fieldIds?: Readonly<Record<string, string>>;
  wording: ErrorWording;
  /** Told of every failure of the action, with the errors it shows, after they are shown (to offer a way on, say). */
  onFailure?(error: unknown, shown: FormErrors): void;
}

interface SubmissionState {
  setBusy(busy: boolean): void;
  setErrors(errors: FormErrors): void;
}

/**
 * A form's submissions: one at a time (a second press while the first is under way does
 * nothing), client checks first, then the action; a failure becomes the error summary and the
 * fields' messages, a success clears them. Resolves true when the action succeeded.
 */
export function formSubmitter({ setBusy, setErrors }: SubmissionState) {
  let running = false;
  return async function submit<V>(values: V, rules: SubmissionRules<V>, action: (values: V) => Promise<unknown>): Promise<boolean> {
    if (running) return false;
    const problems = rules.validate?.(values) ?? NO_ERRORS;
    if (problems.length > 0) {
      setErrors(problems);
      return false;
    }
    running = true;
    setBusy(true);
    try {
      await action(values);
      setErrors(NO_ERRORS);
      return true;
    } catch (error) {
      const shown = formErrorsFrom(error, rules.fieldIds ?? {}, rules.wording);
      setErrors(shown);
      rules.onFailure?.(error, shown);
      return false;
    } finally {
      running = false;
      setBusy(false);
    }
  };
}
