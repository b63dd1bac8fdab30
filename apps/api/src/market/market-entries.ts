import type { Outcome, TradeQuote } from '@idea-exchange/market-maker';
import { formatAmount } from '@idea-exchange/money';
import { walletReason } from '@idea-exchange/wording';
import { Accounts } from '../ledger/ledger-accounts';
import type { JournalEntry, Posting } from '../ledger/ledger-batch';
import type { PositionBalance } from '../ledger/ledger.service';
import type { MarketRow } from './market-store';

/** The journal entries of a market's life, built here and posted only by LedgerService.post. */

/** The worst-case loss b·ln 2 (rounded up) moves from the treasury into the new market's pool. */
export function subsidyEntry(market: MarketRow): JournalEntry {
  return {
    kind: 'MARKET_SUBSIDY',
    reason: walletReason.marketOpened(),
    ideaId: market.ideaId,
    postings: [
      { account: Accounts.treasury(), amount: -market.subsidy },
      { account: Accounts.pool(market.id), amount: market.subsidy },
    ],
  };
}

/**
 * A trade: currency between wallet and pool, shares between the outcome's issuer and the
 * member's position. Signed like the quote, so one shape serves buys and sells.
 */
export function tradeEntry(memberId: string, market: MarketRow, quote: TradeQuote): JournalEntry {
  const shares = quote.shares < 0n ? -quote.shares : quote.shares;
  return {
    kind: 'TRADE',
    reason: walletReason.traded(quote.shares > 0n ? 'BOUGHT' : 'SOLD', formatAmount(shares), quote.outcome),
    memberId,
    ideaId: market.ideaId,
    postings: [
      { account: Accounts.wallet(memberId), amount: -quote.cost },
      { account: Accounts.pool(market.id), amount: quote.cost },
      { account: Accounts.sharesIssued(market.id, quote.outcome), amount: -quote.shares },
      { account: Accounts.position(market.id, memberId, quote.outcome), amount: quote.shares },
    ],
  };
}

/** What settlement pays for a position: 1.00 a winning share, nothing for a losing one. */
export function settlementPayout(position: { outcome: Outcome; shares: bigint }, resolution: Outcome): bigint {
  // One share pays 1.00, which is 100 hundredths; shares are hundredths too, so amounts match.
  return position.outcome === resolution ? position.shares : 0n;
}

/**
 * Settlement: every position is redeemed to its issuer, each winning share takes 1.00 from the
 * pool, and whatever the pool has left returns to the treasury, so the pool ends at zero.
 */
export function settlementEntry(market: MarketRow, resolution: Outcome, holders: PositionBalance[], pool: bigint): JournalEntry {
  const postings: Posting[] = [];
  let paid = 0n;
  for (const holder of holders) {
    postings.push(
      { account: Accounts.position(market.id, holder.memberId, holder.outcome), amount: -holder.shares },
      { account: Accounts.sharesIssued(market.id, holder.outcome), amount: holder.shares },
    );
    const payout = settlementPayout(holder, resolution);
    if (payout > 0n) {
      postings.push({ account: Accounts.pool(market.id), amount: -payout }, { account: Accounts.wallet(holder.memberId), amount: payout });
      paid += payout;
    }
  }
  postings.push({ account: Accounts.pool(market.id), amount: -(pool - paid) }, { account: Accounts.treasury(), amount: pool - paid });
  return {
    kind: 'SETTLEMENT',
    reason: walletReason.settled(resolution),
    ideaId: market.ideaId,
    postings,
  };
}
