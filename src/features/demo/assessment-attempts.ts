import { currentWork, lanternhillHistory, type PlannedAttempt } from '../../../demo/assessment.js';
import { cohortEducators } from '../../../demo/people.js';
import { demoBorderlineResponses, demoResponses } from '../../../demo/responses.js';
import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import { addBusinessDays } from '../../domain/business-days.js';
import { fileAppeal } from '../assessment/appeals.js';
import { sweepAssessment } from '../assessment/sweep.js';
import { authForUser } from '../auth/resolve-session.js';
import { decideReview } from '../reviews/decide-review.js';
import { startSubmission } from '../submissions/start-submission.js';
import { submitAttempt } from '../submissions/submit-attempt.js';
import type { AssessmentSeed } from './assessment-context.js';
import { plannedNotYet, resolveWhen } from './assessment-plan.js';
import { scoresWith } from './demo-scores.js';
import { fillDraft } from './demo-submission.js';
import { inBatches } from './timeline.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export type SeededAttempt = {
  plan: PlannedAttempt;
  submissionId: string;
  attemptId: string;
  content: MicroCredentialContent;
  /** Its reviews seen so far (scored or left open). */
  reviews: number;
  appealed: boolean;
};

/**
 * The planned attempts (history and current work): each is submitted at its moment; whoever the
 * assignment rules pick scores it after their usual number of business days (the slower of a
 * `late` pair a day past due), as their leaning says; adjudications and appeals follow. Reviews
 * the plan leaves open get the turnaround watch run when they fall due and when grace runs out.
 * Returns the attempts by id as they are submitted.
 */
export async function scheduleAttempts(s: AssessmentSeed): Promise<ReadonlyMap<string, SeededAttempt>> {
  const { w, tl, settings } = s;
  const { db } = w.deps;
  const attempts = new Map<string, SeededAttempt>();
  const seen = new Set<string>();

  /** Plans each review assigned since the last look: its score at its time, or left open. */
  const follow = async () => {
    const open = await db
      .selectFrom('reviews')
      .select(['id', 'attempt_id', 'assessor_id', 'kind', 'assigned_at', 'due_at'])
      .where('issuer_id', '=', s.issuerId)
      .where('status', '=', 'assigned')
      .execute();
    const fresh = open
      .filter((r) => !seen.has(r.id) && attempts.has(r.attempt_id))
      .map((r) => ({ ...r, pool: s.poolOf.get(r.assessor_id)! }))
      // The faster scorer first (then by email), so nothing depends on random ids.
      .sort((a, b) => a.pool.paceDays - b.pool.paceDays || a.pool.email.localeCompare(b.pool.email));
    for (const r of fresh) {
      seen.add(r.id);
      const a = attempts.get(r.attempt_id)!;
      const index = a.reviews++;
      const due = new Date(r.due_at!);
      const planned = a.plan.scoredDaysAgo;
      const leftOpen =
        (planned !== undefined && index >= planned.length) ||
        (r.kind === 'appeal' && !a.plan.appeal?.decision);
      if (leftOpen) {
        const regraced = addBusinessDays(due, settings.graceBusinessDays, settings.holidays);
        for (const at of [due, regraced]) {
          if (at.getTime() + HOUR < w.now.getTime()) tl.add(new Date(at.getTime() + HOUR), sweep);
        }
        continue;
      }
      const pair = fresh.filter((x) => x.attempt_id === r.attempt_id && x.kind !== 'adjudication');
      const slower = a.plan.late && pair.length > 1 && pair[pair.length - 1] === r;
      const days = slower ? settings.slaBusinessDays + 1 : r.pool.paceDays;
      const at = planned
        ? new Date(w.now.getTime() - planned[index]! * DAY)
        : new Date(addBusinessDays(new Date(r.assigned_at), days, settings.holidays).getTime() + HOUR);
      if (at > due) tl.add(new Date(due.getTime() + HOUR), sweep);
      const notYet = plannedNotYet(
        a.plan,
        { kind: r.kind, index, leaning: r.pool.leaning },
        demoBorderlineResponses[a.plan.microCredential]!,
      );
      tl.add(at, (t) => score(t, a, r.id, r.assessor_id, notYet));
    }
  };

  const sweep = async (t: Date) => {
    await sweepAssessment(db, t);
    await follow();
  };

  const score = async (t: Date, a: SeededAttempt, reviewId: string, assessorId: string, notYet: string[]) => {
    await decideReview(
      s.atTime(t),
      await authForUser(db, assessorId),
      reviewId,
      scoresWith(a.content, notYet),
    );
    await follow();
    const appeal = a.plan.appeal;
    if (!appeal || a.appealed) return;
    const { status } = await db
      .selectFrom('submissions')
      .select('status')
      .where('id', '=', a.submissionId)
      .executeTakeFirstOrThrow();
    if (status !== 'not_yet') return;
    a.appealed = true;
    tl.add(resolveWhen(appeal.filed, s.clocks), async (at) => {
      await fileAppeal(s.atTime(at), await w.authOf(a.plan.educator), a.submissionId, appeal.reason);
      await follow();
    });
  };

  // Drafting changes nothing assignment depends on, so the drafts are written up front, several
  // at a time; the timeline then submits each at its moment.
  const plans = [...lanternhillHistory(cohortEducators), ...Object.values(currentWork)];
  const drafts = await inBatches(plans, 8, async (plan) => {
    const educator = await w.authOf(plan.educator);
    const drafted = s.atTime(new Date(resolveWhen(plan.submitted, s.clocks).getTime() - 20 * HOUR));
    const view = await startSubmission(drafted, educator, w.mcIds.get(plan.microCredential)!);
    const response =
      plan.quality === 'strong'
        ? demoResponses[plan.microCredential]!
        : demoBorderlineResponses[plan.microCredential]!.response;
    await fillDraft(drafted, educator, view.id, response, view.microCredential.content, { partial: false });
    return { plan, educator, view };
  });
  for (const { plan, educator, view } of drafts) {
    tl.add(resolveWhen(plan.submitted, s.clocks), async (t) => {
      await submitAttempt(s.atTime(t), educator, view.id);
      attempts.set(view.current.id, {
        plan,
        submissionId: view.id,
        attemptId: view.current.id,
        content: view.microCredential.content,
        reviews: 0,
        appealed: false,
      });
      await follow();
    });
  }
  return attempts;
}
