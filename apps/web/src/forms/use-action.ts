import { useForm, type FormOptions } from './use-form';

export interface ActionOptions {
  /** The page's own words for the API codes it expects. */
  codes?: FormOptions<unknown>['codes'];
  /** Told of every failure, in the words `failure` shows, for pages that say it somewhere else. */
  onFailure?(failure: string): void;
}

export interface Action {
  /** True while the action runs. */
  busy: boolean;
  /** Why the last run failed, worded as a form's error summary words it; undefined once a run succeeds. */
  failure: string | undefined;
  /** Runs the action, once at a time (a second press while it runs does nothing); true when it succeeded. */
  run(action: () => Promise<unknown>): Promise<boolean>;
}

/**
 * A button that does one thing and is not a form (send the link again, load more, confirm a
 * suspension): busy while it runs, and why it failed, the way a form's submission is.
 */
export function useAction({ codes, onFailure }: ActionOptions = {}): Action {
  const { busy, errors, submit } = useForm({
    codes,
    onFailure: (_error, [first]) => {
      if (first) onFailure?.(first.message);
    },
  });
  return { busy, failure: errors[0]?.message, run: (action) => submit(() => action()) };
}
