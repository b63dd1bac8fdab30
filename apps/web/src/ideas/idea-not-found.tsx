import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';

/** An idea that does not exist, or that a moderator has hidden: the same from outside. */
export function IdeaNotFound() {
  const { t } = useTranslation('ideas', { keyPrefix: 'notFound' });
  const { slug } = useSession();
  usePageTitle(t('title'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <p className="govuk-body">{t('detail')}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/${slug}/ideas`}>
            {t('browse')}
          </Link>
        </p>
      </div>
    </div>
  );
}
