import type { Queryable } from '../../db/database.js';
import type { AssessmentSettingsTable } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { audit } from './audit.js';

/** How an issuer runs assessment (its row in `assessment_settings`, or these defaults). */
export interface AssessmentSettings {
  /** Business days from assignment to due date. */
  slaBusinessDays: number;
  /** Business days after the due date before an overdue review is reassigned automatically. */
  graceBusinessDays: number;
  /** 'YYYY-MM-DD' dates that are not business days. */
  holidays: string[];
  /** Share of attempts scored by two assessors, in percent. */
  doubleScorePercent: number;
  /** Every attempt of a micro-credential is double-scored until it has this many decisions. */
  doubleScoreFirst: number;
  /** Agreement with the anchors' reference scores that qualifies an assessor, in percent. */
  calibrationMinPercent: number;
  /** Agreement on double-scored attempts below which an assessor must calibrate again. */
  recalibrationBelowPercent: number;
  /** Where a resubmission goes: back to its first assessor when possible, or to another one. */
  resubmissionRouting: 'same' | 'other';
  /** Characters of feedback every criterion scored "not yet" needs. */
  minNotYetFeedback: number;
}

export const DEFAULT_SETTINGS: AssessmentSettings = {
  slaBusinessDays: 5,
  graceBusinessDays: 2,
  holidays: [],
  doubleScorePercent: 10,
  doubleScoreFirst: 5,
  calibrationMinPercent: 80,
  recalibrationBelowPercent: 70,
  resubmissionRouting: 'same',
  minNotYetFeedback: 40,
};

const fromRow = (r: AssessmentSettingsTable): AssessmentSettings => ({
  slaBusinessDays: r.sla_business_days,
  graceBusinessDays: r.grace_business_days,
  holidays: JSON.parse(r.holidays) as string[],
  doubleScorePercent: r.double_score_percent,
  doubleScoreFirst: r.double_score_first,
  calibrationMinPercent: r.calibration_min_percent,
  recalibrationBelowPercent: r.recalibration_below_percent,
  resubmissionRouting: r.resubmission_routing,
  minNotYetFeedback: r.min_not_yet_feedback,
});

export async function loadSettings(db: Queryable, issuerId: string): Promise<AssessmentSettings> {
  const row = await db
    .selectFrom('assessment_settings')
    .selectAll()
    .where('issuer_id', '=', issuerId)
    .executeTakeFirst();
  return row ? fromRow(row) : { ...DEFAULT_SETTINGS };
}

export async function saveSettings(db: Queryable, issuerId: string, s: AssessmentSettings, at: string) {
  const row = {
    sla_business_days: s.slaBusinessDays,
    grace_business_days: s.graceBusinessDays,
    holidays: JSON.stringify([...new Set(s.holidays)].sort()),
    double_score_percent: s.doubleScorePercent,
    double_score_first: s.doubleScoreFirst,
    calibration_min_percent: s.calibrationMinPercent,
    recalibration_below_percent: s.recalibrationBelowPercent,
    resubmission_routing: s.resubmissionRouting,
    min_not_yet_feedback: s.minNotYetFeedback,
    updated_at: at,
  };
  await db
    .insertInto('assessment_settings')
    .values({ issuer_id: issuerId, ...row })
    .onConflict((oc) => oc.column('issuer_id').doUpdateSet(row))
    .execute();
}

/**
 * An issuer admin changes how the issuer assesses: checked, saved and written to the audit log
 * with the settings before and after, in the caller's transaction.
 */
export async function changeSettings(
  db: Queryable,
  at: string,
  x: { issuerId: string; actorId: string; settings: AssessmentSettings },
) {
  if (x.settings.recalibrationBelowPercent > x.settings.calibrationMinPercent)
    throw new AppError(
      'VALIDATION_FAILED',
      'The recalibration threshold cannot be above the agreement that qualifies an assessor.',
      [{ path: 'recalibrationBelowPercent', message: 'above the calibration threshold' }],
    );
  const before = await loadSettings(db, x.issuerId);
  await saveSettings(db, x.issuerId, x.settings, at);
  await audit(db, at, {
    issuerId: x.issuerId,
    actorId: x.actorId,
    action: 'settings.updated',
    subjectType: 'settings',
    subjectId: x.issuerId,
    before,
    after: x.settings,
  });
  return loadSettings(db, x.issuerId);
}
