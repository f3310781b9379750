import { demoResponses } from '../../../demo/responses.js';
import type { Deps } from '../../server/deps.js';
import { authForUser } from '../auth/resolve-session.js';
import { createPathway, updatePathway } from '../pathways/define-pathway.js';
import { decideReview } from '../reviews/decide-review.js';
import { startSubmission } from '../submissions/start-submission.js';
import { submitAttempt } from '../submissions/submit-attempt.js';
import type { DemoWorld } from './assessment-context.js';
import { demoScores } from './demo-scores.js';
import { fillDraft } from './demo-submission.js';

const DAY = 86_400_000;
const PARTS = ['checking-for-understanding', 'disaggregating-student-data', 'reading-like-a-scientist'];
/** A Riverside teacher who earned all three parts, the last one 12 days ago. */
const COMPLETER = 'ava.brooks@example.org';

/**
 * Riverside USD's pathway to its Teacher Leader role: all three of checking for understanding,
 * disaggregating student data and reading like a scientist (gathering and reading evidence of
 * learning), defined by Riverside's district admin and published by Northfield's issuer admin, since
 * Northfield signs it and its micro-credentials are Northfield's. Maya Thompson
 * (educator@example.org) has earned the first two and her "Reading Like a Scientist" is under
 * review, so the decision on it completes the pathway; Ava Brooks completed it through the real
 * workflow, so her stacked credential was awarded by the same code a decision runs.
 */
export async function seedPathwaysDemo(w: DemoWorld): Promise<void> {
  const at = (daysAgo: number): Deps => ({
    ...w.deps,
    clock: { now: () => new Date(w.now.getTime() - daysAgo * DAY) },
  });
  const districtAdmin = await w.authOf('district@example.org');
  const pathway = await createPathway(at(150), districtAdmin, {
    orgId: w.orgIds.get('riverside')!,
    issuerId: w.orgIds.get('northfield-school-of-education')!,
    slug: 'teacher-leader-evidence-of-learning',
    title: 'Teacher Leader: Evidence of Learning',
    description:
      'Show that you check for understanding in every lesson, read your students’ results by group, and teach students to read evidence themselves. Riverside USD names teachers who complete it Teacher Leaders, with the pay step that goes with the role.',
    rule: 'all',
    requiredCount: PARTS.length,
    ordered: false,
    items: PARTS.map((slug) => w.mcIds.get(slug)!),
    roleTitle: 'Teacher Leader',
    payStep: 'Step 2 (+$1,500)',
  });
  // Northfield's key signs it, so Northfield's issuer admin publishes the district's draft.
  const signer = await w.authOf('issuer@example.org');
  await updatePathway(at(149), signer, pathway.id, { status: 'published' });

  const educator = await w.authOf(COMPLETER);
  for (const [n, slug] of PARTS.entries()) await earn(at, educator, slug, w.mcIds.get(slug)!, 100 - n * 40);
}

async function earn(
  at: (daysAgo: number) => Deps,
  educator: Awaited<ReturnType<DemoWorld['authOf']>>,
  slug: string,
  mcId: string,
  daysAgo: number,
) {
  const response = demoResponses[slug];
  if (!response) throw new Error(`demo: no response written for ${slug}`);
  const view = await startSubmission(at(daysAgo), educator, mcId);
  await fillDraft(at(daysAgo), educator, view.id, response, view.microCredential.content, { partial: false });
  await submitAttempt(at(daysAgo - 0.5), educator, view.id);
  const deps = at(daysAgo - 3);
  const reviews = await deps.db
    .selectFrom('reviews as r')
    .innerJoin('attempts as a', 'a.id', 'r.attempt_id')
    .select(['r.id', 'r.assessor_id'])
    .where('a.submission_id', '=', view.id)
    .where('r.status', '=', 'assigned')
    .orderBy('r.id')
    .execute();
  if (!reviews.length) throw new Error(`demo: nobody was assigned ${slug} for ${educator.email}`);
  for (const review of reviews) {
    const assessor = await authForUser(deps.db, review.assessor_id);
    await decideReview(deps, assessor, review.id, demoScores(view.microCredential.content, true));
  }
}
