import { useTranslation } from 'react-i18next';
import { MessagePanel } from '../page/message-panel';
import { useSession } from '../session/session-context';

/** An idea that does not exist, or that a moderator has hidden: the same from outside. */
export function IdeaNotFound() {
  const { t } = useTranslation('ideas', { keyPrefix: 'notFound' });
  const { slug } = useSession();
  return <MessagePanel title={t('title')} detail={t('detail')} link={{ to: `/${slug}/ideas`, text: t('browse') }} />;
}
