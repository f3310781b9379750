import type { Db } from '../../db/database.js';
import { addBusinessDays } from '../../domain/business-days.js';
import { notify } from '../notifications/notify.js';
import { assignWaiting } from './assign.js';
import { audit } from './audit.js';
import { reassignReview } from './reassign.js';
import { loadSettings, type AssessmentSettings } from './settings.js';

export interface SweepResult {
  /** Reviews newly past their due date (their issuer's admins were alerted). */
  alerted: number;
  /** Overdue reviews past the grace period, given to someone else. */
  reassigned: number;
  /** Waiting reviews that found an assessor. */
  assigned: number;
}

/** Thrown inside the transaction to undo a reassignment that found nobody free. */
class NobodyFree extends Error {}

/**
 * Gives an overdue review to another eligible assessor who is free now. With nobody free the
 * review stays where it is (undone, so no work is pulled into a backlog nobody can take); the
 * next sweep tries again.
 */
async function reassignToSomeoneFree(
  db: Db,
  at: string,
  issuerId: string,
  reviewId: string,
  settings: AssessmentSettings,
  dueAt: string,
) {
  try {
    await db.transaction().execute(async (trx) => {
      const { assessorId } = await reassignReview(trx, at, {
        reviewId,
        issuerId,
        actorId: null,
        reason: `Overdue since ${dueAt.slice(0, 10)}: reassigned automatically after ${settings.graceBusinessDays} business days’ grace.`,
      });
      if (!assessorId) throw new NobodyFree();
    });
    return true;
  } catch (err) {
    if (err instanceof NobodyFree) return false;
    throw err;
  }
}

/**
 * The turnaround watch, run every minute by the server (and once at start): flags reviews
 * past their due date and alerts the issuer's admins once; reassigns a review still open
 * `graceBusinessDays` after its due date to another assessor free to take it; then assigns
 * whatever waits in each backlog (an assessor may have come back from leave or freed a place).
 * Each change is its own transaction.
 */
export async function sweepAssessment(db: Db, now: Date): Promise<SweepResult> {
  const at = now.toISOString();
  const result: SweepResult = { alerted: 0, reassigned: 0, assigned: 0 };
  const overdue = await db
    .selectFrom('reviews as r')
    .innerJoin('micro_credentials as m', 'm.id', 'r.micro_credential_id')
    .leftJoin('micro_credential_versions as v', 'v.id', 'm.current_version_id')
    .select(['r.id', 'r.issuer_id', 'r.due_at', 'r.overdue_alerted_at', 'r.assessor_id', 'v.title'])
    .where('r.status', '=', 'assigned')
    .where('r.due_at', '<', at)
    .orderBy('r.due_at')
    .limit(1000)
    .execute();
  const settingsOf = new Map<string, AssessmentSettings>();
  for (const r of overdue) {
    const issuerId = r.issuer_id!;
    if (!settingsOf.has(issuerId)) settingsOf.set(issuerId, await loadSettings(db, issuerId));
    const settings = settingsOf.get(issuerId)!;
    const regraced = addBusinessDays(new Date(r.due_at!), settings.graceBusinessDays, settings.holidays);
    if (regraced <= now && (await reassignToSomeoneFree(db, at, issuerId, r.id, settings, r.due_at!))) {
      result.reassigned++;
      continue;
    }
    if (r.overdue_alerted_at) continue;
    await db.transaction().execute(async (trx) => {
      const marked = await trx
        .updateTable('reviews')
        .set({ overdue_alerted_at: at })
        .where('id', '=', r.id)
        .where('overdue_alerted_at', 'is', null)
        .executeTakeFirst();
      if (Number(marked.numUpdatedRows) !== 1) return;
      await audit(trx, at, {
        issuerId,
        actorId: null,
        action: 'review.overdue',
        subjectType: 'review',
        subjectId: r.id,
        after: { dueAt: r.due_at, assessorId: r.assessor_id },
      });
      const admins = await trx
        .selectFrom('memberships')
        .select('user_id')
        .where('org_id', '=', issuerId)
        .where('role', '=', 'issuer_admin')
        .execute();
      for (const admin of admins) {
        await notify(trx, at, {
          userId: admin.user_id,
          kind: 'review_overdue',
          title: `A review of “${r.title ?? 'a micro-credential'}” is overdue`,
          body: `It was due ${r.due_at!.slice(0, 10)}. It will be reassigned automatically after ${settings.graceBusinessDays} more business days unless you reassign it first.`,
          link: '/issuer/assessment',
        });
      }
      result.alerted++;
    });
  }
  const backlogs = await db.selectFrom('unassigned_reviews').select('issuer_id').distinct().execute();
  for (const { issuer_id } of backlogs) {
    result.assigned += await db.transaction().execute((trx) => assignWaiting(trx, issuer_id, at));
  }
  return result;
}
