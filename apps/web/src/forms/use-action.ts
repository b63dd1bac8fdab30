import type { FormErrors } from './form-errors';
import type { ErrorsShown } from './form-messages';
import { useForm } from './use-form';

export interface ActionOptions {
  /** A summary the action shares with the page's forms; by default its own, in `errors`. */
  shared?: ErrorsShown;
  /** The action's own words for the API codes it expects. */
  codes?: Readonly<Record<string, string>>;
  /** Told of every failure, after its errors are shown. */
  onFailure?(error: unknown): void;
}

export interface Action {
  /** True while the action runs: its button says so with aria-disabled or disabled. */
  busy: boolean;
  errors: FormErrors;
  /** Runs the action, once at a time (a second press while it runs does nothing); true when it succeeded. */
  run(action: () => Promise<unknown>): Promise<boolean>;
}

/**
 * A button that changes something (support, follow, withdraw, accept): a form without fields,
 * whose failure is shown and worded as a form's would be.
 */
export function useAction(options: ActionOptions = {}): Action {
  const { busy, errors, submit } = useForm(options);
  return { busy, errors, run: (action) => submit(() => action()) };
}
