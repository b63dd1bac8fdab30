import { useState, type Dispatch, type SetStateAction } from 'react';
import { useErrorWording } from './error-wording';
import { errorFor, NO_ERRORS, type FormErrors } from './form-errors';
import type { ErrorsShown } from './form-messages';
import { formSubmitter } from './form-submission';

export interface FormOptions<V> {
  /** The fields' starting values; a form whose inputs keep their own state has none. */
  initial?: V;
  /** Client checks, in field order, before anything is sent. */
  validate?(values: V): FormErrors;
  /** The API's field names -> the ids of the inputs that hold them. */
  fieldIds?: Readonly<Record<string, string>>;
  /** The form's own words for the API codes it expects (INSUFFICIENT_FUNDS on a trade, say), which may quote its values. */
  codes?: Readonly<Record<string, string>> | ((values: V) => Readonly<Record<string, string>>);
  /** Told of every failure the API reports, with the errors it shows, after they are shown. */
  onFailure?(error: unknown, shown: FormErrors): void;
  /** A summary the form shares with others on the page (useFormMessages, or another form); by default its own. */
  shared?: ErrorsShown;
}

/**
 * The checks and API field names of one part of a form made of several small ones (a queue of
 * cards, each with its own reason field, under one error summary), used instead of the form's own.
 */
export type PartRules<V> = Pick<FormOptions<V>, 'validate' | 'fieldIds'>;

export interface Form<V> {
  values: V;
  setValue<K extends keyof V>(field: K, value: V[K]): void;
  setValues: Dispatch<SetStateAction<V>>;
  /** What the error summary lists; a new list each time a submission fails, so the summary takes focus again. */
  errors: FormErrors;
  setErrors: Dispatch<SetStateAction<FormErrors>>;
  /** The message shown beside a field, if it has one. */
  errorFor(fieldId: string): string | undefined;
  /** True while the action runs. */
  busy: boolean;
  /** Runs the action with the form's values, once at a time; true when it succeeded. A part's rules replace the form's. */
  submit(action: (values: V) => Promise<unknown>, part?: PartRules<V>): Promise<boolean>;
  /** The <form>'s onSubmit: stops the browser's own submission, then `submit(action)`. */
  onSubmit(action: (values: V) => Promise<unknown>): (event: { preventDefault(): void }) => void;
}

/**
 * A form's values, its errors (client checks and the API's, in the GOV.UK error summary's
 * order) and whether it is busy, with one submission at a time.
 */
export function useForm<V = Record<string, never>>({
  initial = {} as V,
  validate,
  fieldIds,
  codes,
  onFailure,
  shared,
}: FormOptions<V> = {}): Form<V> {
  const [values, setValues] = useState<V>(initial);
  const [ownErrors, setOwnErrors] = useState<FormErrors>(NO_ERRORS);
  const { errors, setErrors } = shared ?? { errors: ownErrors, setErrors: setOwnErrors };
  const [busy, setBusy] = useState(false);
  // One submitter for the form's life: it remembers whether a submission is under way between renders.
  const [run] = useState(() => formSubmitter({ setBusy, setErrors }));
  const wording = useErrorWording(typeof codes === 'function' ? codes(values) : codes);

  const submit = (action: (values: V) => Promise<unknown>, part: PartRules<V> = {}) =>
    run(values, { validate, fieldIds, ...part, wording, onFailure }, action);
  return {
    values,
    setValue: (field, value) => setValues((current) => ({ ...current, [field]: value })),
    setValues,
    errors,
    setErrors,
    errorFor: (fieldId) => errorFor(errors, fieldId),
    busy,
    submit,
    onSubmit: (action) => (event) => {
      event.preventDefault();
      void submit(action);
    },
  };
}
