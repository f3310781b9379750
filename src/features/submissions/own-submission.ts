import type { Queryable } from '../../db/database.js';
import { AppError, notFound } from '../../server/errors.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';
import * as catalog from '../catalog/catalog.repository.js';
import * as repo from './submissions.repository.js';

/**
 * A submission as its educator sees it, with the version it was started under. Anyone else gets
 * NOT_FOUND: another educator cannot even learn that it exists.
 */
export async function loadOwnSubmission(db: Queryable, auth: Auth | null, id: string) {
  const a = requireAuth(auth);
  const found = await repo.findSubmissionWithCurrentAttempt(db, id);
  if (!found || found.submission.educator_id !== a.userId) throw notFound('That submission');
  const { submission, attempt } = found;
  // Parsed once per process: a published version never changes.
  const version = await catalog.findVersionContent(db, submission.version_id);
  if (!version) throw notFound('That micro-credential version');
  return { auth: a, submission, version, content: version.content, attempt };
}

export type OwnSubmission = Awaited<ReturnType<typeof loadOwnSubmission>>;

/**
 * The current attempt, locked for the rest of the transaction if it is still a draft: a guarded
 * update takes the row lock on PostgreSQL, so a concurrent submit and an evidence change queue up
 * instead of both passing their checks. Throws INVALID_STATE once submitted.
 */
export async function lockEditable(db: Queryable, own: OwnSubmission, at: string) {
  const attempt = requireEditable(own);
  if (!(await repo.lockDraftAttempt(db, attempt.id, at))) {
    throw new AppError(
      'INVALID_STATE',
      'This attempt has been submitted; its evidence can no longer change.',
    );
  }
  return attempt;
}

/** The current attempt, if it can still be changed. */
export function requireEditable(own: OwnSubmission) {
  if (own.attempt.status !== 'draft' || own.submission.status !== 'in_progress') {
    throw new AppError(
      'INVALID_STATE',
      'This attempt has been submitted; its evidence can no longer change.',
    );
  }
  return own.attempt;
}
