import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { TradeQuoteDocument, type TradeQuoteQuery } from '../generated/graphql';
import { quoteInputOf, signatureOf, type TradeRequest } from './trade-request';
import { useDebouncedValue } from './use-debounced-value';

const QUOTE_DELAY_MS = 400;

export type Quote = TradeQuoteQuery['quote'];

export interface TradeQuoteState {
  /** The quote for the trade as the form says it now; undefined while it is asked or when it failed. */
  quote: Quote | undefined;
  /** Why the quote for the trade as the form says it now failed. */
  failure: unknown;
  /** Asks again for the trade on show (after the price moved under a submission). */
  requote(): void;
  /** The quote for `request`: the one on show if it is for that trade, else asked now. */
  quoteFor(request: TradeRequest): Promise<Quote>;
}

/**
 * The live quote for the trade the member is typing: asked once typing pauses, never for a trade
 * the form already rules out (`refused`), and again whenever another trade moves the market.
 */
export function useTradeQuote(ideaId: string, request: TradeRequest | null, refused: boolean, marketVersion: number): TradeQuoteState {
  const client = useApolloClient();
  const signature = request ? signatureOf(request) : null;
  const settled = useDebouncedValue(refused ? null : signature, QUOTE_DELAY_MS);
  const settledRequest = settled ? (JSON.parse(settled) as TradeRequest) : null;
  const query = useQuery(
    TradeQuoteDocument,
    settledRequest ? { variables: { input: quoteInputOf(ideaId, settledRequest) }, fetchPolicy: 'network-only' } : skipToken,
  );
  const current = settled !== null && settled === signature;
  const quote = current ? query.data?.quote : undefined;

  // Another trade moved the price: what this one would do has changed too.
  const { refetch } = query;
  const seenVersion = useRef(marketVersion);
  useEffect(() => {
    if (seenVersion.current === marketVersion) return;
    seenVersion.current = marketVersion;
    if (settled) void refetch().catch(() => undefined);
  }, [marketVersion, refetch, settled]);

  return {
    quote,
    failure: quote || !current ? undefined : query.error,
    requote: () => {
      if (settled) void refetch().catch(() => undefined);
    },
    quoteFor: async (wanted) => {
      if (quote) return quote;
      const { data } = await client.query({
        query: TradeQuoteDocument,
        variables: { input: quoteInputOf(ideaId, wanted) },
        fetchPolicy: 'network-only',
      });
      if (!data) throw new Error('quote returned no data');
      return data.quote;
    },
  };
}
