import { useTranslation } from 'react-i18next';
import { NotificationBanner } from '../components/govuk/notification-banner';
import type { SignInReason } from '../session/session-context';

function reasonOf(state: unknown): SignInReason | undefined {
  if (typeof state !== 'object' || state === null || !('reason' in state)) return undefined;
  const { reason } = state;
  return reason === 'signed-out' || reason === 'session-ended' ? reason : undefined;
}

/** Tells the member why they are on the sign-in page when they did not choose to come. */
export function SignInReasonBanner({ state }: { state: unknown }) {
  const { t } = useTranslation('auth', { keyPrefix: 'reason' });
  const reason = reasonOf(state);
  if (reason === 'signed-out') return <NotificationBanner success heading={t('signedOut')} />;
  if (reason === 'session-ended') return <NotificationBanner heading={t('sessionEnded')} />;
  return null;
}
