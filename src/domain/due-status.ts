/**
 * Where an educator stands on something recommended or assigned to them, counted in the
 * educator's own day: a due date is the last day the work can be earned on time, in their time zone.
 */

/** What the educator has done on the micro-credential: nothing, something, or earned it. */
export type WorkState = 'none' | 'in_progress' | 'earned';
export type DueStatus = 'not_started' | 'in_progress' | 'earned' | 'overdue';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a string names a real calendar day as YYYY-MM-DD. */
export function isIsoDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Whether a time zone name is one this runtime knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day (YYYY-MM-DD) it is at `now` in `timeZone`. */
export function dayIn(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Whole days from `today` to `dueOn` (negative once it has passed). */
export function daysUntil(dueOn: string, today: string): number {
  return Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** The day `days` after `day`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Earned wins whenever it happened; otherwise work is overdue from the day after the due date
 * (never on the due day itself), else in progress or not started.
 */
export function dueStatus(input: { work: WorkState; dueOn: string | null; today: string }): DueStatus {
  if (input.work === 'earned') return 'earned';
  if (input.dueOn !== null && input.today > input.dueOn) return 'overdue';
  return input.work === 'in_progress' ? 'in_progress' : 'not_started';
}

/** What a submission's status says about the work. */
export function workStateOf(submissionStatuses: readonly string[]): WorkState {
  if (submissionStatuses.includes('earned')) return 'earned';
  return submissionStatuses.some((s) => s !== 'withdrawn') ? 'in_progress' : 'none';
}
