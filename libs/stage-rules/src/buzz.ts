/** The instance's buzz settings (tenant settings of the same names). */
export interface BuzzSettings {
  buzzThreshold: number;
  buzzWindowDays: number;
  supportWeight: number;
  commentWeight: number;
}

/** The activity that counts towards an idea's buzz. */
export interface BuzzActivity {
  /** Distinct members supporting the idea (never its author). */
  supporters: number;
  /** Distinct members other than the author with a visible, undeleted comment. */
  commenters: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function buzzScore(activity: BuzzActivity, settings: Pick<BuzzSettings, 'supportWeight' | 'commentWeight'>): number {
  return settings.supportWeight * activity.supporters + settings.commentWeight * activity.commenters;
}

/** True when an idea in BUZZ with this activity has earned a team: the buzz gate. */
export function reachesBuzzThreshold(activity: BuzzActivity, settings: BuzzSettings): boolean {
  return buzzScore(activity, settings) >= settings.buzzThreshold;
}

/** When an idea that entered BUZZ at `enteredBuzzAt` runs out of time to reach the threshold. */
export function buzzDeadline(enteredBuzzAt: Date, windowDays: number): Date {
  return new Date(enteredBuzzAt.getTime() + windowDays * DAY_MS);
}

/** True once the window has passed; the idea is then archived by the scheduled job. */
export function isBuzzExpired(enteredBuzzAt: Date, windowDays: number, now: Date): boolean {
  return now.getTime() >= buzzDeadline(enteredBuzzAt, windowDays).getTime();
}

/** The moment before which an idea entering BUZZ has expired by `now` (for one SQL comparison). */
export function buzzExpiryCutoff(now: Date, windowDays: number): Date {
  return new Date(now.getTime() - windowDays * DAY_MS);
}
