import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choosePool, poolOrder, poolPhase, seatCountProblem, seatUsage, sumUsage } from './seat-pool.js';

const day = fc
  .date({ min: new Date('2001-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const candidate = fc.record({
  id: fc.uuid(),
  depth: fc.integer({ min: 0, max: 2 }),
  remaining: fc.integer({ min: 0, max: 3 }),
  endsOn: fc.option(day, { nil: null }),
});
const counts = fc
  .record({
    total: fc.integer({ min: 0, max: 500 }),
    used: fc.nat(500),
    earnedShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ total, used, earnedShare }) => ({ total, used, earned: Math.floor(used * earnedShare) }));

describe('seat pools', () => {
  it('are open from the first through the last day', () => {
    const p = { startsOn: '2026-08-01', endsOn: '2027-06-30' };
    expect(poolPhase(p, '2026-07-31')).toBe('scheduled');
    expect(poolPhase(p, '2026-08-01')).toBe('open');
    expect(poolPhase(p, '2027-06-30')).toBe('open');
    expect(poolPhase(p, '2027-07-01')).toBe('closed');
    expect(poolPhase({ startsOn: '2026-08-01', endsOn: null }, '2099-01-01')).toBe('open');
  });

  it('pay from the nearest organization with a seat left', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 8 }), (cs) => {
        const chosen = choosePool(cs);
        const withSeats = cs.filter((c) => c.remaining > 0);
        if (!withSeats.length) return chosen === null;
        if (!chosen || chosen.remaining <= 0) return false;
        // Nobody nearer had a seat.
        return withSeats.every((c) => c.depth >= chosen.depth);
      }),
    );
    const school = { id: 'a', depth: 0, remaining: 0, endsOn: null };
    const district = { id: 'b', depth: 1, remaining: 4, endsOn: null };
    const state = { id: 'c', depth: 2, remaining: 9, endsOn: null };
    expect(choosePool([state, district, school])?.id).toBe('b');
    expect(poolOrder([state, district, school]).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    // Within one organization, the pool that ends first.
    expect(
      choosePool([
        { id: 'x', depth: 1, remaining: 1, endsOn: null },
        { id: 'y', depth: 1, remaining: 1, endsOn: '2027-01-01' },
      ])?.id,
    ).toBe('y');
  });

  it('never report more seats left than bought, nor a negative number', () => {
    fc.assert(
      fc.property(counts, fc.nat(100_000), (c, cost) => {
        const u = seatUsage(c, cost);
        return (
          u.remaining >= 0 &&
          u.remaining <= c.total &&
          u.inProgress + u.earned === u.used &&
          u.spentCents === c.used * cost
        );
      }),
    );
  });

  it('compute cost per earned micro-credential as spent over earned', () => {
    expect(seatUsage({ total: 25, used: 10, earned: 4 }, 4900)).toMatchObject({
      spentCents: 49_000,
      budgetCents: 122_500,
      costPerEarnedCents: 12_250,
      remaining: 15,
      inProgress: 6,
    });
    expect(seatUsage({ total: 5, used: 2, earned: 0 }, 4900).costPerEarnedCents).toBeNull();
    const sum = sumUsage([
      seatUsage({ total: 25, used: 10, earned: 4 }, 4900),
      seatUsage({ total: 100, used: 3, earned: 1 }, 0),
    ]);
    expect(sum).toMatchObject({ total: 125, used: 13, earned: 5, remaining: 112, costPerEarnedCents: 9800 });
  });

  it('refuse a seat count below the seats used, with the number in the message', () => {
    expect(seatCountProblem(3, 4)).toMatch(/4 seats are already used/);
    expect(seatCountProblem(0, 1)).toMatch(/1 seat is already used/);
    fc.assert(
      fc.property(
        fc.nat(1000),
        fc.nat(1000),
        (n, used) => (seatCountProblem(n, used) === null) === n >= used,
      ),
    );
  });
});
