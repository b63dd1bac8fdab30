import { useMutation } from '@apollo/client/react';
import { useRef } from 'react';
import { BuySharesDocument, SellSharesDocument, type TradeFactsFragment } from '../generated/graphql';
import { signatureOf, type TradeRequest } from './trade-request';

/**
 * Places a trade. A retry of the same trade sends the same idempotency key, so the API moves
 * nothing twice if the first attempt went through unseen; another trade gets a new key.
 */
export function useTradeSubmission(ideaId: string) {
  const [buy] = useMutation(BuySharesDocument);
  const [sell] = useMutation(SellSharesDocument);
  const attempt = useRef<{ signature: string; key: string } | null>(null);

  /** `bound` is the most the trade may cost (a buy) or the least it may bring (a sale). */
  return async (request: TradeRequest, bound: string | undefined): Promise<TradeFactsFragment> => {
    const signature = signatureOf(request);
    const key = attempt.current?.signature === signature ? attempt.current.key : crypto.randomUUID();
    attempt.current = { signature, key };
    const trade =
      request.side === 'BUY'
        ? (
            await buy({
              variables: {
                input: { ideaId, outcome: request.outcome, [request.by]: request.amount, maxCost: bound, idempotencyKey: key },
              },
            })
          ).data?.buyShares
        : (
            await sell({
              variables: { input: { ideaId, outcome: request.outcome, shares: request.amount, minProceeds: bound, idempotencyKey: key } },
            })
          ).data?.sellShares;
    if (!trade) throw new Error('the trade returned no data');
    attempt.current = null;
    return trade;
  };
}
