import { addMonths } from './validity.js';

/** The longest and shortest evidence retention an organization may set, in months. */
export const RETENTION_MIN_MONTHS = 1;
export const RETENTION_MAX_MONTHS = 120;

/**
 * Evidence decided before this instant is past a retention of `months`: the same day and time
 * `months` calendar months before `now` (the last day of a shorter month when the day does not
 * exist). Counting back from `now` rather than forward from each decision lets one indexed
 * comparison (`decided_at < cutoff`) find every attempt past it.
 */
export const retentionCutoff = (now: Date, months: number): Date => addMonths(now, -months);

/**
 * Whether evidence of an attempt decided at `decidedAt` is past a retention of `months` at `now`.
 * Never early: a full `months` calendar months (as `addMonths` counts them) have always passed;
 * at month ends it may be up to three days later than that (March 29–31 all count back to February 28). `null` keeps evidence for good.
 */
export function isPastRetention(decidedAt: Date, months: number | null, now: Date): boolean {
  if (months === null) return false;
  return decidedAt.getTime() < retentionCutoff(now, months).getTime();
}
