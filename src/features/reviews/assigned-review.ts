import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { Score } from '../../contracts/reviews.js';
import type { Queryable } from '../../db/database.js';
import { AppError, notFound } from '../../server/errors.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';
import * as repo from './reviews.repository.js';

/** A review, for the assessor it is assigned to; anyone else gets NOT_FOUND. */
export async function loadAssignedReview(db: Queryable, auth: Auth | null, id: string) {
  const a = requireAuth(auth);
  const review = await repo.findReview(db, id);
  if (!review || review.assessor_id !== a.userId) throw notFound('That review');
  return { auth: a, review, content: JSON.parse(review.content) as MicroCredentialContent };
}

/** Scores must name real criteria and levels; "not yet" needs feedback that helps. */
export function checkScores(
  content: MicroCredentialContent,
  scores: Score[],
  {
    complete,
    minNotYetFeedback = 0,
    feedback = true,
  }: {
    complete: boolean;
    minNotYetFeedback?: number;
    /** false: levels only (calibration) */ feedback?: boolean;
  },
) {
  const seen = new Set<string>();
  for (const s of scores) {
    const criterion = content.rubric.criteria.find((c) => c.id === s.criterionId);
    if (!criterion)
      throw new AppError('VALIDATION_FAILED', `The rubric has no criterion "${s.criterionId}".`);
    const level = criterion.levels.find((l) => l.id === s.levelId);
    if (!level) throw new AppError('VALIDATION_FAILED', `“${criterion.title}” has no level "${s.levelId}".`);
    if (seen.has(s.criterionId))
      throw new AppError('VALIDATION_FAILED', `“${criterion.title}” is scored twice.`);
    seen.add(s.criterionId);
    if (complete && feedback) {
      const words = s.feedback.trim();
      if (!words)
        throw new AppError('VALIDATION_FAILED', `Write feedback for “${criterion.title}”.`, [
          { path: s.criterionId, message: 'feedback required' },
        ]);
      if (!level.demonstrated && words.length < minNotYetFeedback) {
        throw new AppError(
          'VALIDATION_FAILED',
          `Feedback for “${criterion.title}” (not yet) must say what to change — at least ${minNotYetFeedback} characters.`,
          [{ path: s.criterionId, message: 'feedback too short' }],
        );
      }
    }
  }
  if (complete) {
    const missing = content.rubric.criteria.filter((c) => !seen.has(c.id));
    if (missing.length) {
      throw new AppError(
        'VALIDATION_FAILED',
        `Score every criterion first: ${missing.map((c) => `“${c.title}”`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} not scored.`,
        missing.map((c) => ({ path: c.id, message: 'not scored' })),
      );
    }
  }
}

/** An open review may change; a reassigned one tells its previous assessor so (409). */
export function requireOpen(review: { status: string }) {
  if (review.status === 'reassigned')
    throw new AppError(
      'REVIEW_REASSIGNED',
      'This review was reassigned to another assessor; your scores were not recorded.',
    );
  if (review.status !== 'assigned') throw new AppError('INVALID_STATE', 'This review is already decided.');
}
