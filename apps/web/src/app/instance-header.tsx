import { Header } from '../components/govuk/header';
import {
  ServiceNavigation,
  ServiceNavigationButton,
  ServiceNavigationLink,
  ServiceNavigationText,
} from '../components/govuk/service-navigation';
import { useInstance } from '../instance/instance-context';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';

export function InstanceHeader() {
  const instance = useInstance();
  const { slug, signedIn, endSession } = useSession();
  const member = useCurrentMember();
  return (
    <>
      <Header name={instance.name} homeHref={`/${slug}`} brandColour={instance.brandColour} />
      <ServiceNavigation label="Account">
        {signedIn ? (
          <>
            {member && <ServiceNavigationText>{member.displayName}</ServiceNavigationText>}
            <ServiceNavigationText>Currency: {instance.currencyName}</ServiceNavigationText>
            <ServiceNavigationButton onClick={() => void endSession()}>Sign out</ServiceNavigationButton>
          </>
        ) : (
          <>
            <ServiceNavigationLink to={`/${slug}/sign-in`}>Sign in</ServiceNavigationLink>
            <ServiceNavigationLink to={`/${slug}/sign-up`}>Create an account</ServiceNavigationLink>
          </>
        )}
      </ServiceNavigation>
    </>
  );
}
