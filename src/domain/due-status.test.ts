import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayIn, daysUntil, dueStatus, isIsoDay, workStateOf, type WorkState } from './due-status.js';

const day = fc
  .date({ min: new Date('2001-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const work = fc.constantFrom<WorkState>('none', 'in_progress', 'earned');

describe('due status', () => {
  it('is never overdue on the due day, and overdue from the next day unless earned', () => {
    fc.assert(
      fc.property(day, work, (due, w) => {
        expect(dueStatus({ work: w, dueOn: due, today: due })).not.toBe('overdue');
        const after = dueStatus({ work: w, dueOn: due, today: addDays(due, 1) });
        expect(after).toBe(w === 'earned' ? 'earned' : 'overdue');
      }),
    );
  });

  it('earned always wins, and without a due date nothing is overdue', () => {
    fc.assert(
      fc.property(fc.option(day, { nil: null }), day, (due, today) => {
        expect(dueStatus({ work: 'earned', dueOn: due, today })).toBe('earned');
        expect(dueStatus({ work: 'none', dueOn: null, today })).toBe('not_started');
        expect(dueStatus({ work: 'in_progress', dueOn: null, today })).toBe('in_progress');
      }),
    );
  });

  it('counts the day in the educator’s time zone, not the server’s', () => {
    // 03:00 UTC on 1 March is still 28 February in California: a 28 February due date is not missed.
    const now = new Date('2027-03-01T03:00:00Z');
    expect(dayIn(now, 'America/Los_Angeles')).toBe('2027-02-28');
    expect(dayIn(now, 'UTC')).toBe('2027-03-01');
    expect(dueStatus({ work: 'none', dueOn: '2027-02-28', today: dayIn(now, 'America/Los_Angeles') })).toBe(
      'not_started',
    );
    expect(dueStatus({ work: 'none', dueOn: '2027-02-28', today: dayIn(now, 'UTC') })).toBe('overdue');
    // Leap day, and the far side of the date line.
    expect(dayIn(new Date('2028-02-28T12:00:00Z'), 'Pacific/Kiritimati')).toBe('2028-02-29');
  });

  it('counts days to the due date across month and year ends', () => {
    expect(daysUntil('2027-01-01', '2026-12-31')).toBe(1);
    expect(daysUntil('2028-03-01', '2028-02-28')).toBe(2);
    expect(daysUntil('2026-11-20', '2026-11-23')).toBe(-3);
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (d, n) => daysUntil(addDays(d, n), d) === n),
    );
  });

  it('reads submission statuses and checks day strings', () => {
    expect(workStateOf([])).toBe('none');
    expect(workStateOf(['withdrawn'])).toBe('none');
    expect(workStateOf(['withdrawn', 'not_yet'])).toBe('in_progress');
    expect(workStateOf(['in_progress', 'earned'])).toBe('earned');
    expect(isIsoDay('2027-02-29')).toBe(false);
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2028-2-9')).toBe(false);
  });
});
