import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDaysBetween, holidaySet, isBusinessDay } from './business-days.js';

const DAY_MS = 86_400_000;
const at = (iso: string) => new Date(iso);
const iso = (date: Date) => date.toISOString();
const calendarDate = (date: Date) => iso(date).slice(0, 10);

/** A start instant with holidays sprinkled over the following weeks (and a few days before). */
const arbCase = fc
  .record({
    start: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
    offsets: fc.uniqueArray(fc.integer({ min: -5, max: 90 }), { maxLength: 25 }),
    asSet: fc.boolean(),
  })
  .map(({ start, offsets, asSet }) => {
    const dates = offsets.map((o) => calendarDate(new Date(start.getTime() + o * DAY_MS)));
    return { start, dates, holidays: asSet ? new Set(dates) : dates };
  });

/** Weekday and holiday check written independently of the module. */
const offDay = (date: Date, dates: readonly string[]) =>
  date.getUTCDay() === 0 || date.getUTCDay() === 6 || dates.includes(calendarDate(date));

const timeOfDay = (date: Date) => ((date.getTime() % DAY_MS) + DAY_MS) % DAY_MS;

describe('isBusinessDay', () => {
  it('excludes Saturdays, Sundays and holidays on the UTC calendar', () => {
    expect(isBusinessDay(at('2026-01-09T23:59:59Z'), [])).toBe(true); // Friday
    expect(isBusinessDay(at('2026-01-10T00:00:00Z'), [])).toBe(false); // Saturday
    expect(isBusinessDay(at('2026-01-11T12:00:00Z'), [])).toBe(false); // Sunday
    expect(isBusinessDay(at('2026-01-19T12:00:00Z'), ['2026-01-19'])).toBe(false); // holiday Monday
    expect(isBusinessDay(at('2026-01-19T12:00:00Z'), new Set(['2026-01-20']))).toBe(true);
  });

  it('agrees with an independent weekday/holiday check', () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: -5, max: 90 }), ({ start, dates, holidays }, o) => {
        const date = new Date(start.getTime() + o * DAY_MS);
        expect(isBusinessDay(date, holidays)).toBe(!offDay(date, dates));
      }),
    );
  });
});

describe('addBusinessDays', () => {
  it('steps over weekends, keeping the time of day', () => {
    expect(iso(addBusinessDays(at('2026-01-09T15:30:00Z'), 1, []))).toBe('2026-01-12T15:30:00.000Z'); // Fri → Mon
    expect(iso(addBusinessDays(at('2026-01-09T15:30:00Z'), 5, []))).toBe('2026-01-16T15:30:00.000Z');
    expect(iso(addBusinessDays(at('2026-01-07T08:00:00Z'), 2, []))).toBe('2026-01-09T08:00:00.000Z'); // Wed → Fri
  });

  it('steps over a holiday: Friday + 1 with a holiday Monday is Tuesday', () => {
    expect(iso(addBusinessDays(at('2026-01-16T09:00:00Z'), 1, ['2026-01-19']))).toBe(
      '2026-01-20T09:00:00.000Z',
    );
  });

  it('crosses the year end over Christmas and New Year holidays', () => {
    const holidays = ['2025-12-25', '2025-12-26', '2026-01-01'];
    expect(iso(addBusinessDays(at('2025-12-31T15:00:00Z'), 1, holidays))).toBe('2026-01-02T15:00:00.000Z');
    expect(iso(addBusinessDays(at('2025-12-31T15:00:00Z'), 2, holidays))).toBe('2026-01-05T15:00:00.000Z');
    expect(iso(addBusinessDays(at('2025-12-24T10:00:00Z'), 3, holidays))).toBe('2025-12-31T10:00:00.000Z');
  });

  it('starts the clock at 00:00 of the next business day when assigned on a day off', () => {
    expect(iso(addBusinessDays(at('2026-01-10T10:00:00Z'), 1, []))).toBe('2026-01-13T00:00:00.000Z'); // Sat
    expect(iso(addBusinessDays(at('2026-01-10T10:00:00Z'), 0, []))).toBe('2026-01-12T00:00:00.000Z');
    expect(iso(addBusinessDays(at('2026-01-01T18:00:00Z'), 0, ['2026-01-01']))).toBe(
      '2026-01-02T00:00:00.000Z',
    );
    expect(iso(addBusinessDays(at('2026-01-07T08:00:00Z'), 0, []))).toBe('2026-01-07T08:00:00.000Z');
  });

  it('rejects negative or fractional day counts and invalid dates', () => {
    expect(() => addBusinessDays(at('2026-01-07T08:00:00Z'), -1, [])).toThrow(TypeError);
    expect(() => addBusinessDays(at('2026-01-07T08:00:00Z'), 1.5, [])).toThrow(TypeError);
    expect(() => addBusinessDays(at('2026-01-07T08:00:00Z'), Number.NaN, [])).toThrow(TypeError);
    expect(() => addBusinessDays(new Date(Number.NaN), 1, [])).toThrow(RangeError);
  });

  it('lands on a business day after exactly `days` business days, at the start time of day', () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: 0, max: 40 }), ({ start, dates, holidays }, days) => {
        const due = addBusinessDays(start, days, holidays);
        expect(offDay(due, dates)).toBe(false);
        expect(timeOfDay(due)).toBe(offDay(start, dates) ? 0 : timeOfDay(start));
        // Count the business days in (start's day, due's day] by walking the calendar.
        const first = Math.floor(start.getTime() / DAY_MS);
        const last = Math.floor(due.getTime() / DAY_MS);
        let counted = 0;
        for (let d = first + 1; d <= last; d++) if (!offDay(new Date(d * DAY_MS), dates)) counted++;
        expect(counted).toBe(offDay(start, dates) ? days + 1 : days);
      }),
    );
  });

  it('is strictly increasing in days and never before the start', () => {
    fc.assert(
      fc.property(
        arbCase,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        ({ start, holidays }, n, more) => {
          const a = addBusinessDays(start, n, holidays);
          expect(a.getTime()).toBeGreaterThanOrEqual(start.getTime());
          expect(addBusinessDays(start, n + more, holidays).getTime()).toBeGreaterThan(a.getTime());
        },
      ),
    );
  });

  it('adding n then m equals adding n + m', () => {
    fc.assert(
      fc.property(
        arbCase,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        ({ start, holidays }, n, m) => {
          const stepwise = addBusinessDays(addBusinessDays(start, n, holidays), m, holidays);
          expect(iso(stepwise)).toBe(iso(addBusinessDays(start, n + m, holidays)));
        },
      ),
    );
  });
});

describe('businessDaysBetween', () => {
  it('counts only the hours on business days', () => {
    expect(businessDaysBetween(at('2026-01-09T12:00:00Z'), at('2026-01-12T12:00:00Z'), [])).toBe(1);
    expect(businessDaysBetween(at('2026-01-09T12:00:00Z'), at('2026-01-13T00:00:00Z'), [])).toBe(1.5);
    expect(businessDaysBetween(at('2026-01-09T12:00:00Z'), at('2026-01-10T20:00:00Z'), [])).toBe(0.5);
    expect(businessDaysBetween(at('2026-01-10T01:00:00Z'), at('2026-01-11T23:00:00Z'), [])).toBe(0); // weekend
    expect(businessDaysBetween(at('2026-01-07T06:00:00Z'), at('2026-01-07T12:00:00Z'), [])).toBe(0.25);
    expect(
      businessDaysBetween(at('2025-12-24T00:00:00Z'), at('2026-01-05T00:00:00Z'), [
        '2025-12-25',
        '2025-12-26',
        '2026-01-01',
      ]),
    ).toBe(5); // Wed 24, Mon 29, Tue 30, Wed 31, Fri 2
  });

  it('is 0 when `to` is not after `from`', () => {
    expect(businessDaysBetween(at('2026-01-07T12:00:00Z'), at('2026-01-07T12:00:00Z'), [])).toBe(0);
    expect(businessDaysBetween(at('2026-01-08T12:00:00Z'), at('2026-01-07T12:00:00Z'), [])).toBe(0);
  });

  it('inverts addBusinessDays exactly, from any start', () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: 0, max: 40 }), ({ start, holidays }, n) => {
        expect(businessDaysBetween(start, addBusinessDays(start, n, holidays), holidays)).toBe(n);
      }),
    );
  });

  it('adds up over consecutive spans and never exceeds calendar time', () => {
    fc.assert(
      fc.property(
        arbCase,
        fc.integer({ min: 0, max: 20 * DAY_MS }),
        fc.integer({ min: 0, max: 20 * DAY_MS }),
        ({ start, holidays }, x, y) => {
          const mid = new Date(start.getTime() + x);
          const end = new Date(mid.getTime() + y);
          const whole = businessDaysBetween(start, end, holidays);
          const parts = businessDaysBetween(start, mid, holidays) + businessDaysBetween(mid, end, holidays);
          expect(whole).toBeCloseTo(parts, 9);
          expect(whole).toBeLessThanOrEqual((x + y) / DAY_MS);
        },
      ),
    );
  });

  it('accepts holidays as a set or an array alike', () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: 0, max: 30 * DAY_MS }), ({ start, dates }, span) => {
        const end = new Date(start.getTime() + span);
        expect(businessDaysBetween(start, end, dates)).toBe(
          businessDaysBetween(start, end, holidaySet(dates)),
        );
      }),
    );
  });
});
