import type { Outcome } from '@idea-exchange/market-maker';

export interface TradeLine {
  marketId: string;
  outcome: Outcome;
  shares: bigint;
  cost: bigint;
}

/**
 * What a member paid for the shares they still hold, by the average-cost rule: a buy adds its
 * cost; a sell takes away the sold part of the basis, not what the sale fetched, so the profit of
 * a sale is not hidden inside the basis of the shares kept. Lines must come oldest first.
 */
export function costBases(lines: readonly TradeLine[]): Map<string, bigint> {
  const held = new Map<string, { shares: bigint; basis: bigint }>();
  for (const line of lines) {
    const key = costBasisKey(line.marketId, line.outcome);
    const now = held.get(key) ?? { shares: 0n, basis: 0n };
    if (line.shares > 0n) {
      held.set(key, { shares: now.shares + line.shares, basis: now.basis + line.cost });
    } else if (now.shares > 0n) {
      const sold = -line.shares > now.shares ? now.shares : -line.shares;
      // Round the basis taken away down, so the shares still held never look cheaper than they were.
      const released = (now.basis * sold) / now.shares;
      held.set(key, { shares: now.shares - sold, basis: now.basis - released });
    }
  }
  return new Map([...held].map(([key, { basis }]) => [key, basis]));
}

export function costBasisKey(marketId: string, outcome: Outcome): string {
  return `${marketId}:${outcome}`;
}
