import { buzzDeadline, buzzExpiryCutoff, buzzScore, isBuzzExpired, reachesBuzzThreshold, type BuzzSettings } from './buzz';

const defaults: BuzzSettings = { buzzThreshold: 10, buzzWindowDays: 30, supportWeight: 1, commentWeight: 1 };

describe('buzz score', () => {
  it('adds distinct supporters and distinct commenters by default', () => {
    expect(buzzScore({ supporters: 4, commenters: 3 }, defaults)).toBe(7);
  });

  it('weighs supporters and commenters by the instance settings', () => {
    expect(buzzScore({ supporters: 4, commenters: 3 }, { supportWeight: 2, commentWeight: 0 })).toBe(8);
    expect(buzzScore({ supporters: 0, commenters: 5 }, { supportWeight: 1, commentWeight: 3 })).toBe(15);
  });

  it('reaches the threshold exactly at it, not one short', () => {
    expect(reachesBuzzThreshold({ supporters: 9, commenters: 0 }, defaults)).toBe(false);
    expect(reachesBuzzThreshold({ supporters: 9, commenters: 1 }, defaults)).toBe(true);
    expect(reachesBuzzThreshold({ supporters: 3, commenters: 0 }, { ...defaults, buzzThreshold: 3 })).toBe(true);
  });

  it('never reaches the threshold when both weights are zero', () => {
    expect(reachesBuzzThreshold({ supporters: 1000, commenters: 1000 }, { ...defaults, supportWeight: 0, commentWeight: 0 })).toBe(false);
  });
});

describe('buzz window', () => {
  const entered = new Date('2025-01-01T12:00:00Z');

  it('ends the given number of days after the idea entered BUZZ', () => {
    expect(buzzDeadline(entered, 30).toISOString()).toBe('2025-01-31T12:00:00.000Z');
  });

  it('expires at the deadline and not a moment before', () => {
    expect(isBuzzExpired(entered, 30, new Date('2025-01-31T11:59:59.999Z'))).toBe(false);
    expect(isBuzzExpired(entered, 30, new Date('2025-01-31T12:00:00Z'))).toBe(true);
  });

  it('gives the cutoff that the expiry job compares entry times with', () => {
    const now = new Date('2025-01-31T12:00:00Z');
    expect(buzzExpiryCutoff(now, 30).getTime()).toBe(entered.getTime());
  });
});
