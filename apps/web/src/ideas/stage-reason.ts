import { useTranslation } from 'react-i18next';
import type { IdeaTimelineQuery } from '../generated/graphql';
import { ideasEn } from './ideas.i18n';

type ReasonKind = keyof typeof ideasEn.timeline.reasons;
const isReasonKind = (kind: string): kind is ReasonKind => Object.hasOwn(ideasEn.timeline.reasons, kind);

type Event = NonNullable<IdeaTimelineQuery['idea']>['stageEvents'][number];

/**
 * Why an idea moved, worded in the page's language from the reason's kind and values; a kind this
 * build does not know yet shows the API's own wording.
 */
export function useStageReason(): (event: Pick<Event, 'reason' | 'reasonKind' | 'reasonParams'>) => string {
  const { t } = useTranslation('ideas', { keyPrefix: 'timeline.reasons' });
  return (event) => {
    if (!isReasonKind(event.reasonKind)) return event.reason;
    const values = Object.fromEntries(event.reasonParams.map((param) => [param.name, param.value]));
    // Keys with an underscore read as i18next contexts to its types, so these go by the defaultValue overload.
    return t(event.reasonKind, { ...values, defaultValue: event.reason });
  };
}
