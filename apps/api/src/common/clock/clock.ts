import { Injectable } from '@nestjs/common';

/**
 * The app's time, for rules that compare "now" with a stored moment (buzz windows, challenge
 * dates). One injectable source, so tests move time through it instead of rewriting rows.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
