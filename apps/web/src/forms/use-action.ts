import type { FormErrors } from './form-errors';
import type { ErrorsShown } from './form-messages';
import { useForm, type FormOptions } from './use-form';

export interface ActionOptions {
  /** A summary the action shares with the page's forms; by default its own, in `errors`. */
  shared?: ErrorsShown;
  /** The page's own words for the API codes it expects. */
  codes?: FormOptions<unknown>['codes'];
  /** Told of every failure, in the words `failure` shows, for pages that say it somewhere else. */
  onFailure?(failure: string, error: unknown): void;
}

export interface Action {
  /** True while the action runs: its button says so with aria-disabled or disabled. */
  busy: boolean;
  /** What the error summary lists (the shared one's, when the action shares a page's). */
  errors: FormErrors;
  /** Why the last run failed, worded as a form's error summary words it; undefined once a run succeeds. */
  failure: string | undefined;
  /** Runs the action, once at a time (a second press while it runs does nothing); true when it succeeded. */
  run(action: () => Promise<unknown>): Promise<boolean>;
}

/**
 * A button that does one thing and is not a form (support, follow, send the link again, load
 * more, confirm a suspension): busy while it runs, and why it failed, the way a form's
 * submission is, in its own message or in a summary shared with the page's forms.
 */
export function useAction({ shared, codes, onFailure }: ActionOptions = {}): Action {
  const { busy, errors, submit } = useForm({
    shared,
    codes,
    onFailure: (error, [first]) => {
      if (first) onFailure?.(first.message, error);
    },
  });
  return { busy, errors, failure: errors[0]?.message, run: (action) => submit(() => action()) };
}
