import type { Leaning, PlannedAttempt, Quality, When } from '../../../demo/assessment.js';
import type { DemoBorderlineResponse } from '../../../demo/responses.js';
import type { ReviewKind } from '../../contracts/reviews.js';
import { addBusinessDays } from '../../domain/business-days.js';

/** Pure rules the double-scoring demo is planned by: times, and what each assessor scores. */

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** History happens at 10:00 UTC on its day. */
const HISTORY_HOUR = 10 * HOUR;

/** Monday 00:00 UTC of the week `now` falls in. */
export function weekStartOf(now: Date): Date {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(midnight - ((now.getUTCDay() + 6) % 7) * DAY);
}

/** 'YYYY-MM-DD' of the day `days` after `week` (negative: before). */
export const dayOf = (week: Date, days: number) =>
  new Date(week.getTime() + days * DAY).toISOString().slice(0, 10);

/**
 * The latest start whose due date, `slaDays` business days on, is no later than `limit`: a review
 * assigned then is just overdue at `limit`, and stays within its grace period for a while after.
 */
export function latestStartDueBy(limit: Date, slaDays: number, holidays: readonly string[]): Date {
  let start = limit.getTime();
  while (addBusinessDays(new Date(start), slaDays, holidays).getTime() > limit.getTime()) start -= HOUR;
  return new Date(start);
}

export type Clocks = { week: Date; now: Date; slaDays: number; holidays: readonly string[] };

/** A planned moment as a date: in the seed week's history, before now, or due just before now. */
export function resolveWhen(when: When, c: Clocks): Date {
  if (when === 'due-just-passed')
    return latestStartDueBy(new Date(c.now.getTime() - HOUR), c.slaDays, c.holidays);
  if ('daysAgo' in when) return new Date(c.now.getTime() - when.daysAgo * DAY);
  return new Date(c.week.getTime() - when.daysBeforeWeek * DAY + HISTORY_HOUR);
}

/**
 * The criteria an assessor scores "not yet": none on a strong submission; on a borderline one,
 * the arguable criterion unless it is arguably met and they are lenient (or even, and it is
 * `arguable-earned`); strict assessors doubt a second criterion too.
 */
export function notYetFor(leaning: Leaning, quality: Quality, b: DemoBorderlineResponse): string[] {
  if (quality === 'strong') return [];
  if (leaning === 'strict') return [b.arguable, b.doubted];
  if (quality === 'weak') return [b.arguable];
  if (leaning === 'lenient' || quality === 'arguable-earned') return [];
  return [b.arguable];
}

/** How a senior settles it: the reference scores of an anchor, an adjudication. */
export const truthFor = (quality: Quality, b: DemoBorderlineResponse) => notYetFor('even', quality, b);

/**
 * What the `index`-th review of a planned attempt scores "not yet": an appeal as the plan decides,
 * an adjudication as a senior would, a scorer as the plan forces or their leaning says.
 */
export function plannedNotYet(
  plan: PlannedAttempt,
  review: { kind: ReviewKind; index: number; leaning: Leaning },
  b: DemoBorderlineResponse,
): string[] {
  const decision =
    review.kind === 'appeal'
      ? plan.appeal?.decision
      : review.kind === 'adjudication'
        ? undefined
        : plan.decisions?.[review.index];
  if (decision) return decision === 'earned' ? [] : [b.arguable];
  return review.kind === 'adjudication'
    ? truthFor(plan.quality, b)
    : notYetFor(review.leaning, plan.quality, b);
}
