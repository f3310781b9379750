import type { ReviewSummary, ReviewView, Score } from '../../contracts/reviews.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';
import * as submissions from '../submissions/submissions.repository.js';
import { checkScores, loadAssignedReview, requireOpen } from './assigned-review.js';
import { presentReview, presentReviewSummary } from './reviews.presenter.js';
import * as repo from './reviews.repository.js';

export async function listMyReviews(
  { db }: Pick<Deps, 'db'>,
  auth: Auth | null,
  status?: 'assigned' | 'completed',
): Promise<ReviewSummary[]> {
  const a = requireAuth(auth);
  return (await repo.listQueue(db, a.userId, status)).map(presentReviewSummary);
}

export async function getReview(
  { db }: Pick<Deps, 'db'>,
  auth: Auth | null,
  id: string,
): Promise<ReviewView> {
  const { review } = await loadAssignedReview(db, auth, id);
  const [artifacts, earlier] = await Promise.all([
    submissions.listArtifacts(db, review.attempt_id),
    repo.earlierScores(db, review.submission_id, review.attempt_number),
  ]);
  return presentReview(review, artifacts, earlier);
}

/** Keeps partial scores while the assessor works. */
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
  if (!saved)
    throw new AppError('INVALID_STATE', 'This review is already decided; its scores can no longer change.');
  return getReview({ db }, auth, id);
}
