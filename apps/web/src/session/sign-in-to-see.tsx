import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../page/page-title';
import { useSession } from './session-context';

/** The features an internal instance keeps to its members, each saying so in its `signInToSee`. */
type KeptToMembers = 'ideas' | 'challenges' | 'leaderboards';

/**
 * For a page of an internal instance opened without signing in: the page's title, and the
 * feature's own words for what it keeps to members, with the way in to sign in.
 */
export function SignInToSee({ title, feature }: { title: string; feature: KeptToMembers }) {
  const { t } = useTranslation(feature);
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
