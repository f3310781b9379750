import { describe, expect, it } from 'vitest';
import { isAway, toAwayDays, toAwayRange } from './away-period.js';

describe('toAwayRange', () => {
  it('runs from the start of the first day to the start of the day after the last', () => {
    const result = toAwayRange({ firstDay: '2026-03-02', lastDay: '2026-03-06' });
    expect(result).toEqual({
      ok: true,
      range: {
        awayFrom: new Date(2026, 2, 2).toISOString(),
        awayUntil: new Date(2026, 2, 7).toISOString(),
      },
    });
  });

  it('allows a single day and crosses month ends', () => {
    const result = toAwayRange({ firstDay: '2026-01-31', lastDay: '2026-01-31' });
    expect(result).toEqual({
      ok: true,
      range: { awayFrom: new Date(2026, 0, 31).toISOString(), awayUntil: new Date(2026, 1, 1).toISOString() },
    });
  });

  it('clears the period when both days are empty', () => {
    expect(toAwayRange({ firstDay: '', lastDay: '' })).toEqual({
      ok: true,
      range: { awayFrom: null, awayUntil: null },
    });
  });

  it('explains what is wrong', () => {
    expect(toAwayRange({ firstDay: '2026-03-02', lastDay: '' })).toEqual({
      ok: false,
      error: 'Enter both the first and the last day away, or clear both.',
    });
    expect(toAwayRange({ firstDay: '2026-03-06', lastDay: '2026-03-02' })).toEqual({
      ok: false,
      error: 'The last day away cannot be before the first.',
    });
  });
});

describe('toAwayDays', () => {
  it('gives back the days that were entered', () => {
    const result = toAwayRange({ firstDay: '2026-12-24', lastDay: '2027-01-02' });
    if (!result.ok) throw new Error(result.error);
    expect(toAwayDays(result.range)).toEqual({ firstDay: '2026-12-24', lastDay: '2027-01-02' });
    expect(toAwayDays({ awayFrom: null, awayUntil: null })).toEqual({ firstDay: '', lastDay: '' });
  });
});

describe('isAway', () => {
  const range = { awayFrom: '2026-03-02T00:00:00.000Z', awayUntil: '2026-03-07T00:00:00.000Z' };
  it('is true from the start up to, not including, the end', () => {
    expect(isAway(range, new Date('2026-03-02T00:00:00.000Z'))).toBe(true);
    expect(isAway(range, new Date('2026-03-06T23:59:59.000Z'))).toBe(true);
    expect(isAway(range, new Date('2026-03-07T00:00:00.000Z'))).toBe(false);
    expect(isAway({ awayFrom: null, awayUntil: null }, new Date())).toBe(false);
  });
});
