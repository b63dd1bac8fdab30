import { AdminNavigationLink } from '../admin/admin-navigation-link';
import { BoardNavigationLink } from '../board/board-navigation-link';
import { ServiceNavigationText } from '../components/govuk/service-navigation';
import { ModerationNavigationLink } from '../moderation/moderation-navigation-link';
import { NotificationsLink } from '../notifications/notifications-link';
import { useCurrentMember } from '../session/current-member';
import { WalletNavigation } from '../wallet/wallet-navigation';

/** The signed-in member's own links in the header: their name, balance and notifications. */
export function MemberLinks() {
  const member = useCurrentMember();
  return (
    <>
      {member && <ServiceNavigationText>{member.displayName}</ServiceNavigationText>}
      <WalletNavigation />
      <NotificationsLink />
    </>
  );
}

/** The header's links for the member's role, each shown only to those who hold it. */
export function RoleLinks() {
  return (
    <>
      <BoardNavigationLink />
      <ModerationNavigationLink />
      <AdminNavigationLink />
    </>
  );
}
