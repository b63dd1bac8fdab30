import { useTranslation } from 'react-i18next';
import { Tag } from '../components/govuk/tag';
import { useFormat } from '../i18n/use-format';

export type ChallengePhase = 'open' | 'upcoming' | 'closed';

interface ChallengeTiming {
  open: boolean;
  opensAt: string;
  closesAt: string;
}

export function phaseOf(challenge: ChallengeTiming, now = Date.now()): ChallengePhase {
  if (challenge.open) return 'open';
  return new Date(challenge.opensAt).getTime() > now ? 'upcoming' : 'closed';
}

export function ChallengePhaseTag({ phase }: { phase: ChallengePhase }) {
  const { t } = useTranslation('challenges', { keyPrefix: 'phases' });
  return <Tag colour={phase === 'open' ? 'green' : phase === 'upcoming' ? 'blue' : 'grey'}>{t(phase)}</Tag>;
}

/** "Open until 3 December 2026", "Opens on …", "Closed on …". */
export function ChallengeDates({ challenge }: { challenge: ChallengeTiming }) {
  const { t } = useTranslation('challenges', { keyPrefix: 'dates' });
  const format = useFormat();
  const phase = phaseOf(challenge);
  if (phase === 'open') return <>{t('openUntil', { date: format.date(challenge.closesAt) })}</>;
  if (phase === 'upcoming') return <>{t('opensOn', { date: format.date(challenge.opensAt) })}</>;
  return <>{t('closedOn', { date: format.date(challenge.closesAt) })}</>;
}
