import { fillIn, outcomeNamed, type Language } from './language';

/**
 * What a market asks, and why an outcome market resolved, in each language. The English is what the API
 * has always written (into the audit log too), word for word, so entries written before match it.
 */
export const OUTCOME_MARKET_WORDING = {
  en: {
    IMPLEMENTATION_QUESTION: 'Will this idea be implemented?',
    QUESTION: 'Will realised savings reach {{target}} by {{date}}?',
    TARGET_REACHED: '{{outcome}}: the recorded realised savings reached its target',
    CLOSING_DATE_PASSED: '{{outcome}}: its closing date passed before the target was reached',
  },
  cy: {
    IMPLEMENTATION_QUESTION: 'A fydd y syniad hwn yn cael ei weithredu?',
    QUESTION: 'A fydd yr arbedion a wireddwyd yn cyrraedd {{target}} erbyn {{date}}?',
    TARGET_REACHED: '{{outcome}}: cyrhaeddodd yr arbedion a wireddwyd a gofnodwyd eu targed',
    CLOSING_DATE_PASSED: '{{outcome}}: aeth ei ddyddiad cau heibio cyn cyrraedd y targed',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** Why an outcome market resolved: its target was reached (YES), or its closing date passed (NO). */
export type OutcomeResolution = 'TARGET_REACHED' | 'CLOSING_DATE_PASSED';

/** Month names kept here, not taken from Intl: browsers ship without Welsh dates and fall back to English. */
const MONTHS: Record<Language, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  cy: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
};

/** "31 March 2027" or "31 Mawrth 2027", the day as it is in UTC (where closing dates are set). */
function longDate(language: Language, date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[language][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "Will realised savings reach 500.00 Peas by 1 March 2027?", the date named as the reader's language names it. */
export function outcomeQuestionText(language: Language, target: string, closesAt: Date): string {
  return fillIn(OUTCOME_MARKET_WORDING[language].QUESTION, { target, date: longDate(language, closesAt) });
}

/** What every idea's own market asks. */
export function implementationQuestionText(language: Language): string {
  return OUTCOME_MARKET_WORDING[language].IMPLEMENTATION_QUESTION;
}

export function outcomeResolutionText(language: Language, resolution: OutcomeResolution, outcome: 'YES' | 'NO'): string {
  return fillIn(OUTCOME_MARKET_WORDING[language][resolution], { outcome: outcomeNamed(language, outcome) });
}

/** A resolution as the English the audit log holds it in, read back; undefined for any other text. */
export function outcomeResolutionOf(english: string): { resolution: OutcomeResolution; outcome: 'YES' | 'NO' } | undefined {
  for (const resolution of ['TARGET_REACHED', 'CLOSING_DATE_PASSED'] as const) {
    for (const outcome of ['YES', 'NO'] as const) {
      if (outcomeResolutionText('en', resolution, outcome) === english) return { resolution, outcome };
    }
  }
  return undefined;
}
