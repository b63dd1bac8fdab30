import { useTranslation } from 'react-i18next';
import { NotFoundPanel } from '../page/not-found-panel';
import { useSession } from '../session/session-context';

/** An idea that does not exist, or that a moderator has hidden: the same from outside. */
export function IdeaNotFound() {
  const { t } = useTranslation('ideas', { keyPrefix: 'notFound' });
  const { slug } = useSession();
  return <NotFoundPanel title={t('title')} detail={t('detail')} browse={{ to: `/${slug}/ideas`, text: t('browse') }} />;
}
