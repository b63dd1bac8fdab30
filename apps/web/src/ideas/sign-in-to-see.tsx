import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';

/** For a page of an internal instance that someone opened without signing in. */
export function SignInToSee({ title }: { title: string }) {
  const { t } = useTranslation('ideas');
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
