/**
 * Business-day arithmetic for review SLAs. Everything is on the UTC calendar: a business day is a
 * UTC calendar day that is neither Saturday, Sunday nor one of the issuer's holidays.
 */

const DAY_MS = 86_400_000;

/** An issuer's holidays as UTC calendar dates, 'YYYY-MM-DD'. A set is faster for repeated calls. */
export type Holidays = ReadonlySet<string> | readonly string[];

/** The holidays as a set, so callers doing many calculations can convert once. */
export function holidaySet(holidays: Holidays): ReadonlySet<string> {
  return holidays instanceof Set ? holidays : new Set(holidays);
}

/** Days since 1970-01-01 (UTC) of the calendar day holding `date`. */
function dayNumber(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid date');
  return Math.floor(time / DAY_MS);
}

function isBusinessDayNumber(day: number, holidays: ReadonlySet<string>): boolean {
  const midnight = new Date(day * DAY_MS);
  const weekday = midnight.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(midnight.toISOString().slice(0, 10));
}

/** The first business day after `day`. Terminates: a finite holiday list cannot cover every weekday. */
function nextBusinessDayNumber(day: number, holidays: ReadonlySet<string>): number {
  let next = day + 1;
  while (!isBusinessDayNumber(next, holidays)) next++;
  return next;
}

/** Whether the UTC calendar day holding `date` is a business day. */
export function isBusinessDay(date: Date, holidays: Holidays): boolean {
  return isBusinessDayNumber(dayNumber(date), holidaySet(holidays));
}

/**
 * The instant `days` business days after `start` — an SLA due date.
 *
 * Rule: a start on a business day keeps its time of day, and each business day added moves to the
 * next business day at that same time (Friday 15:00 + 1 = Monday 15:00). A start on a weekend or
 * holiday is first moved to 00:00 of the next business day, so the clock only starts when work can
 * (Saturday 10:00 + 1 = Tuesday 00:00, i.e. the whole of Monday). `days = 0` returns the (moved)
 * start. The result is always on a business day, and `businessDaysBetween(start, result)` is exactly
 * `days`.
 */
export function addBusinessDays(start: Date, days: number, holidays: Holidays): Date {
  if (!Number.isInteger(days) || days < 0)
    throw new TypeError(`Business days must be a whole number of at least 0, got ${days}`);
  const set = holidaySet(holidays);
  let day = dayNumber(start);
  let timeOfDay = start.getTime() - day * DAY_MS;
  if (!isBusinessDayNumber(day, set)) {
    day = nextBusinessDayNumber(day, set);
    timeOfDay = 0;
  }
  for (let left = days; left > 0; left--) day = nextBusinessDayNumber(day, set);
  return new Date(day * DAY_MS + timeOfDay);
}

/**
 * Business time elapsed from `from` to `to`, in business days as a fraction: only the hours that
 * fall on business days count, 24 of them to a day (Friday 12:00 → Monday 00:00 is 0.5). 0 when `to`
 * is not after `from`. The inverse of `addBusinessDays`.
 */
export function businessDaysBetween(from: Date, to: Date, holidays: Holidays): number {
  const start = from.getTime();
  const end = to.getTime();
  if (!(end > start)) return 0;
  const set = holidaySet(holidays);
  let elapsed = 0; // whole milliseconds, summed exactly and divided once
  for (let day = dayNumber(from), last = dayNumber(to); day <= last; day++) {
    if (!isBusinessDayNumber(day, set)) continue;
    elapsed += Math.min(end, (day + 1) * DAY_MS) - Math.max(start, day * DAY_MS);
  }
  return elapsed / DAY_MS;
}
