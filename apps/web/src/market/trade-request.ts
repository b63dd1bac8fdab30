import type { QuoteInput } from '../generated/graphql';
import type { Outcome } from './market-figures';

export type Side = 'BUY' | 'SELL';
export type BuyBy = 'spend' | 'shares';

/** What the member asks for, once the form says enough to quote it. */
export interface TradeRequest {
  side: Side;
  outcome: Outcome;
  by: BuyBy;
  /** An API Amount: currency to spend, or shares. */
  amount: string;
}

/** Equal for the same trade asked twice, so a quote or a retry can tell it is still the one meant. */
export const signatureOf = (request: TradeRequest): string => JSON.stringify(request);

export const quoteInputOf = (ideaId: string, request: TradeRequest): QuoteInput => ({
  ideaId,
  outcome: request.outcome,
  side: request.side,
  [request.by]: request.amount,
});
