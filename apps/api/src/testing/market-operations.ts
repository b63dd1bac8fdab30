import { randomUUID } from 'node:crypto';
import type { Caller, GraphQLClient } from './graphql-client';

/** The market's GraphQL operations as an outside client sends them, for specs and suites. */
export const TRADE_FIELDS = 'id ideaId outcome shares cost priceYesAfter balanceAfter';

export const BUY = `mutation Buy($input: BuyInput!) { buyShares(input: $input) { ${TRADE_FIELDS} } }`;
export const SELL = `mutation Sell($input: SellInput!) { sellShares(input: $input) { ${TRADE_FIELDS} } }`;
export const QUOTE = 'query Quote($input: QuoteInput!) { quote(input: $input) { shares cost priceYesAfter } }';
export const MARKET = `query Market($ideaId: ID!) {
  market(ideaId: $ideaId) { id open priceYes sharesYes sharesNo liquidity volume tradeCount resolution }
}`;
export const PORTFOLIO = `{ portfolio { balance netWorth positions { ideaId outcome shares value market { id priceYes } } } }`;
export const WALLET_HISTORY = `query History($first: Int, $after: String) {
  walletHistory(first: $first, after: $after) { id at amount balanceAfter reason ideaId }
}`;
export const PRICE_HISTORY = 'query Prices($ideaId: ID!, $first: Int) { priceHistory(ideaId: $ideaId, first: $first) { at priceYes } }';
export const LEDGER_AUDIT = '{ ledgerAudit { balanced issued circulating entries problems } }';

export interface TradeResult {
  id: string;
  ideaId: string;
  outcome: 'YES' | 'NO';
  shares: string;
  cost: string;
  priceYesAfter: number;
  balanceAfter: string;
}

export interface AuditResult {
  balanced: boolean;
  issued: string;
  circulating: string;
  entries: number;
  problems: string[];
}

export async function audit(api: GraphQLClient, admin: Caller): Promise<AuditResult> {
  return (await api.ok<{ ledgerAudit: AuditResult }>(LEDGER_AUDIT, {}, admin)).ledgerAudit;
}

/** A buy of `spend` through the API, as a member's browser sends it: a fresh idempotency key each time. */
export async function buyFor(
  api: GraphQLClient,
  member: Caller,
  ideaId: string,
  outcome: 'YES' | 'NO',
  spend: string,
): Promise<TradeResult> {
  const input = { ideaId, outcome, spend, idempotencyKey: randomUUID() };
  return (await api.ok<{ buyShares: TradeResult }>(BUY, { input }, member)).buyShares;
}
