import type { ReviewSummary, ReviewView, Score } from '../../contracts/reviews.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';
import { loadSettings } from '../assessment/settings.js';
import * as submissions from '../submissions/submissions.repository.js';
import { checkScores, loadAssignedReview, requireOpen } from './assigned-review.js';
import { presentReview, presentReviewSummary } from './reviews.presenter.js';
import * as repo from './reviews.repository.js';

/** Completed reviews shown in the queue: the most recent ones. */
export const COMPLETED_SHOWN = 50;
/** Open reviews shown: far above any capacity an issuer sets. */
export const OPEN_SHOWN = 500;

export async function listMyReviews(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
  status?: 'assigned' | 'completed',
): Promise<ReviewSummary[]> {
  const a = requireAuth(auth);
  const now = clock.now();
  const [open, done] = await Promise.all([
    status === 'completed' ? [] : repo.listQueue(db, a.userId, 'assigned', OPEN_SHOWN),
    status === 'assigned' ? [] : repo.listQueue(db, a.userId, 'completed', COMPLETED_SHOWN),
  ]);
  return [...open, ...done].map((r) => presentReviewSummary(r, now));
}

export async function getReview(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
  id: string,
): Promise<ReviewView> {
  const { review } = await loadAssignedReview(db, auth, id);
  const [artifacts, earlier, appeal, templates, settings] = await Promise.all([
    submissions.listArtifacts(db, review.attempt_id),
    repo.earlierScores(db, review.submission_id, review.attempt_number),
    review.kind === 'appeal'
      ? db
          .selectFrom('appeals')
          .select('reason')
          .where('attempt_id', '=', review.attempt_id)
          .executeTakeFirst()
      : undefined,
    db
      .selectFrom('feedback_templates')
      .select(['id', 'criterion_id', 'text'])
      .where('micro_credential_id', '=', review.micro_credential_id)
      .orderBy('created_at')
      .execute(),
    loadSettings(db, review.issuer_id),
  ]);
  return presentReview(review, {
    now: clock.now(),
    artifacts,
    earlier,
    appealReason: appeal?.reason ?? null,
    feedbackTemplates: templates,
    minNotYetFeedback: settings.minNotYetFeedback,
  });
}

/** Keeps partial scores while the assessor works (autosave). */
export async function saveScores(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
  id: string,
  scores: Score[],
): Promise<ReviewView> {
  const { review, content } = await loadAssignedReview(db, auth, id);
  requireOpen(review);
  checkScores(content, scores, { complete: false });
  const saved = await repo.saveOpenScores(db, id, {
    scores: JSON.stringify(scores),
    updated_at: clock.now().toISOString(),
  });
  if (!saved) {
    requireOpen((await repo.findReview(db, id))!);
    throw new AppError('INVALID_STATE', 'This review is already decided; its scores can no longer change.');
  }
  return getReview({ db, clock }, auth, id);
}
