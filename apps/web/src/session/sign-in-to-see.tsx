import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../page/page-title';
import { useSession } from './session-context';

/**
 * For a page of an internal instance opened without signing in: the page's title, and a
 * feature's own words for what it keeps to members, with a <SignInLink> in them.
 */
export function SignInToSee({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">{children}</p>
      </div>
    </div>
  );
}

/** The way in from a SignInToSee message (a `<signInLink>` in the catalogues). */
export function SignInLink({ children }: { children?: ReactNode }) {
  const { slug } = useSession();
  return (
    <Link className="govuk-link" to={`/${slug}/sign-in`}>
      {children}
    </Link>
  );
}
