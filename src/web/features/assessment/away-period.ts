/**
 * An assessor's away period as people think of it (first and last day away, in their own time
 * zone) and as the API stores it (an instant range: from the start of the first day to the start
 * of the day after the last).
 */

export type AwayDays = { firstDay: string; lastDay: string };
export type AwayRange = { awayFrom: string | null; awayUntil: string | null };

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

function startOfLocalDay(day: string, addDays = 0): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + addDays);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The days an existing range covers, for the form; empty strings when there is none. */
export function toAwayDays(range: AwayRange): AwayDays {
  const from = range.awayFrom ? new Date(range.awayFrom) : null;
  const until = range.awayUntil ? new Date(range.awayUntil) : null;
  return {
    firstDay: from && !Number.isNaN(from.getTime()) ? localDay(from) : '',
    // The range ends at the start of the day back, so its last day is one millisecond earlier.
    lastDay: until && !Number.isNaN(until.getTime()) ? localDay(new Date(until.getTime() - 1)) : '',
  };
}

/**
 * The API's range for the days entered, or the problem with them: both days or neither, and the
 * last not before the first.
 */
export function toAwayRange(days: AwayDays): { ok: true; range: AwayRange } | { ok: false; error: string } {
  if (!days.firstDay && !days.lastDay) return { ok: true, range: { awayFrom: null, awayUntil: null } };
  if (!days.firstDay || !days.lastDay)
    return { ok: false, error: 'Enter both the first and the last day away, or clear both.' };
  const from = startOfLocalDay(days.firstDay);
  const until = startOfLocalDay(days.lastDay, 1);
  if (!from || !until) return { ok: false, error: 'Enter the days with the date picker.' };
  if (until <= from) return { ok: false, error: 'The last day away cannot be before the first.' };
  return { ok: true, range: { awayFrom: from.toISOString(), awayUntil: until.toISOString() } };
}

/** Whether `now` falls in the away period. */
export function isAway(range: AwayRange, now: Date): boolean {
  if (!range.awayFrom || !range.awayUntil) return false;
  return new Date(range.awayFrom) <= now && now < new Date(range.awayUntil);
}
