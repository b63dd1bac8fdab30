import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountNavigationLink } from '../account/account-navigation-link';
import { ChallengesNavigationLink } from '../challenges/challenges-navigation-link';
import { Header } from '../components/govuk/header';
import { ServiceNavigation, ServiceNavigationButton, ServiceNavigationLink } from '../components/govuk/service-navigation';
import { IdeasNavigationLink } from '../ideas/ideas-navigation-link';
import { ImpactNavigationLink } from '../impact/impact-navigation-link';
import { useInstance } from '../instance/instance-context';
import { LeaderboardsNavigationLink } from '../leaderboards/leaderboards-navigation-link';
import { PeopleNavigationLink } from '../people/people-navigation-link';
import { RecruitmentNavigationLink } from '../recruitment/recruitment-navigation-link';
import { useSession } from '../session/session-context';

interface InstanceHeaderProps {
  /** The signed-in member's name, balance and notifications, which need Apollo Client: left out on the screens before sign-in. */
  memberLinks?: ReactNode;
  /** The links of the member's role (board, moderation, admin), last in the navigation; likewise. */
  roleLinks?: ReactNode;
}

export function InstanceHeader({ memberLinks, roleLinks }: InstanceHeaderProps) {
  const { t } = useTranslation('common', { keyPrefix: 'account' });
  const { t: tHome } = useTranslation('home');
  const instance = useInstance();
  const { slug, signedIn, endSession } = useSession();
  return (
    <>
      <Header name={instance.name} homeHref={`/${slug}`} brandColour={instance.brandColour} />
      <ServiceNavigation
        label={t('menuLabel')}
        toggleText={t('menuLabel')}
        account={{
          label: t('navigationLabel'),
          items: signedIn ? (
            <>
              {memberLinks}
              <RecruitmentNavigationLink />
              <AccountNavigationLink />
              <ServiceNavigationButton onClick={() => void endSession()}>{t('signOut')}</ServiceNavigationButton>
            </>
          ) : (
            <>
              <ServiceNavigationLink to={`/${slug}/sign-in`}>{t('signIn')}</ServiceNavigationLink>
              <ServiceNavigationLink to={`/${slug}/sign-up`}>{t('createAccount')}</ServiceNavigationLink>
            </>
          ),
        }}
      >
        <IdeasNavigationLink />
        <ChallengesNavigationLink />
        <PeopleNavigationLink />
        <ImpactNavigationLink />
        <LeaderboardsNavigationLink />
        <ServiceNavigationLink to={`/${slug}/how-it-works`}>{tHome('howItWorks.navigation')}</ServiceNavigationLink>
        {roleLinks}
      </ServiceNavigation>
    </>
  );
}
