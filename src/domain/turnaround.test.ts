import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays } from './business-days.js';
import { percentile, turnaroundStats } from './turnaround.js';

// (+ 0 turns -0 into 0: the two sort as equal, so which one comes out would depend on input order.)
const arbValues = fc.array(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => v + 0),
  { minLength: 1, maxLength: 40 },
);
const arbP = fc.double({ min: 0, max: 100, noNaN: true });

describe('percentile (linear interpolation, inclusive)', () => {
  it('matches worked values', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([15, 20, 35, 40, 50], 40)).toBe(29); // rank 1.6: 20 + 0.6·15
    expect(percentile([1, 2, 3, 4], 90)).toBeCloseTo(3.7, 12); // rank 2.7
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBeCloseTo(9.1, 12); // rank 8.1
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([5, 1, 9], 0)).toBe(1);
    expect(percentile([5, 1, 9], 100)).toBe(9);
  });

  it('is null for no values and rejects p outside 0–100 or non-finite values', () => {
    expect(percentile([], 50)).toBeNull();
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], 100.5)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
    expect(() => percentile([1, Number.NaN], 50)).toThrow(RangeError);
    expect(() => percentile([Infinity], 50)).toThrow(RangeError);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it('agrees with the rank definition: a value at whole ranks, between neighbours otherwise', () => {
    fc.assert(
      fc.property(arbValues, arbP, (values, p) => {
        const sorted = [...values].sort((a, b) => a - b);
        const rank = ((sorted.length - 1) * p) / 100;
        const result = percentile(values, p)!;
        expect(result).toBeGreaterThanOrEqual(sorted[Math.floor(rank)]!);
        expect(result).toBeLessThanOrEqual(sorted[Math.ceil(rank)]!);
        if (Number.isInteger(rank)) expect(result).toBe(sorted[rank]);
        expect(percentile(values, 0)).toBe(sorted[0]);
        expect(percentile(values, 100)).toBe(sorted[sorted.length - 1]);
      }),
    );
  });

  it('gives the middle value as the median of an odd count, the mean of the middle two for an even one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 40 }),
        (values) => {
          const sorted = [...values].sort((a, b) => a - b);
          const mid = sorted.length >> 1;
          const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
          expect(percentile(values, 50)).toBe(median);
        },
      ),
    );
  });

  it('is monotone in p and independent of input order', () => {
    fc.assert(
      fc.property(arbValues, arbP, arbP, (values, p, q) => {
        const [lo, hi] = p <= q ? [p, q] : [q, p];
        expect(percentile(values, lo)!).toBeLessThanOrEqual(percentile(values, hi)!);
        expect(percentile([...values].reverse(), p)).toBe(percentile(values, p));
      }),
    );
  });
});

describe('turnaround stats', () => {
  const t = (iso: string) => new Date(iso);

  it('is count 0 with nulls when nothing was completed', () => {
    expect(turnaroundStats([], [])).toEqual({
      count: 0,
      medianBusinessDays: null,
      p90BusinessDays: null,
      onTimeShare: null,
    });
  });

  it('measures business days from assignment to completion and on-time share', () => {
    const holidays = ['2026-01-19'];
    const items = [
      // Fri 12:00 → Mon 12:00: 1 business day, due Mon 12:00 — on time (due is inclusive)
      {
        assignedAt: t('2026-01-09T12:00:00Z'),
        completedAt: t('2026-01-12T12:00:00Z'),
        dueAt: t('2026-01-12T12:00:00Z'),
      },
      // Fri 00:00 → Tue 00:00 over the Monday holiday: 1 business day, late
      {
        assignedAt: t('2026-01-16T00:00:00Z'),
        completedAt: t('2026-01-20T00:00:00Z'),
        dueAt: t('2026-01-19T23:00:00Z'),
      },
      // Wed 06:00 → Wed 18:00: half a day
      {
        assignedAt: t('2026-01-07T06:00:00Z'),
        completedAt: t('2026-01-07T18:00:00Z'),
        dueAt: t('2026-01-09T06:00:00Z'),
      },
      // Mon 00:00 → Fri 00:00: 4 business days
      {
        assignedAt: t('2026-01-05T00:00:00Z'),
        completedAt: t('2026-01-09T00:00:00Z'),
        dueAt: t('2026-01-10T00:00:00Z'),
      },
    ];
    const stats = turnaroundStats(items, holidays);
    // sorted: 0.5, 1, 1, 4 → median 1, p90 at rank 2.7: 1 + 0.7·3 = 3.1
    expect(stats.count).toBe(4);
    expect(stats.medianBusinessDays).toBe(1);
    expect(stats.p90BusinessDays).toBeCloseTo(3.1, 12);
    expect(stats.onTimeShare).toBe(0.75);
    // Two open reviews already past due count as late: 3 on time of 6; the times are unchanged.
    const withOverdue = turnaroundStats(items, holidays, 2);
    expect(withOverdue.onTimeShare).toBe(0.5);
    expect(withOverdue).toMatchObject({ count: 4, medianBusinessDays: 1 });
    expect(turnaroundStats([], holidays, 1).onTimeShare).toBe(0);
  });

  it('reports the SLA as turnaround when every review finishes exactly on its due date', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            assignedAt: fc.date({
              min: new Date('2020-01-01'),
              max: new Date('2030-01-01'),
              noInvalidDate: true,
            }),
            sla: fc.integer({ min: 1, max: 3 }),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (reviews) => {
          const items = reviews.map(({ assignedAt, sla }) => {
            const dueAt = addBusinessDays(assignedAt, sla, []);
            return { assignedAt, completedAt: dueAt, dueAt };
          });
          const stats = turnaroundStats(items, []);
          expect(stats.count).toBe(reviews.length);
          expect(stats.onTimeShare).toBe(1);
          expect(stats.medianBusinessDays).toBe(
            percentile(
              reviews.map((r) => r.sla),
              50,
            ),
          );
          const late = items.map((i) => ({ ...i, completedAt: new Date(i.dueAt.getTime() + 1) }));
          expect(turnaroundStats(late, []).onTimeShare).toBe(0);
        },
      ),
    );
  });
});
