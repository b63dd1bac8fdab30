import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useOnArrival } from '../account/link-token';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';

/**
 * /:slug/sign-in/sso: where single sign-on's callback lands, with the sign-in in the URL's
 * fragment (#token=…), which no server sees; keeps it and goes on to the home page.
 */
export function SsoReturnPage() {
  const { t } = useTranslation('account', { keyPrefix: 'sso' });
  const { slug, startSession } = useSession();
  const navigate = useNavigate();
  usePageTitle(t('working'));

  useOnArrival(() => {
    const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
    window.history.replaceState(null, '', window.location.pathname);
    if (!token) {
      void navigate(`/${slug}/sign-in?sso=provider`, { replace: true });
      return;
    }
    void startSession(token).then(() => navigate(`/${slug}`, { replace: true }));
  });

  return <p className="govuk-body">{t('working')}</p>;
}
