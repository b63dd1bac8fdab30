import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOptionalSession } from '../session/session-context';
import { isUnauthenticated } from '../session/unauthenticated';
import { usePageTitle } from './page-title';

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
  /** Shown when the answer says the viewer may not see the page (a page for other roles). */
  refused?: ReactNode;
  isRefused?(data: T): boolean;
  /** Shown when the answer came back without the thing the page is about. */
  notFound?: ReactNode;
  isMissing?(data: T): boolean;
  /** The page's title while it loads, for a page that sets its title only once it has loaded. */
  loadingTitle?: string;
  children(data: T): ReactNode;
}

function LoadingTitle({ title }: { title: string }) {
  usePageTitle(title);
  return null;
}

/**
 * The states every page that reads something goes through, in one order: blocked (sign in to
 * see), loading or failed, refused, not found, then the page itself.
 */
export function PageState<T>(props: PageStateProps<T>) {
  const { data, error, failed, quiet, blocked, refused, isRefused, notFound, isMissing, loadingTitle, children } = props;
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
  if (data === undefined)
    return (
      <>
        {loadingTitle !== undefined && <LoadingTitle title={loadingTitle} />}
        <p className="govuk-body">{t('loading')}</p>
      </>
    );
  if (refused && isRefused?.(data)) return <>{refused}</>;
  if (notFound && isMissing?.(data)) return <>{notFound}</>;
  return <>{children(data)}</>;
}
