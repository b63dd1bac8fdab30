import { useTranslation } from 'react-i18next';
import { AccountNavigationLink } from '../account/account-navigation-link';
import { AdminNavigationLink } from '../admin/admin-navigation-link';
import { BoardNavigationLink } from '../board/board-navigation-link';
import { ChallengesNavigationLink } from '../challenges/challenges-navigation-link';
import { Header } from '../components/govuk/header';
import {
  ServiceNavigation,
  ServiceNavigationButton,
  ServiceNavigationLink,
  ServiceNavigationText,
} from '../components/govuk/service-navigation';
import { IdeasNavigationLink } from '../ideas/ideas-navigation-link';
import { ImpactNavigationLink } from '../impact/impact-navigation-link';
import { useInstance } from '../instance/instance-context';
import { LeaderboardsNavigationLink } from '../leaderboards/leaderboards-navigation-link';
import { ModerationNavigationLink } from '../moderation/moderation-navigation-link';
import { NotificationsLink } from '../notifications/notifications-link';
import { PeopleNavigationLink } from '../people/people-navigation-link';
import { RecruitmentNavigationLink } from '../recruitment/recruitment-navigation-link';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';
import { WalletNavigation } from '../wallet/wallet-navigation';

export function InstanceHeader() {
  const { t } = useTranslation('common', { keyPrefix: 'account' });
  const { t: tHome } = useTranslation('home');
  const instance = useInstance();
  const { slug, signedIn, endSession } = useSession();
  const member = useCurrentMember();
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
              {member && <ServiceNavigationText>{member.displayName}</ServiceNavigationText>}
              <WalletNavigation />
              <NotificationsLink />
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
        <BoardNavigationLink />
        <ModerationNavigationLink />
        <AdminNavigationLink />
      </ServiceNavigation>
    </>
  );
}
