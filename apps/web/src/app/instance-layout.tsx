import { useQuery } from '@apollo/client/react';
import { Outlet, useParams } from 'react-router-dom';
import { InstanceDocument } from '../generated/graphql';
import { InstanceContext } from '../instance/instance-context';
import { SessionProvider, useSession } from '../session/session-context';
import { InstanceHeader } from './instance-header';
import { NotFoundPage } from './not-found-page';
import { PageFrame } from './page-frame';
import { ProductHeader } from './product-layout';
import { ServiceProblemPage } from './service-problem-page';

function InstanceFrame() {
  const { slug } = useSession();
  const { data, error } = useQuery(InstanceDocument, { variables: { slug } });
  if (error) return <PageFrame header={<ProductHeader />}><ServiceProblemPage /></PageFrame>;
  if (!data) return <PageFrame header={<ProductHeader />}><p className="govuk-body">Loading…</p></PageFrame>;
  if (!data.instance) return <PageFrame header={<ProductHeader />}><NotFoundPage /></PageFrame>;
  return (
    <InstanceContext.Provider value={data.instance}>
      <PageFrame header={<InstanceHeader />}>
        <Outlet />
      </PageFrame>
    </InstanceContext.Provider>
  );
}

/** Every page under /:slug: that instance's session, client, header and name. */
export function InstanceLayout() {
  const { slug = '' } = useParams();
  return (
    <SessionProvider key={slug} slug={slug}>
      <InstanceFrame />
    </SessionProvider>
  );
}
