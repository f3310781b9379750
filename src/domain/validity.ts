/**
 * The moment a credential earned at `from` stops being valid, `months` calendar months later (the
 * last day of a shorter month when the day does not exist: 31 January + 1 month = 28/29 February).
 */
export function addMonths(from: Date, months: number): Date {
  const target = new Date(from.getTime());
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/** Days a credential has left (negative once expired); undefined when it does not expire. */
export function daysLeft(validUntil: string | null, now: Date): number | undefined {
  if (!validUntil) return undefined;
  return Math.floor((new Date(validUntil).getTime() - now.getTime()) / 86_400_000);
}

/** Renewal is offered in the last 60 days and at any time after expiry. */
export const RENEWAL_WINDOW_DAYS = 60;

export function renewalOpen(validUntil: string | null, now: Date): boolean {
  const left = daysLeft(validUntil, now);
  return left !== undefined && left <= RENEWAL_WINDOW_DAYS;
}
