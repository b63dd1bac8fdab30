import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useInstance } from '../instance/instance-context';
import { usePageTitle } from '../page/page-title';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';

/** Board pages are for BOARD and ADMIN members; everyone else reads why (the API refuses them too). */
export function BoardOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation('board');
  const { t: tCommon } = useTranslation();
  const { slug, signedIn } = useSession();
  const instance = useInstance();
  const me = useCurrentMember();
  const allowed = me?.role === 'BOARD' || me?.role === 'ADMIN';
  if (allowed) return <>{children}</>;
  if (signedIn && !me) return <BoardMessage title={t('title')}>{tCommon('loading')}</BoardMessage>;
  return <BoardRefusal signedIn={signedIn} slug={slug} instanceName={instance.name} />;
}

/** A board page that has only a message to show, such as "Loading…", under the page's title. */
export function BoardMessage({ title, heading, children }: { title: string; heading?: string; children?: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      {heading && <h1 className="govuk-heading-l">{heading}</h1>}
      {children && <p className="govuk-body">{children}</p>}
    </>
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
