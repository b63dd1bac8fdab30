import type { TradingService } from '../market/trading.service';
import { Clock } from '../common/clock/clock';
import { DemoTimeline, seededRandom } from './demo-timeline';

/** The timeline's own rules, before any trade: acts planned without trades need no trading. */
const noTrading = {} as TradingService;
const NOW = Date.parse('2026-12-05T12:00:00Z');

describe('the demo timeline', () => {
  it('runs each act as of its own moment, and the clock is real again after it', async () => {
    const story = new DemoTimeline(noTrading, NOW, 1);
    const seen = await story.at(story.daysAgo(3, 9, 30), async () => new Clock().now());
    expect(seen.toISOString()).toBe('2026-12-02T09:30:00.000Z');
    expect(new Clock().now().getTime()).toBeGreaterThan(seen.getTime());
    expect(Clock.pinnedMoment()).toBeUndefined();
  });

  it('refuses an act out of date order or not in the past', async () => {
    const story = new DemoTimeline(noTrading, NOW, 1);
    await story.at(story.daysAgo(2), async () => undefined);
    await expect(story.at(story.daysAgo(3), async () => undefined)).rejects.toThrow('out of order');
    await expect(story.at(new Date(NOW), async () => undefined)).rejects.toThrow('out of order');
  });

  it('draws the same numbers from the same seed, each in [0, 1)', () => {
    const first = seededRandom(2026);
    const again = seededRandom(2026);
    const draws = Array.from({ length: 1_000 }, () => first());
    expect(draws).toEqual(Array.from({ length: 1_000 }, () => again()));
    expect(draws.every((draw) => draw >= 0 && draw < 1)).toBe(true);
    // Spread, not streaks: each tenth of the range gets a share of a thousand draws.
    for (let tenth = 0; tenth < 10; tenth++) expect(draws.filter((d) => Math.floor(d * 10) === tenth).length).toBeGreaterThan(60);
  });
});
