import { MIN_SECTION_LENGTH } from '@idea-exchange/stage-rules';

/** The business case's sections in the contract's order: five written ones and three amounts. */
export const TEXT_SECTIONS = ['problem', 'proposal', 'benefits', 'risks', 'measuresOfSuccess'] as const;
export const AMOUNT_SECTIONS = ['estimatedAnnualSaving', 'oneOffCost', 'runningCost'] as const;
export const SECTION_ORDER = [
  'problem',
  'proposal',
  'benefits',
  'estimatedAnnualSaving',
  'oneOffCost',
  'runningCost',
  'risks',
  'measuresOfSuccess',
] as const;

export type TextSection = (typeof TEXT_SECTIONS)[number];
export type AmountSection = (typeof AMOUNT_SECTIONS)[number];
export type Section = (typeof SECTION_ORDER)[number];
export type BusinessCaseValues = Record<Section, string>;

/** The API's limit for each written section. */
export const SECTION_CHARACTER_LIMIT = 5000;
/** The API's largest amount: a billion, in pounds and pence. */
const MAX_AMOUNT_HUNDREDTHS = 1_000_000_000_00n;

export const EMPTY_BUSINESS_CASE: BusinessCaseValues = {
  problem: '',
  proposal: '',
  benefits: '',
  estimatedAnnualSaving: '',
  oneOffCost: '',
  runningCost: '',
  risks: '',
  measuresOfSuccess: '',
};

export const isAmountSection = (section: Section): section is AmountSection => (AMOUNT_SECTIONS as readonly string[]).includes(section);

export type AmountProblem = 'missing' | 'format' | 'tooLarge';

/**
 * What someone typed in an amount field as the API's Amount ("1234.50"), or why it is not one.
 * A pound sign, spaces and thousands separators are allowed; a third decimal place is not.
 */
export function parseAmountInput(typed: string): { amount: string } | { problem: AmountProblem } {
  const cleaned = typed.trim().replace(/^£/, '').replace(/[\s,]/g, '');
  if (cleaned === '') return { problem: 'missing' };
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return { problem: 'format' };
  const pounds = match[1].replace(/^0+(?=\d)/, '');
  const pence = (match[2] ?? '').padEnd(2, '0');
  if (BigInt(pounds) * 100n + BigInt(pence) > MAX_AMOUNT_HUNDREDTHS) return { problem: 'tooLarge' };
  return { amount: `${pounds}.${pence}` };
}

/** A section counts as done as the float check sees it: written sections need some substance. */
export function sectionComplete(values: BusinessCaseValues, section: Section): boolean {
  if (isAmountSection(section)) return 'amount' in parseAmountInput(values[section]);
  return values[section].trim().length >= MIN_SECTION_LENGTH;
}

export function completedSections(values: BusinessCaseValues): number {
  return SECTION_ORDER.filter((section) => sectionComplete(values, section)).length;
}

/** The saved case as the form's values; amounts as the API prints them. */
export function valuesOf(saved: BusinessCaseValues | null | undefined): BusinessCaseValues {
  if (!saved) return EMPTY_BUSINESS_CASE;
  const values = { ...EMPTY_BUSINESS_CASE };
  for (const section of SECTION_ORDER) values[section] = saved[section];
  return values;
}

/** The sections that differ between two versions, in page order; amounts compared as amounts. */
export function changedSections(previous: BusinessCaseValues, latest: BusinessCaseValues): Section[] {
  return SECTION_ORDER.filter((section) => {
    if (!isAmountSection(section)) return previous[section].trim() !== latest[section].trim();
    const before = parseAmountInput(previous[section]);
    const after = parseAmountInput(latest[section]);
    return 'amount' in before && 'amount' in after ? before.amount !== after.amount : previous[section] !== latest[section];
  });
}
