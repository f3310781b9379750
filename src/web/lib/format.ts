const dateFmt = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const dateTimeFmt = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
const timeFmt = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Formats an ISO timestamp with `fmt`; empty for none, the raw text if it does not parse. */
const formatWith = (fmt: Intl.DateTimeFormat) => (iso: string | null | undefined) => {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : fmt.format(d);
};

export const formatDate = formatWith(dateFmt);
export const formatDateTime = formatWith(dateTimeFmt);
export const formatTime = (date: Date) => timeFmt.format(date);

export const formatPrice = (cents: number) => (cents === 0 ? 'Free' : usd.format(cents / 100));

export const formatHours = (hours: number) =>
  `${Number.isInteger(hours) ? hours : hours.toFixed(1)} ${hours === 1 ? 'hour' : 'hours'}`;

export { formatBytes } from '../../domain/format-bytes.js';

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;
