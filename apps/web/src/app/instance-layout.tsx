import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router-dom';
import { useDefaultLanguage } from '../i18n/language';
import { InstanceContext, type Instance } from '../instance/instance-context';
import { SessionProvider } from '../session/session-context';
import { NotFoundPage } from './not-found-page';
import { PageFrame } from './page-frame';
import { ProductHeader } from './product-layout';
import { ServiceProblemPage } from './service-problem-page';

/** Every page under /:slug: that instance's session. Its pages' frame is either SignInFrame or ApolloFrame. */
export function InstanceLayout() {
  const { slug = '' } = useParams();
  return (
    <SessionProvider key={slug} slug={slug}>
      <Outlet />
    </SessionProvider>
  );
}

interface InstanceFrameProps {
  /** The instance as the shell query found it: undefined while it is asked for, null if there is none. */
  instance: Instance | null | undefined;
  /** The shell query failed: the API could not be reached or answered with an error. */
  failed: boolean;
  header: ReactNode;
  children: ReactNode;
}

/** The frame around an instance's pages, given its shell query's state: name, header and default language. */
export function InstanceFrame({ instance, failed, header, children }: InstanceFrameProps) {
  const { t } = useTranslation();
  useDefaultLanguage(instance?.defaultLanguage);
  if (failed)
    return (
      <PageFrame header={<ProductHeader />}>
        <ServiceProblemPage />
      </PageFrame>
    );
  if (instance === undefined)
    return (
      <PageFrame header={<ProductHeader />}>
        <p className="govuk-body">{t('loading')}</p>
      </PageFrame>
    );
  if (instance === null)
    return (
      <PageFrame header={<ProductHeader />}>
        <NotFoundPage />
      </PageFrame>
    );
  return (
    <InstanceContext.Provider value={instance}>
      <PageFrame header={header}>{children}</PageFrame>
    </InstanceContext.Provider>
  );
}
