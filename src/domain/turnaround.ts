import { businessDaysBetween, holidaySet, type Holidays } from './business-days.js';

/**
 * The `p`th percentile (0–100) by linear interpolation between closest ranks — the "inclusive"
 * definition of numpy's default, R's type 7 and spreadsheets' PERCENTILE.INC — so percentile 50 is
 * the usual median (the mean of the middle two for an even count), 0 the minimum and 100 the
 * maximum. Null for no values. Throws a RangeError for `p` outside 0–100 or a non-finite value.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`Percentile must be between 0 and 100, got ${p}`);
  if (values.some((v) => !Number.isFinite(v))) throw new RangeError('Percentile of a non-finite value');
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = ((sorted.length - 1) * p) / 100;
  const below = Math.floor(rank);
  const low = sorted[below]!;
  if (rank === below) return low;
  const high = sorted[Math.min(below + 1, sorted.length - 1)]!;
  // Clamped so floating-point rounding can never step past the next value (keeps it monotone in p).
  return Math.min(high, low + (rank - below) * (high - low));
}

/** One completed review, as the DB layer has it. */
export type TurnaroundItem = { assignedAt: Date; completedAt: Date; dueAt: Date };

export type TurnaroundStats = {
  count: number;
  medianBusinessDays: number | null;
  p90BusinessDays: number | null;
  /**
   * Share of reviews completed at or before their due instant, out of those completed and those
   * still open past their due date (which are late whatever happens next).
   */
  onTimeShare: number | null;
};

/**
 * Review turnaround for a pool or an assessor: business days from assignment to completion (the
 * same clock as the SLA, so weekends and holidays do not count against anyone), and how many met
 * their due date; `overdueOpen` reviews not yet done but already past due count as late. Nulls when
 * there are no reviews.
 */
export function turnaroundStats(
  items: readonly TurnaroundItem[],
  holidays: Holidays,
  overdueOpen = 0,
): TurnaroundStats {
  const set = holidaySet(holidays);
  const days = items.map((i) => businessDaysBetween(i.assignedAt, i.completedAt, set));
  return {
    count: items.length,
    medianBusinessDays: percentile(days, 50),
    p90BusinessDays: percentile(days, 90),
    onTimeShare:
      items.length + overdueOpen
        ? items.filter((i) => i.completedAt.getTime() <= i.dueAt.getTime()).length /
          (items.length + overdueOpen)
        : null,
  };
}
