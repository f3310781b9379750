import { formatPrice } from '../../lib/format.js';

/** Money in a seat report: a dash when there is nothing to divide by, "$0.00" rather than "Free". */
export const seatMoney = (cents: number | null) =>
  cents === null ? '—' : cents === 0 ? '$0.00' : formatPrice(cents);
