import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router-dom';
import { CheckEmailBanner } from '../account/check-email-banner';
import { InstanceShellDocument } from '../generated/graphql';
import { useDefaultLanguage } from '../i18n/language';
import { InstanceContext } from '../instance/instance-context';
import { SessionProvider, useSession } from '../session/session-context';
import { InstanceHeader } from './instance-header';
import { NotFoundPage } from './not-found-page';
import { PageFrame } from './page-frame';
import { ProductHeader } from './product-layout';
import { ServiceProblemPage } from './service-problem-page';

function InstanceFrame() {
  const { t } = useTranslation();
  const { slug, signedIn } = useSession();
  // The header's parts read their own fragments of this from the cache: one request for the frame,
  // none at all when the page's loader has already asked for it with the page's own data.
  const { data: current, previousData, error } = useQuery(InstanceShellDocument, { variables: { slug, signedIn } });
  // While a change to the instance (its settings, say) is refetched, keep showing the pages
  // as they were: dropping to "Loading" would unmount them and lose what they show.
  const data = current ?? previousData;
  useDefaultLanguage(data?.instance?.defaultLanguage);
  if (error)
    return (
      <PageFrame header={<ProductHeader />}>
        <ServiceProblemPage />
      </PageFrame>
    );
  if (!data)
    return (
      <PageFrame header={<ProductHeader />}>
        <p className="govuk-body">{t('loading')}</p>
      </PageFrame>
    );
  if (!data.instance)
    return (
      <PageFrame header={<ProductHeader />}>
        <NotFoundPage />
      </PageFrame>
    );
  return (
    <InstanceContext.Provider value={data.instance}>
      <PageFrame header={<InstanceHeader />}>
        <CheckEmailBanner />
        <Outlet />
      </PageFrame>
    </InstanceContext.Provider>
  );
}

/** Every page under /:slug: that instance's session, client, header, name and default language. */
export function InstanceLayout() {
  const { slug = '' } = useParams();
  return (
    <SessionProvider key={slug} slug={slug}>
      <InstanceFrame />
    </SessionProvider>
  );
}
