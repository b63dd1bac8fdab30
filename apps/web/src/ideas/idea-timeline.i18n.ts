import { STAGE_REASON_WORDING } from '@idea-exchange/wording';
import type { Translation } from '../i18n/catalogue';

/** An idea's timeline: its moves between stages and why. */
export const ideaTimelineEn = {
  timeline: {
    heading: 'Timeline',
    submitted: 'Posted in',
    moved: 'Moved to',
    atBy: '{{date}}, by {{actor}}',
    /** Why an idea moved, by the reason's kind: the wording the API uses too. */
    reasons: STAGE_REASON_WORDING.en,
  },
};

export const ideaTimelineCy: Translation<typeof ideaTimelineEn> = {
  timeline: {
    heading: 'Llinell amser',
    submitted: 'Cyhoeddwyd yn y cam',
    moved: 'Symudodd i',
    atBy: '{{date}}, gan {{actor}}',
    reasons: STAGE_REASON_WORDING.cy,
  },
};
