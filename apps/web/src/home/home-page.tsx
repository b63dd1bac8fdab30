import { useTranslation } from 'react-i18next';
import { SummaryList } from '../components/govuk/summary-list';
import { useInstance } from '../instance/instance-context';
import { usePageTitle } from '../page/page-title';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';
import { LandingPage } from './landing-page';

function MemberHome() {
  const { t } = useTranslation('home', { keyPrefix: 'member' });
  const { t: tCommon } = useTranslation();
  const instance = useInstance();
  const member = useCurrentMember();
  usePageTitle(t('title'));
  if (!member) return <p className="govuk-body">{tCommon('loading')}</p>;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('heading', { name: member.displayName })}</h1>
        <p className="govuk-body-l">{t('signedInTo', { instance: instance.name })}</p>
        <SummaryList
          rows={[
            { key: t('yourRole'), value: tCommon(`roles.${member.role}`) },
            { key: t('currency'), value: instance.currencyName },
          ]}
        />
      </div>
    </div>
  );
}

/** /:slug: the member's home page, or an invitation to sign in for everyone else. */
export function HomePage() {
  const { signedIn } = useSession();
  return signedIn ? <MemberHome /> : <LandingPage />;
}
