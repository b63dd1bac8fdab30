import fc from 'fast-check';
import { buzzScore, reachesBuzzThreshold, type BuzzSettings } from './buzz';

const settings = fc.record<BuzzSettings>({
  buzzThreshold: fc.integer({ min: 1, max: 1000 }),
  buzzWindowDays: fc.integer({ min: 1, max: 365 }),
  supportWeight: fc.integer({ min: 0, max: 100 }),
  commentWeight: fc.integer({ min: 0, max: 100 }),
});
const activity = fc.record({ supporters: fc.nat(10_000), commenters: fc.nat(10_000) });

describe('buzz rules (properties)', () => {
  it('never lowers the score, or leaves the threshold, when one more member supports or comments', () => {
    fc.assert(
      fc.property(settings, activity, fc.boolean(), (s, a, supports) => {
        const more = supports ? { ...a, supporters: a.supporters + 1 } : { ...a, commenters: a.commenters + 1 };
        expect(buzzScore(more, s)).toBeGreaterThanOrEqual(buzzScore(a, s));
        if (reachesBuzzThreshold(a, s)) expect(reachesBuzzThreshold(more, s)).toBe(true);
      }),
    );
  });

  it('crosses the threshold at exactly one supporter count when only supporters count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 10 }), (threshold, weight) => {
        const s: BuzzSettings = { buzzThreshold: threshold, buzzWindowDays: 30, supportWeight: weight, commentWeight: 0 };
        const crossings = Array.from({ length: threshold + 1 }, (_, n) => n).filter(
          (n) =>
            n > 0 &&
            reachesBuzzThreshold({ supporters: n, commenters: 0 }, s) &&
            !reachesBuzzThreshold({ supporters: n - 1, commenters: 0 }, s),
        );
        expect(crossings).toEqual([Math.ceil(threshold / weight)]);
      }),
    );
  });
});
