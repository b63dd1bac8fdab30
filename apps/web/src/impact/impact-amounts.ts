import { formatAmount, parseAmount, sumAmounts } from '@idea-exchange/money';

/** The sum of API Amounts, as an Amount: exactly, in hundredths. */
export function totalOf(amounts: readonly string[]): string {
  return formatAmount(sumAmounts(amounts.map(parseAmount)));
}

export type SavingProblem = 'savingMissing' | 'savingFormat' | 'savingTooLarge';

const MAX_HUNDREDTHS = 1_000_000_000_00n;

/** A realised saving as typed ("£1,500.5") as an Amount ("1500.50"), or why it is not one. */
export function savingFrom(typed: string): { amount: string } | { problem: SavingProblem } {
  const cleaned = typed.trim().replace(/^£/, '').replace(/[\s,]/g, '');
  if (cleaned === '') return { problem: 'savingMissing' };
  if (!/^\d{1,16}(\.\d{1,2})?$/.test(cleaned)) return { problem: 'savingFormat' };
  const hundredths = parseAmount(cleaned);
  if (hundredths > MAX_HUNDREDTHS) return { problem: 'savingTooLarge' };
  return { amount: formatAmount(hundredths) };
}
