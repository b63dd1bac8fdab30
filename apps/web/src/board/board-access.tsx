import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useInstance } from '../instance/instance-context';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';

/** Board pages are for BOARD and ADMIN members; everyone else reads why (the API refuses them too). */
export function BoardOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation('board');
  const { slug, signedIn } = useSession();
  const instance = useInstance();
  const me = useCurrentMember();
  if (!signedIn) return <BoardRefusal signedIn={false} slug={slug} instanceName={instance.name} />;
  return (
    <PageState
      data={me}
      loadingTitle={t('title')}
      refused={<BoardRefusal signedIn slug={slug} instanceName={instance.name} />}
      isRefused={(member) => member.role !== 'BOARD' && member.role !== 'ADMIN'}
    >
      {() => children}
    </PageState>
  );
}

function BoardRefusal({ signedIn, slug, instanceName }: { signedIn: boolean; slug: string; instanceName: string }) {
  const { t } = useTranslation('board');
  usePageTitle(t('title'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        {signedIn ? (
          <>
            <p className="govuk-body">{t('notAllowed')}</p>
            <p className="govuk-body">{t('notAllowedHelp', { instance: instanceName })}</p>
          </>
        ) : (
          <p className="govuk-body">
            <Trans t={t} i18nKey="signInFirst" components={{ signInLink: <Link className="govuk-link" to={`/${slug}/sign-in`} /> }} />
          </p>
        )}
      </div>
    </div>
  );
}
