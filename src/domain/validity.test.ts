import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, daysLeft, renewalOpen } from './validity.js';

describe('validity', () => {
  it('adds calendar months, keeping the day or the end of a shorter month', () => {
    expect(addMonths(new Date('2026-01-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths(new Date('2028-01-31T10:00:00Z'), 1).toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(addMonths(new Date('2026-11-23T06:00:00Z'), 36).toISOString()).toBe('2029-11-23T06:00:00.000Z');
  });

  it('always moves forward, by at most 31 days a month', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 120 }),
        (from, months) => {
          const to = addMonths(from, months);
          const days = (to.getTime() - from.getTime()) / 86_400_000;
          return days >= months * 28 - 1 && days <= months * 31;
        },
      ),
    );
  });

  it('offers renewal in the last 60 days and after expiry, never without an end date', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    expect(renewalOpen(null, now)).toBe(false);
    expect(renewalOpen('2027-06-01T00:00:00Z', now)).toBe(false);
    expect(renewalOpen('2027-01-10T00:00:00Z', now)).toBe(true);
    expect(renewalOpen('2026-01-10T00:00:00Z', now)).toBe(true);
    expect(daysLeft('2026-11-24T00:00:00Z', now)).toBe(1);
  });
});
