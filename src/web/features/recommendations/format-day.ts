const dayFmt = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** A calendar day (YYYY-MM-DD) as people read it, the same day wherever the browser is. */
export const formatDay = (day: string | null | undefined) =>
  day ? dayFmt.format(new Date(`${day}T00:00:00Z`)) : '';

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The browser's time zone, for "overdue" to start at the educator's midnight. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
