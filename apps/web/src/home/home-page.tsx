import type { Role } from '../generated/graphql';
import { SummaryList } from '../components/govuk/summary-list';
import { useInstance } from '../instance/instance-context';
import { usePageTitle } from '../page/page-title';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';
import { LandingPage } from './landing-page';

const ROLE_NAMES: Record<Role, string> = {
  ADMIN: 'Admin',
  BOARD: 'Board member',
  MODERATOR: 'Moderator',
  MEMBER: 'Member',
};

function MemberHome() {
  const instance = useInstance();
  const member = useCurrentMember();
  usePageTitle('Home');
  if (!member) return <p className="govuk-body">Loading…</p>;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Welcome, {member.displayName}</h1>
        <p className="govuk-body-l">You are signed in to {instance.name}.</p>
        <SummaryList
          rows={[
            { key: 'Your role', value: ROLE_NAMES[member.role] },
            { key: 'Currency', value: instance.currencyName },
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
