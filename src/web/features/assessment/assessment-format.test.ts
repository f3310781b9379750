import { describe, expect, it } from 'vitest';
import {
  formatAge,
  formatBusinessDays,
  formatKappa,
  formatPercent,
  formatShare,
  formatWeek,
  kappaWords,
  shortId,
} from './assessment-format.js';

describe('formatShare and formatPercent', () => {
  it('shows fractions and percentages as whole percents', () => {
    expect(formatShare(0.875)).toBe('88%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0)).toBe('0%');
    expect(formatPercent(79.6)).toBe('80%');
    expect(formatPercent(80)).toBe('80%');
  });

  it('shows a dash when nothing was measured', () => {
    expect(formatShare(null)).toBe('—');
    expect(formatPercent(undefined)).toBe('—');
    expect(formatShare(Number.NaN)).toBe('—');
  });
});

describe('formatKappa', () => {
  it('keeps two decimals and a real minus sign', () => {
    expect(formatKappa(0.4)).toBe('0.40');
    expect(formatKappa(0.6667)).toBe('0.67');
    expect(formatKappa(-0.25)).toBe('−0.25');
    expect(formatKappa(-0.001)).toBe('0.00');
    expect(formatKappa(null)).toBe('—');
  });
});

describe('kappaWords', () => {
  it('follows the Landis and Koch bands', () => {
    expect(kappaWords(-0.1)).toBe('poor');
    expect(kappaWords(0)).toBe('slight');
    expect(kappaWords(0.2)).toBe('slight');
    expect(kappaWords(0.21)).toBe('fair');
    expect(kappaWords(0.5)).toBe('moderate');
    expect(kappaWords(0.61)).toBe('substantial');
    expect(kappaWords(0.81)).toBe('almost perfect');
    expect(kappaWords(1)).toBe('almost perfect');
    expect(kappaWords(null)).toBe('not enough pairs');
  });
});

describe('formatBusinessDays', () => {
  it('rounds to a tenth and says day or days', () => {
    expect(formatBusinessDays(1)).toBe('1 business day');
    expect(formatBusinessDays(3.46)).toBe('3.5 business days');
    expect(formatBusinessDays(0)).toBe('0 business days');
    expect(formatBusinessDays(null)).toBe('—');
  });
});

describe('formatAge', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it('counts whole days back', () => {
    expect(formatAge('2026-03-10T08:00:00Z', now)).toBe('today');
    expect(formatAge('2026-03-09T11:00:00Z', now)).toBe('1 day');
    expect(formatAge('2026-02-28T12:00:00Z', now)).toBe('10 days');
    expect(formatAge(null, now)).toBe('');
    expect(formatAge('not a date', now)).toBe('');
  });
});

describe('shortId', () => {
  it('keeps the first eight characters', () => {
    expect(shortId('0123456789abcdef')).toBe('01234567');
    expect(shortId('abc')).toBe('abc');
  });
});

describe('formatWeek', () => {
  it('reads the day in UTC, whatever the time zone', () => {
    expect(formatWeek('2026-03-02', 'en-US')).toEqual({ short: 'Mar 2', long: 'Week of Mar 2, 2026' });
    expect(formatWeek('nope', 'en-US')).toEqual({ short: 'nope', long: 'Week of nope' });
  });
});
