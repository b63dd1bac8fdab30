import type { Translation } from '../i18n/catalogue';

/** An idea's timeline: its moves between stages and why. */
export const ideaTimelineEn = {
  timeline: {
    heading: 'Timeline',
    submitted: 'Posted in',
    moved: 'Moved to',
    atBy: '{{date}}, by {{actor}}',
    /** Why an idea moved, by the reason's kind; NOTE is text kept as it was written. */
    reasons: {
      SUBMITTED: 'Submitted',
      WITHDRAWN: 'Withdrawn by the author',
      BUZZ_REACHED: 'Reached the buzz threshold: a buzz score of {{score}}, with {{threshold}} needed',
      BUZZ_EXPIRED: 'Did not reach the buzz threshold within {{days}} days',
      FLOATED: 'Floated on the idea market by the team lead',
      DECIDED: 'Board decision: {{rationale}}',
      MERGED: 'Merged into “{{target}}”: {{why}}',
      NOTE: '{{text}}',
    },
  },
};

export const ideaTimelineCy: Translation<typeof ideaTimelineEn> = {
  timeline: {
    heading: 'Llinell amser',
    submitted: 'Cyhoeddwyd yn y cam',
    moved: 'Symudodd i',
    atBy: '{{date}}, gan {{actor}}',
    reasons: {
      SUBMITTED: 'Wedi’i gyflwyno',
      WITHDRAWN: 'Wedi’i dynnu’n ôl gan yr awdur',
      BUZZ_REACHED: 'Wedi cyrraedd y trothwy bwrlwm: sgôr bwrlwm o {{score}}, a {{threshold}} yn ofynnol',
      BUZZ_EXPIRED: 'Heb gyrraedd y trothwy bwrlwm o fewn {{days}} diwrnod',
      FLOATED: 'Wedi’i roi ar farchnad y syniadau gan arweinydd y tîm',
      DECIDED: 'Penderfyniad y bwrdd: {{rationale}}',
      MERGED: 'Wedi’i gyfuno â “{{target}}”: {{why}}',
      NOTE: '{{text}}',
    },
  },
};
