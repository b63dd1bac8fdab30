import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOptionalSession } from '../session/session-context';
import { isUnauthenticated } from '../session/unauthenticated';

interface PageStateProps<T> {
  /** What the page shows, once its query has answered (undefined until then, or when it failed). */
  data: T | undefined;
  error?: unknown;
  /** What to say when the data could not be loaded; by default the service's "something went wrong". */
  failed?: string;
  /** Says the failure without announcing it, where another part of the page announces the same one. */
  quiet?: boolean;
  /** Shown instead of a failure when the instance is internal and nobody is signed in. */
  blocked?: ReactNode;
  /** Shown when the answer came back without the thing the page is about. */
  notFound?: ReactNode;
  isMissing?(data: T): boolean;
  children(data: T): ReactNode;
}

/**
 * The states every page that reads something goes through, in one order: blocked (sign in to
 * see), loading or failed, not found, then the page itself.
 */
export function PageState<T>({ data, error, failed, quiet, blocked, notFound, isMissing, children }: PageStateProps<T>) {
  const { t } = useTranslation();
  const { t: tErrors } = useTranslation('errors');
  // The operator's console has no instance, so no session; it never passes `blocked`.
  const signedIn = useOptionalSession()?.signedIn ?? false;
  if (blocked && error && isUnauthenticated(error) && !signedIn) return <>{blocked}</>;
  if (error && data === undefined)
    return (
      <p className="govuk-body" role={quiet ? undefined : 'alert'}>
        {failed ?? tErrors('somethingWentWrong')}
      </p>
    );
  if (data === undefined) return <p className="govuk-body">{t('loading')}</p>;
  if (notFound && isMissing?.(data)) return <>{notFound}</>;
  return <>{children(data)}</>;
}
