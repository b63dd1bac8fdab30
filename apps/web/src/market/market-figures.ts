import { ceilDiv, floorDiv, formatAmount, isAmount, parseAmount } from '@idea-exchange/money';

export type Outcome = 'YES' | 'NO';

const CHANCE = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

/** The probability of YES for people: "63.2%" (en-GB figures suit Welsh too, as in i18n/format.ts). */
export function formatChance(priceYes: number): string {
  return CHANCE.format(priceYes);
}

/** The price of one share of an outcome as an API Amount ("0.63"), to the nearest hundredth. */
export function sharePrice(priceYes: number, outcome: Outcome): string {
  const price = outcome === 'YES' ? priceYes : 1 - priceYes;
  return formatAmount(BigInt(Math.round(price * 100)));
}

/**
 * What a member typed as an amount or a number of shares, in hundredths: digits with at most two
 * decimal places, thousands commas allowed; null for anything else, zero or less included.
 */
export function readAmount(typed: string): bigint | null {
  const plain = typed.trim().replace(/,/g, '');
  if (!isAmount(plain)) return null;
  const value = parseAmount(plain);
  return value > 0n ? value : null;
}

/**
 * The slippage bound sent with a trade, from the quote the member saw (signed like a Trade: a
 * sell's cost is negative). A buy may cost up to `percent` more (maxCost, rounded up); a sell
 * must pay at least `percent` less (minProceeds, rounded down), never below zero.
 */
export function slippageBound(quoteCost: string, percent: number): string {
  const cost = parseAmount(quoteCost);
  const scale = BigInt(percent);
  if (cost >= 0n) return formatAmount(ceilDiv(cost * (100n + scale), 100n));
  const proceeds = floorDiv(-cost * (100n - scale), 100n);
  return formatAmount(proceeds > 0n ? proceeds : 0n);
}

/** A signed Amount without its sign ("-3.10" -> "3.10"), for words that already say in or out. */
export function magnitude(amount: string): string {
  const value = parseAmount(amount);
  return formatAmount(value < 0n ? -value : value);
}
