import type { Language } from './language';

/** A stage as each language names it inside a sentence ("moved to teaming"). */
const STAGE_NAMES: Record<Language, Readonly<Record<string, string>>> = {
  en: {
    BUZZ: 'buzz',
    TEAMING: 'teaming',
    INVESTMENT: 'investment',
    IMPLEMENTED: 'implemented',
    REJECTED: 'rejected',
    ARCHIVED: 'archived',
  },
  cy: {
    BUZZ: 'bwrlwm',
    TEAMING: 'ffurfio tîm',
    INVESTMENT: 'buddsoddi',
    IMPLEMENTED: 'wedi’i weithredu',
    REJECTED: 'wedi’i wrthod',
    ARCHIVED: 'wedi’i archifo',
  },
};

/** The stage's name in the reader's language; an unknown stage is given as it came. */
export function stageName(language: Language, stage: string): string {
  return STAGE_NAMES[language][stage] ?? stage;
}
