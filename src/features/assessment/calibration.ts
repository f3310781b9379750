import { randomUUID } from 'node:crypto';
import type { Score } from '../../contracts/reviews.js';
import type { Queryable } from '../../db/database.js';
import type { QualificationStatus } from '../../db/schema.js';
import { agreementWithReference } from '../../domain/agreement.js';
import { notify } from '../notifications/notify.js';
import { audit } from './audit.js';
import { loadSettings } from './settings.js';

/** Recent double-scored decisions an assessor is judged on, and how many are needed first. */
export const DRIFT_WINDOW = 10;
export const DRIFT_MIN_SAMPLES = 5;

const activeAnchors = (db: Queryable, microCredentialId: string) =>
  db
    .selectFrom('anchors')
    .select(['id', 'reference_scores'])
    .where('micro_credential_id', '=', microCredentialId)
    .where('retired_at', 'is', null)
    .execute();

/** Sets an assessor's qualification for a micro-credential, with an audit entry when it changes. */
export async function setQualification(
  db: Queryable,
  at: string,
  q: {
    issuerId: string;
    microCredentialId: string;
    assessorId: string;
    status: QualificationStatus;
    agreementPercent?: number | null;
    actorId: string | null;
  },
) {
  const before = await db
    .selectFrom('assessor_qualifications')
    .select(['status', 'agreement_percent'])
    .where('micro_credential_id', '=', q.microCredentialId)
    .where('assessor_id', '=', q.assessorId)
    .executeTakeFirst();
  const row = {
    status: q.status,
    agreement_percent: q.agreementPercent ?? before?.agreement_percent ?? null,
    qualified_at: q.status === 'qualified' ? at : null,
    updated_at: at,
  };
  await db
    .insertInto('assessor_qualifications')
    .values({
      micro_credential_id: q.microCredentialId,
      assessor_id: q.assessorId,
      issuer_id: q.issuerId,
      ...row,
    })
    .onConflict((oc) => oc.columns(['micro_credential_id', 'assessor_id']).doUpdateSet(row))
    .execute();
  if (before?.status !== q.status) {
    await audit(db, at, {
      issuerId: q.issuerId,
      actorId: q.actorId,
      action: 'qualification.changed',
      subjectType: 'qualification',
      subjectId: `${q.microCredentialId}:${q.assessorId}`,
      before: before ? { status: before.status } : null,
      after: { status: q.status, agreementPercent: row.agreement_percent },
    });
  }
}

/**
 * Records an assessor's scores of one anchor. Once every active anchor of the micro-credential is
 * scored, the mean agreement with the reference scores decides: at least the issuer's threshold
 * qualifies the assessor; below it they stay calibrating and may score the anchors again.
 */
export async function recordCalibration(
  db: Queryable,
  at: string,
  c: { issuerId: string; microCredentialId: string; anchorId: string; assessorId: string; scores: Score[] },
) {
  const anchors = await activeAnchors(db, c.microCredentialId);
  const anchor = anchors.find((a) => a.id === c.anchorId)!;
  const reference = JSON.parse(anchor.reference_scores) as Score[];
  const agreement = Math.round(agreementWithReference(c.scores, reference) * 1000) / 10;
  const row = { scores: JSON.stringify(c.scores), agreement_percent: agreement, scored_at: at };
  await db
    .insertInto('calibration_scores')
    .values({ anchor_id: c.anchorId, assessor_id: c.assessorId, ...row })
    .onConflict((oc) => oc.columns(['anchor_id', 'assessor_id']).doUpdateSet(row))
    .execute();
  await audit(db, at, {
    issuerId: c.issuerId,
    actorId: c.assessorId,
    action: 'calibration.scored',
    subjectType: 'anchor',
    subjectId: c.anchorId,
    after: { assessorId: c.assessorId, agreementPercent: agreement },
  });
  const scored = await db
    .selectFrom('calibration_scores')
    .select(['anchor_id', 'agreement_percent'])
    .where('assessor_id', '=', c.assessorId)
    .where(
      'anchor_id',
      'in',
      anchors.map((a) => a.id),
    )
    .execute();
  if (scored.length < anchors.length)
    return { agreementPercent: agreement, complete: false, qualified: false };
  const mean =
    Math.round((scored.reduce((sum, s) => sum + s.agreement_percent, 0) / scored.length) * 10) / 10;
  const settings = await loadSettings(db, c.issuerId);
  const qualified = mean >= settings.calibrationMinPercent;
  await setQualification(db, at, {
    issuerId: c.issuerId,
    microCredentialId: c.microCredentialId,
    assessorId: c.assessorId,
    status: qualified ? 'qualified' : 'calibrating',
    agreementPercent: mean,
    actorId: null,
  });
  return { agreementPercent: agreement, complete: true, qualified, meanPercent: mean };
}

/**
 * After a double-scored attempt is decided: each of its two scorers whose recent decisions agree
 * with the final ones less often than the issuer's recalibration threshold must calibrate again
 * (only where anchors exist to calibrate on). Their earlier anchor scores are cleared.
 */
export async function checkDrift(
  db: Queryable,
  a: { attemptId: string; microCredentialId: string; issuerId: string },
  at: string,
) {
  const scorers = await db
    .selectFrom('reviews as r')
    .innerJoin('attempts as t', 't.id', 'r.attempt_id')
    .select('r.assessor_id')
    .where('r.attempt_id', '=', a.attemptId)
    .where('t.double_scored', '=', 1)
    .where('r.kind', 'in', ['primary', 'second'])
    .where('r.status', '=', 'completed')
    .execute();
  if (!scorers.length) return;
  const anchors = await activeAnchors(db, a.microCredentialId);
  if (!anchors.length) return;
  const settings = await loadSettings(db, a.issuerId);
  for (const { assessor_id } of scorers) {
    const recent = await db
      .selectFrom('reviews as r')
      .innerJoin('attempts as t', 't.id', 'r.attempt_id')
      .select(['r.decision', 't.decision as final'])
      .where('r.assessor_id', '=', assessor_id)
      .where('r.micro_credential_id', '=', a.microCredentialId)
      .where('r.kind', 'in', ['primary', 'second'])
      .where('r.status', '=', 'completed')
      .where('t.double_scored', '=', 1)
      .where('t.status', '=', 'decided')
      .orderBy('r.completed_at', 'desc')
      .limit(DRIFT_WINDOW)
      .execute();
    if (recent.length < DRIFT_MIN_SAMPLES) continue;
    const percent = (100 * recent.filter((r) => r.decision === r.final).length) / recent.length;
    if (percent >= settings.recalibrationBelowPercent) continue;
    const current = await db
      .selectFrom('assessor_qualifications')
      .select('status')
      .where('micro_credential_id', '=', a.microCredentialId)
      .where('assessor_id', '=', assessor_id)
      .executeTakeFirst();
    if (current?.status === 'recalibrating' || current?.status === 'removed') continue;
    await db
      .deleteFrom('calibration_scores')
      .where('assessor_id', '=', assessor_id)
      .where(
        'anchor_id',
        'in',
        anchors.map((x) => x.id),
      )
      .execute();
    await setQualification(db, at, {
      issuerId: a.issuerId,
      microCredentialId: a.microCredentialId,
      assessorId: assessor_id,
      status: 'recalibrating',
      agreementPercent: Math.round(percent * 10) / 10,
      actorId: null,
    });
    await notify(db, at, {
      userId: assessor_id,
      kind: 'recalibration',
      title: 'Time to recalibrate',
      body: `Your recent decisions agreed with the final ones ${Math.round(percent)}% of the time. Score the anchor submissions again to keep reviewing this micro-credential.`,
      link: '/reviews?tab=calibration',
    });
  }
}

/** Creates an anchor from an attempt, with the issuer's reference scores. */
export async function createAnchor(
  db: Queryable,
  at: string,
  x: {
    issuerId: string;
    microCredentialId: string;
    attemptId: string;
    title: string;
    referenceScores: Score[];
    actorId: string;
  },
) {
  const id = randomUUID();
  // Assessors already scoring this micro-credential keep doing so: the first anchor does not
  // stop the pool. They are recorded as qualified; drift sends them back to calibrate.
  const hadAnchors = (await activeAnchors(db, x.microCredentialId)).length > 0;
  if (!hadAnchors) {
    const pool = await db
      .selectFrom('memberships')
      .select('user_id')
      .where('org_id', '=', x.issuerId)
      .where('role', '=', 'assessor')
      .execute();
    const existing = await db
      .selectFrom('assessor_qualifications')
      .select('assessor_id')
      .where('micro_credential_id', '=', x.microCredentialId)
      .execute();
    const known = new Set(existing.map((e) => e.assessor_id));
    for (const { user_id } of pool.filter((p) => !known.has(p.user_id))) {
      await setQualification(db, at, {
        issuerId: x.issuerId,
        microCredentialId: x.microCredentialId,
        assessorId: user_id,
        status: 'qualified',
        actorId: x.actorId,
      });
    }
  }
  await db
    .insertInto('anchors')
    .values({
      id,
      micro_credential_id: x.microCredentialId,
      issuer_id: x.issuerId,
      attempt_id: x.attemptId,
      title: x.title,
      reference_scores: JSON.stringify(x.referenceScores),
      created_by: x.actorId,
      created_at: at,
      retired_at: null,
    })
    .execute();
  await audit(db, at, {
    issuerId: x.issuerId,
    actorId: x.actorId,
    action: 'anchor.created',
    subjectType: 'anchor',
    subjectId: id,
    after: { microCredentialId: x.microCredentialId, attemptId: x.attemptId, title: x.title },
  });
  return id;
}
