import { ApolloProvider, useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Outlet } from 'react-router-dom';
import { CheckEmailBanner } from '../account/check-email-banner';
import { InstanceShellDocument } from '../generated/graphql';
import { instanceClient } from '../session/instance-client';
import { useSession } from '../session/session-context';
import { IdeaSectionsProvider } from './idea-sections';
import { InstanceFrame } from './instance-layout';
import { InstanceHeader } from './instance-header';
import { MemberLinks, RoleLinks } from './member-header-links';

function ShellFrame({ children }: { children: ReactNode }) {
  const { slug, signedIn } = useSession();
  // The header's parts read their own fragments of this from the cache: one request for the frame,
  // none at all when the page's loader has already asked for it with the page's own data.
  const { data: current, previousData, error } = useQuery(InstanceShellDocument, { variables: { slug, signedIn } });
  // While a change to the instance (its settings, say) is refetched, keep showing the pages
  // as they were: dropping to "Loading" would unmount them and lose what they show.
  const data = current ?? previousData;
  return (
    <InstanceFrame
      instance={data ? data.instance : undefined}
      failed={error !== undefined}
      header={<InstanceHeader memberLinks={<MemberLinks />} roleLinks={<RoleLinks />} />}
    >
      <CheckEmailBanner />
      {children}
    </InstanceFrame>
  );
}

/**
 * The frame of every instance page past the ways in: the instance's Apollo Client (with its
 * cache and live updates), loaded with the first such page, and the full header. As a layout
 * route it frames the route's children; the home page hands it the page itself.
 */
export function ApolloFrame({ children }: { children?: ReactNode }) {
  const { slug } = useSession();
  return (
    <ApolloProvider client={instanceClient(slug)}>
      <IdeaSectionsProvider>
        <ShellFrame>{children ?? <Outlet />}</ShellFrame>
      </IdeaSectionsProvider>
    </ApolloProvider>
  );
}
