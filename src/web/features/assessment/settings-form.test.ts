import { describe, expect, it } from 'vitest';
import type { AssessmentSettings } from '../../../contracts/assessment.js';
import { addHoliday, isDay, toDraft, validateSettings } from './settings-form.js';

const valid: AssessmentSettings = {
  slaBusinessDays: 5,
  graceBusinessDays: 2,
  holidays: ['2026-12-25', '2026-01-01'],
  doubleScorePercent: 10,
  doubleScoreFirst: 20,
  calibrationMinPercent: 80,
  recalibrationBelowPercent: 70,
  resubmissionRouting: 'same',
  minNotYetFeedback: 40,
};

describe('validateSettings', () => {
  it('accepts good settings and sorts the holidays', () => {
    const result = validateSettings(toDraft(valid));
    expect(result).toEqual({ ok: true, value: { ...valid, holidays: ['2026-01-01', '2026-12-25'] } });
  });

  it('names each field that is empty, fractional or out of range', () => {
    const result = validateSettings({
      ...toDraft(valid),
      slaBusinessDays: null,
      graceBusinessDays: 31,
      doubleScorePercent: 12.5,
      doubleScoreFirst: -1,
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        slaBusinessDays: 'The turnaround promise is required.',
        graceBusinessDays: 'The grace period must be a whole number from 0 to 30.',
        doubleScorePercent: 'The share double-scored must be a whole number from 0 to 100.',
        doubleScoreFirst:
          'The number of first decisions double-scored must be a whole number from 0 to 1000.',
      },
    });
  });

  it('refuses recalibration above the calibration threshold', () => {
    const result = validateSettings({ ...toDraft(valid), recalibrationBelowPercent: 85 });
    expect(result).toEqual({
      ok: false,
      errors: {
        recalibrationBelowPercent: 'Recalibration must start at or below the calibration threshold (80%).',
      },
    });
    expect(validateSettings({ ...toDraft(valid), recalibrationBelowPercent: 80 }).ok).toBe(true);
  });

  it('refuses a holiday that is not a date', () => {
    const result = validateSettings({ ...toDraft(valid), holidays: ['2026-02-30'] });
    expect(result).toEqual({
      ok: false,
      errors: { holidays: '“2026-02-30” is not a date; use the date picker.' },
    });
  });
});

describe('isDay and addHoliday', () => {
  it('checks real calendar days', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2027-02-29')).toBe(false);
    expect(isDay('2026-1-01')).toBe(false);
  });

  it('keeps holidays sorted and unique', () => {
    expect(addHoliday(['2026-12-25', '2026-07-04'], '2026-01-01')).toEqual([
      '2026-01-01',
      '2026-07-04',
      '2026-12-25',
    ]);
    expect(addHoliday(['2026-07-04'], '2026-07-04')).toEqual(['2026-07-04']);
  });
});
