import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';

export function isUnauthenticated(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/** For a challenge page of an internal instance opened without signing in. */
export function SignInForChallenges({ title }: { title: string }) {
  const { t } = useTranslation('challenges');
  const { slug } = useSession();
  usePageTitle(title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          <Trans t={t} i18nKey="signInToSee" components={{ signInLink: <Link className="govuk-link" to={`/${slug}/sign-in`} /> }} />
        </p>
      </div>
    </div>
  );
}
