import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPastRetention, retentionCutoff } from './retention.js';
import { addMonths } from './validity.js';

const at = (iso: string) => new Date(iso);
const DAY = 86_400_000;
const anyDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
/** The last days of months (the 28th to the 31st, clamped), where month arithmetic goes wrong. */
const monthEnd = fc
  .record({
    year: fc.integer({ min: 2000, max: 2099 }),
    month: fc.integer({ min: 0, max: 11 }),
    fromEnd: fc.integer({ min: 0, max: 3 }),
    ms: fc.integer({ min: 0, max: DAY - 1 }),
  })
  .map(({ year, month, fromEnd, ms }) => {
    const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return new Date(Date.UTC(year, month, last - fromEnd) + ms);
  });
const dates = fc.oneof(anyDate, monthEnd);
const months = fc.integer({ min: 1, max: 120 });

describe('evidence retention', () => {
  it('keeps evidence for good when no retention is set', () => {
    expect(isPastRetention(at('2001-01-01T00:00:00Z'), null, at('2099-01-01T00:00:00Z'))).toBe(false);
  });

  it('counts calendar months back from now, at month ends and in leap years', () => {
    expect(retentionCutoff(at('2027-03-31T12:00:00Z'), 1).toISOString()).toBe('2027-02-28T12:00:00.000Z');
    expect(retentionCutoff(at('2028-03-31T12:00:00Z'), 1).toISOString()).toBe('2028-02-29T12:00:00.000Z');
    expect(retentionCutoff(at('2027-01-15T08:00:00Z'), 12).toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(retentionCutoff(at('2029-02-28T00:00:00Z'), 12).toISOString()).toBe('2028-02-28T00:00:00.000Z');
    // Decided on 31 January: one month has passed on 28 February, and the evidence goes on 1 March.
    const decided = at('2027-01-31T10:00:00Z');
    expect(isPastRetention(decided, 1, at('2027-02-28T23:59:59Z'))).toBe(false);
    expect(isPastRetention(decided, 1, at('2027-03-01T00:00:00Z'))).toBe(true);
    // Exactly N months later to the millisecond is not yet past.
    const d = at('2026-06-15T09:30:00Z');
    expect(isPastRetention(d, 6, at('2026-12-15T09:30:00Z'))).toBe(false);
    expect(isPastRetention(d, 6, at('2026-12-15T09:30:00.001Z'))).toBe(true);
  });

  it('is never early: a full N calendar months have passed since the decision', () => {
    fc.assert(
      fc.property(dates, dates, months, (decided, now, m) => {
        if (!isPastRetention(decided, m, now)) return true;
        return addMonths(decided, m).getTime() <= now.getTime();
      }),
    );
  });

  // Counting back from the 29th–31st of a month lands on the last day of a shorter one
  // (March 31 → February 28), so a decision late on February 28 waits until April 1: three days.
  it('is never more than three days late', () => {
    fc.assert(
      fc.property(dates, months, fc.integer({ min: 3 * DAY + 1, max: 400 * DAY }), (decided, m, extra) => {
        const now = new Date(addMonths(decided, m).getTime() + extra);
        return isPastRetention(decided, m, now);
      }),
      { numRuns: 2000 },
    );
    const feb28 = new Date('2027-02-28T23:00:00Z');
    expect(isPastRetention(feb28, 1, new Date('2027-03-31T22:00:00Z'))).toBe(false);
    expect(isPastRetention(feb28, 1, new Date('2027-04-01T00:00:00Z'))).toBe(true);
  });

  it('once past, stays past: later instants and shorter retentions never bring evidence back', () => {
    fc.assert(
      fc.property(dates, dates, months, fc.nat(1000 * DAY), fc.nat(119), (decided, now, m, later, less) => {
        if (!isPastRetention(decided, m, now)) return true;
        const shorter = Math.max(1, m - less);
        return (
          isPastRetention(decided, m, new Date(now.getTime() + later)) &&
          isPastRetention(decided, shorter, now)
        );
      }),
    );
  });
});
