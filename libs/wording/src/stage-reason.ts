import { fillIn, type Language } from './language';

export const STAGE_REASON_KINDS = [
  'SUBMITTED',
  'WITHDRAWN',
  'BUZZ_REACHED',
  'BUZZ_EXPIRED',
  'FLOATED',
  'DECIDED',
  'MERGED',
  'NOTE',
] as const;
export type StageReasonKind = (typeof STAGE_REASON_KINDS)[number];

/**
 * Why an idea moved, stored as a kind and its values rather than a sentence, so each reader sees it
 * in their own language. NOTE carries text as it was written: a reason recorded before reasons had
 * kinds, that could not be read back into one.
 */
export interface StageReason {
  kind: StageReasonKind;
  params: Record<string, string>;
}

export const stageReason = {
  submitted: (): StageReason => ({ kind: 'SUBMITTED', params: {} }),
  withdrawn: (): StageReason => ({ kind: 'WITHDRAWN', params: {} }),
  buzzReached: (score: number, threshold: number): StageReason => ({
    kind: 'BUZZ_REACHED',
    params: { score: String(score), threshold: String(threshold) },
  }),
  buzzExpired: (days: number): StageReason => ({ kind: 'BUZZ_EXPIRED', params: { days: String(days) } }),
  floated: (): StageReason => ({ kind: 'FLOATED', params: {} }),
  decided: (rationale: string): StageReason => ({ kind: 'DECIDED', params: { rationale } }),
  merged: (target: string, why: string): StageReason => ({ kind: 'MERGED', params: { target, why } }),
  note: (text: string): StageReason => ({ kind: 'NOTE', params: { text } }),
};

/** The one wording of stage reasons, for the API's sentences and the web app's catalogue alike. */
export const STAGE_REASON_WORDING: Record<Language, Record<StageReasonKind, string>> = {
  en: {
    SUBMITTED: 'Submitted',
    WITHDRAWN: 'Withdrawn by the author',
    BUZZ_REACHED: 'Reached the buzz threshold: a buzz score of {{score}}, with {{threshold}} needed',
    BUZZ_EXPIRED: 'Did not reach the buzz threshold within {{days}} days',
    FLOATED: 'Floated on the idea market by the team lead',
    DECIDED: 'Board decision: {{rationale}}',
    MERGED: 'Merged into “{{target}}”: {{why}}',
    NOTE: '{{text}}',
  },
  cy: {
    SUBMITTED: 'Wedi’i gyflwyno',
    WITHDRAWN: 'Wedi’i dynnu’n ôl gan yr awdur',
    BUZZ_REACHED: 'Wedi cyrraedd y trothwy bwrlwm: sgôr bwrlwm o {{score}}, a {{threshold}} yn ofynnol',
    BUZZ_EXPIRED: 'Heb gyrraedd y trothwy bwrlwm o fewn {{days}} diwrnod',
    FLOATED: 'Wedi’i roi ar farchnad y syniadau gan arweinydd y tîm',
    DECIDED: 'Penderfyniad y bwrdd: {{rationale}}',
    MERGED: 'Wedi’i gyfuno â “{{target}}”: {{why}}',
    NOTE: '{{text}}',
  },
};

export function isStageReasonKind(kind: string): kind is StageReasonKind {
  return (STAGE_REASON_KINDS as readonly string[]).includes(kind);
}

export function stageReasonText(language: Language, reason: StageReason): string {
  return fillIn(STAGE_REASON_WORDING[language][reason.kind], reason.params);
}
