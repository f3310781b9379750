import { ANCHORED, CALENDAR, lanternhillPool } from '../../../demo/assessment.js';
import { demoBorderlineResponses } from '../../../demo/responses.js';
import { addAnchor } from '../assessment/anchors.js';
import { getCalibrationAnchor, scoreCalibrationAnchor } from '../assessment/calibration-work.js';
import { adminSetQualification } from '../assessment/pool-admin.js';
import type { AssessmentSeed } from './assessment-context.js';
import type { SeededAttempt } from './assessment-attempts.js';
import { notYetFor, resolveWhen, truthFor } from './assessment-plan.js';
import { levelsOnly, scoresWith } from './demo-scores.js';

const DAY = 86_400_000;

/**
 * The issuer makes anchors of the planned attempts (reference scores as a senior would give),
 * sends the whole pool to calibrate on them afresh, and each member scores them as they lean.
 */
export function scheduleCalibration(s: AssessmentSeed, attempts: ReadonlyMap<string, SeededAttempt>) {
  const { w, tl, issuerId, admin } = s;
  const { db } = w.deps;
  const when = (daysBeforeWeek: number) => resolveWhen({ daysBeforeWeek }, s.clocks);
  const anchors: { id: string; attempt: SeededAttempt }[] = [];

  tl.add(when(CALENDAR.anchorsDaysBeforeWeek), async (t) => {
    for (const a of [...attempts.values()].filter((x) => x.plan.anchor)) {
      const b = demoBorderlineResponses[a.plan.microCredential]!;
      const view = await db.transaction().execute((trx) =>
        addAnchor(trx, t.toISOString(), {
          issuerId,
          attemptId: a.attemptId,
          title: a.plan.anchor!,
          referenceScores: scoresWith(a.content, truthFor(a.plan.quality, b)),
          actorId: admin.userId,
        }),
      );
      anchors.push({ id: view.id, attempt: a });
    }
  });

  // The first anchor qualifies the pool as it was; the annual calibration starts everyone afresh.
  tl.add(when(CALENDAR.calibrationResetDaysBeforeWeek), (t) =>
    db.transaction().execute(async (trx) => {
      for (const p of lanternhillPool) {
        for (const slug of ANCHORED) {
          await adminSetQualification(trx, t.toISOString(), {
            issuerId,
            userId: w.userIds.get(p.email)!,
            microCredentialId: w.mcIds.get(slug)!,
            status: 'calibrating',
            actorId: admin.userId,
          });
        }
      }
    }),
  );

  // Each member scores on a day of their own; nothing is assigned meanwhile, so all run together.
  tl.add(when(CALENDAR.calibrationFromDaysBeforeWeek), async (t) => {
    await Promise.all(
      lanternhillPool.map(async (p, i) => {
        const assessor = await w.authOf(p.email);
        const day = s.atTime(new Date(t.getTime() + i * DAY));
        for (const { id, attempt } of anchors) {
          const slug = attempt.plan.microCredential;
          if (!p.calibrated.includes(slug)) continue;
          const { microCredential } = await getCalibrationAnchor(w.deps, assessor, id);
          const notYet = notYetFor(p.leaning, attempt.plan.quality, demoBorderlineResponses[slug]!);
          await scoreCalibrationAnchor(
            day,
            assessor,
            id,
            levelsOnly(scoresWith(microCredential.content, notYet)),
          );
        }
      }),
    );
  });
}
