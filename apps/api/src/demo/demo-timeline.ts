import type { MemberActor } from '../auth/actor';
import { Clock } from '../common/clock/clock';
import type { IdeaEntity } from '../ideas/idea.entity';
import { Outcome } from '../market/market.types';
import type { TradingService } from '../market/trading.service';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Every demo member starts with the instance's default grant; rewards only add to it. */
const STARTING_BALANCE = 100_000n;

/**
 * Marsaglia's xorshift: the demo must tell the same story on every fresh install, so its
 * "random" traders and amounts come from a fixed seed, not Math.random. (A power-of-two linear
 * congruential generator read every fifth draw ran in streaks that stalled the drift.)
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}

/** The trading a market sees between two moments: who trades, how often, and where the crowd's belief drifts. */
export interface MarketHistory {
  idea: IdeaEntity;
  traders: MemberActor[];
  from: Date;
  to: Date;
  trades: number;
  /** The chance of YES the crowd comes round to by `to`, from the opening 50%. */
  drift: number;
}

interface Planned {
  at: number;
  history: MarketHistory;
}

/**
 * The demo's story told in time order, each act as of its own moment in the past (`Clock.asOf`),
 * so rows carry the dates a living instance would have given them. Markets' trades are planned
 * over windows and run, interleaved with the other acts, in the order of their moments: wallets
 * then read in date order, and each trade prices against the market its predecessors left.
 */
export class DemoTimeline {
  private readonly planned: Planned[] = [];
  private readonly prices = new Map<string, number>();
  private readonly balances = new Map<string, bigint>();
  private readonly holdings = new Map<string, bigint>();
  private readonly random: () => number;
  private last = 0;
  private tradeNumber = 0;

  constructor(
    private readonly trading: TradingService,
    private readonly now: number,
    seed: number,
  ) {
    this.random = seededRandom(seed);
  }

  /** `days` whole days ago at `hour`:`minute` UTC (always in the past for one day or more). */
  readonly daysAgo = (days: number, hour = 10, minute = 0): Date => {
    const at = new Date(this.now - days * DAY);
    at.setUTCHours(hour, minute, 0, 0);
    return at;
  };

  readonly hoursAgo = (hours: number): Date => new Date(this.now - hours * HOUR);

  /** Runs the trades planned before `when`, then `act` as of `when`. Acts must come in time order. */
  async at<T>(when: Date, act: () => Promise<T>): Promise<T> {
    await this.tradeUntil(when.getTime());
    this.advanceTo(when.getTime());
    return Clock.asOf(when, act);
  }

  /** Plans a market's trades at working-day moments of its window. */
  plan(history: MarketHistory): void {
    for (const at of this.workingMoments(history.from.getTime(), history.to.getTime(), history.trades)) {
      this.planned.push({ at, history });
    }
    this.planned.sort((a, b) => a.at - b.at);
  }

  /** Runs every trade still planned. */
  finish(): Promise<void> {
    return this.tradeUntil(this.now);
  }

  private advanceTo(at: number): void {
    if (at < this.last || at >= this.now) throw new Error(`the demo story went out of order at ${new Date(at).toISOString()}`);
    this.last = at;
  }

  private async tradeUntil(until: number): Promise<void> {
    while (this.planned.length > 0 && this.planned[0].at < until) {
      const { at, history } = this.planned.shift() as Planned;
      this.advanceTo(at);
      await Clock.asOf(new Date(at), () => this.tradeOnce(history, at));
    }
  }

  /**
   * One trade by one of the market's traders: mostly in the direction of the drift, sometimes
   * against it, and now and then a sale of part of a position held against the drift.
   */
  private async tradeOnce(history: MarketHistory, at: number): Promise<void> {
    const { idea, traders } = history;
    const trader = traders[Math.floor(this.random() * traders.length)];
    const price = this.prices.get(idea.id) ?? 0.5;
    const progress = (at - history.from.getTime()) / (history.to.getTime() - history.from.getTime());
    // A belief that wobbles on its way: news, doubts and second thoughts.
    const belief = 0.5 + (history.drift - 0.5) * progress + 0.05 * Math.sin(progress * Math.PI * 4);
    const chanceOfYes = Math.min(0.9, Math.max(0.1, 0.5 + 8 * (belief - price)));
    const wanted = this.random() < chanceOfYes ? Outcome.YES : Outcome.NO;
    const against = wanted === Outcome.YES ? Outcome.NO : Outcome.YES;
    const heldAgainst = this.holdings.get(holdingKey(idea, trader, against)) ?? 0n;
    const idempotencyKey = `demo-${++this.tradeNumber}`;

    if (heldAgainst > 0n && this.random() < 0.3) {
      const shares = heldAgainst / 2n > 100n ? heldAgainst / 2n : heldAgainst;
      const sold = await this.trading.sell(trader, { ideaId: idea.id, outcome: against, shares, idempotencyKey });
      this.holdings.set(holdingKey(idea, trader, against), heldAgainst - shares);
      this.prices.set(idea.id, sold.priceYesAfter);
      this.balances.set(trader.memberId, sold.balanceAfter);
      return;
    }
    const balance = this.balances.get(trader.memberId) ?? STARTING_BALANCE;
    // Whole Peas between 20 and 100, now and then a conviction trade of twice that; never past an eighth of the wallet.
    const units = BigInt(20 + Math.floor(this.random() * 80)) * (this.random() < 0.15 ? 2n : 1n);
    const spend = units * 100n < balance / 8n ? units * 100n : (balance / 800n) * 100n;
    if (spend <= 0n) return;
    const bought = await this.trading.buy(trader, { ideaId: idea.id, outcome: wanted, spend, idempotencyKey });
    const key = holdingKey(idea, trader, wanted);
    this.holdings.set(key, (this.holdings.get(key) ?? 0n) + bought.shares);
    this.prices.set(idea.id, bought.priceYesAfter);
    this.balances.set(trader.memberId, bought.balanceAfter);
  }

  /** `count` moments in office hours (08:30 to 18:00 UTC) on weekdays of the window, in order. */
  private workingMoments(from: number, to: number, count: number): number[] {
    const days: number[] = [];
    for (let day = from - (from % DAY); day < to; day += DAY) {
      const weekday = new Date(day).getUTCDay();
      if (weekday !== 0 && weekday !== 6) days.push(day);
    }
    if (days.length === 0) return [];
    const moments: number[] = [];
    for (let i = 0; i < count; i++) {
      const day = days[Math.floor(this.random() * days.length)];
      const at = day + 8.5 * HOUR + Math.floor(this.random() * 9.5 * HOUR);
      moments.push(Math.min(to - MINUTE, Math.max(from + MINUTE, at)) + i);
    }
    return moments.sort((a, b) => a - b);
  }
}

function holdingKey(idea: IdeaEntity, trader: MemberActor, outcome: Outcome): string {
  return `${idea.id}:${trader.memberId}:${outcome}`;
}
