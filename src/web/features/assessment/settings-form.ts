import type { AssessmentSettings } from '../../../contracts/assessment.js';

/** The settings form while being edited: number fields may be empty. */
export type SettingsDraft = {
  [K in keyof AssessmentSettings]: AssessmentSettings[K] extends number
    ? number | null
    : AssessmentSettings[K];
};

type NumberKey = {
  [K in keyof AssessmentSettings]: AssessmentSettings[K] extends number ? K : never;
}[keyof AssessmentSettings];

/** The bounds the API enforces (src/contracts/assessment.ts), with what each number means. */
export const NUMBER_RULES: Record<NumberKey, { min: number; max: number; what: string }> = {
  slaBusinessDays: { min: 1, max: 60, what: 'The turnaround promise' },
  graceBusinessDays: { min: 0, max: 30, what: 'The grace period' },
  doubleScorePercent: { min: 0, max: 100, what: 'The share double-scored' },
  doubleScoreFirst: { min: 0, max: 1000, what: 'The number of first decisions double-scored' },
  calibrationMinPercent: { min: 0, max: 100, what: 'The calibration threshold' },
  recalibrationBelowPercent: { min: 0, max: 100, what: 'The recalibration threshold' },
  minNotYetFeedback: { min: 0, max: 2000, what: 'The minimum feedback length' },
};

export type SettingsErrors = Partial<Record<keyof AssessmentSettings, string>>;

export const toDraft = (s: AssessmentSettings): SettingsDraft => ({ ...s, holidays: [...s.holidays] });

/** A real calendar day written 'YYYY-MM-DD' (not 2026-02-30). */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The holiday list with `day` added, kept sorted and without repeats. */
export const addHoliday = (holidays: readonly string[], day: string): string[] =>
  [...new Set([...holidays, day])].sort();

/**
 * Checks the draft as the API will, in words a person can act on, plus one rule the API leaves to
 * judgment: recalibration must start below the qualifying threshold, or an assessor who just
 * qualified would be sent straight back to calibrate.
 */
export function validateSettings(
  draft: SettingsDraft,
): { ok: true; value: AssessmentSettings } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  for (const [key, rule] of Object.entries(NUMBER_RULES) as [NumberKey, (typeof NUMBER_RULES)[NumberKey]][]) {
    const v = draft[key];
    if (v === null) errors[key] = `${rule.what} is required.`;
    else if (!Number.isInteger(v) || v < rule.min || v > rule.max)
      errors[key] = `${rule.what} must be a whole number from ${rule.min} to ${rule.max}.`;
  }
  if (
    !errors.calibrationMinPercent &&
    !errors.recalibrationBelowPercent &&
    draft.recalibrationBelowPercent! > draft.calibrationMinPercent!
  ) {
    errors.recalibrationBelowPercent = `Recalibration must start at or below the calibration threshold (${draft.calibrationMinPercent}%).`;
  }
  const badDay = draft.holidays.find((d) => !isDay(d));
  if (badDay !== undefined) errors.holidays = `“${badDay}” is not a date; use the date picker.`;
  else if (draft.holidays.length > 400) errors.holidays = 'List at most 400 holidays.';
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      slaBusinessDays: draft.slaBusinessDays!,
      graceBusinessDays: draft.graceBusinessDays!,
      holidays: [...new Set(draft.holidays)].sort(),
      doubleScorePercent: draft.doubleScorePercent!,
      doubleScoreFirst: draft.doubleScoreFirst!,
      calibrationMinPercent: draft.calibrationMinPercent!,
      recalibrationBelowPercent: draft.recalibrationBelowPercent!,
      resubmissionRouting: draft.resubmissionRouting,
      minNotYetFeedback: draft.minNotYetFeedback!,
    },
  };
}
