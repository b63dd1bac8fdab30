import { quoteBuySpend } from '@idea-exchange/market-maker';
import type { MarketRow, TradeRow } from './market-store';
import { IdempotencyKeyReused, SpendOrShares } from './market.errors';
import { Outcome } from './market.types';
import { buyPricer, movedBy, replay, requestHash, sellPricer, type TradeRequest } from './trade-request';

const MARKET = '6f1c1f3e-8a0e-4c55-9d55-2f0f4d7e1a01';
const OTHER_MARKET = '6f1c1f3e-8a0e-4c55-9d55-2f0f4d7e1a02';
const opening = { liquidity: 10000n, sharesYes: 0n, sharesNo: 0n };

function buyBySpend(spend: bigint, limit: bigint | null = null): TradeRequest {
  return {
    ideaId: 'idea',
    outcome: 'YES',
    side: 'BUY',
    idempotencyKey: 'key-1',
    shares: 0n,
    spend,
    limit,
    price: buyPricer({ outcome: Outcome.YES, spend }),
    bound: () => undefined,
  };
}

function earlierTrade(overrides: Partial<TradeRow>): TradeRow {
  return {
    id: 'trade-1',
    marketId: MARKET,
    ideaId: 'idea',
    memberId: 'member',
    outcome: 'YES',
    shares: 190n,
    cost: 100n,
    priceYesAfter: 0.5,
    balanceAfter: 0n,
    createdAt: new Date(0),
    requestHash: null,
    ...overrides,
  };
}

describe('a trade request', () => {
  it('prices a buy by spend or by shares, and refuses both or neither as bad input', () => {
    expect(buyPricer({ outcome: Outcome.YES, spend: 100n })(opening)).toEqual(quoteBuySpend(opening, 'YES', 100n));
    expect(() => buyPricer({ outcome: Outcome.YES, spend: 100n, shares: 100n })).toThrow(SpendOrShares);
    expect(() => buyPricer({ outcome: Outcome.YES })).toThrow(SpendOrShares);
  });

  it('turns what the pricing refuses into BAD_USER_INPUT', () => {
    expect(() => buyPricer({ outcome: Outcome.YES, spend: 0n })(opening)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => sellPricer('NO', 100n)(opening)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('fingerprints the arguments: the market however spelt, another bound is another request', () => {
    const hash = requestHash(MARKET, buyBySpend(100n, 120n));
    expect(requestHash(MARKET.toUpperCase(), buyBySpend(100n, 120n))).toBe(hash);
    expect(requestHash(MARKET, buyBySpend(100n, 121n))).not.toBe(hash);
    expect(requestHash(MARKET, buyBySpend(101n, 120n))).not.toBe(hash);
    expect(requestHash(OTHER_MARKET, buyBySpend(100n, 120n))).not.toBe(hash);
  });

  it('answers a retry with the first trade and refuses the key reused for another trade', () => {
    const request = buyBySpend(100n);
    const hash = requestHash(MARKET, request);
    const first = earlierTrade({ requestHash: hash });
    expect(replay(first, request, MARKET, hash)).toBe(first);
    expect(() => replay(first, buyBySpend(200n), MARKET, requestHash(MARKET, buyBySpend(200n)))).toThrow(IdempotencyKeyReused);
  });

  it('compares a trade kept without a fingerprint by what its row records', () => {
    const legacy = earlierTrade({ cost: 100n });
    expect(replay(legacy, buyBySpend(100n), MARKET, 'unused')).toBe(legacy);
    expect(() => replay(legacy, buyBySpend(99n), MARKET, 'unused')).toThrow(IdempotencyKeyReused);
    expect(() => replay(legacy, buyBySpend(100n), OTHER_MARKET, 'unused')).toThrow(IdempotencyKeyReused);
  });

  it('moves the market by the quote: its shares and price, its volume by the amount either way, one more trade', () => {
    const market = {
      id: MARKET,
      liquidity: 10000n,
      sharesYes: 0n,
      sharesNo: 0n,
      priceYes: 0.5,
      volume: 500n,
      tradeCount: 3,
    } as MarketRow;
    const quote = quoteBuySpend(opening, 'YES', 100n);
    const moved = movedBy(market, quote);
    expect(moved).toMatchObject({
      sharesYes: quote.after.sharesYes,
      sharesNo: 0n,
      priceYes: quote.priceYesAfter,
      volume: 500n + quote.cost,
      tradeCount: 4,
    });
    expect(movedBy(market, { ...quote, cost: -quote.cost }).volume).toBe(500n + quote.cost);
  });
});
