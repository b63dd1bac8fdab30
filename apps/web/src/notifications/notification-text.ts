import { outcomeQuestionText } from '@idea-exchange/wording';
import { useTranslation } from 'react-i18next';
import type { NotificationListQuery } from '../generated/graphql';
import { ideasEn } from '../ideas/ideas.i18n';
import { notificationsEn } from './notifications.i18n';

const has = <T extends object>(table: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(table, key);

type Shown = Pick<NotificationListQuery['notifications'][number], 'kind' | 'message' | 'params'>;

/**
 * A notification worded in the page's language from its kind and values. Notifications older than
 * their values, or of a wording this build does not know, show the API's sentence (itself in the
 * member's language where it can be).
 */
export function useNotificationText(): (notification: Shown) => string {
  const { t, i18n } = useTranslation('notifications');
  const { t: tReason } = useTranslation('ideas', { keyPrefix: 'timeline.reasons' });
  const { t: tMarket } = useTranslation('market');
  return ({ kind, message, params }) => {
    if (!params) return message;
    const { variant, ...values } = Object.fromEntries(params.map((param) => [param.name, param.value]));
    const key = variant ? `${kind}_${variant}` : kind;
    if (!has(notificationsEn.messages, key)) return message;
    const filled: Record<string, string> = { ...values };
    const { stage, outcome, reason, question, target, closesAt } = values;
    // An outcome market's question, worded from its target and closing date (older ones carry only the English).
    if (question && target && closesAt)
      filled.question = outcomeQuestionText(i18n.language === 'cy' ? 'cy' : 'en', target, new Date(closesAt));
    if (stage && has(notificationsEn.stageWords, stage)) filled.stage = t(`stageWords.${stage}`);
    if (outcome === 'YES' || outcome === 'NO') filled.outcome = tMarket(outcome === 'YES' ? 'outcomeName.YES' : 'outcomeName.NO');
    if (reason) {
      if (!has(ideasEn.timeline.reasons, reason)) return message;
      // Keys with an underscore read as i18next contexts to its types, so these go by the defaultValue overload.
      filled.reason = tReason(reason, { ...values, defaultValue: values.text ?? reason });
    }
    return t(`messages.${key}`, { ...filled, defaultValue: message });
  };
}
