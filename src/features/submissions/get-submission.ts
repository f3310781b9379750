import type { SubmissionSummary, SubmissionView } from '../../contracts/submissions.js';
import type { Deps } from '../../server/deps.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';
import { loadOwnSubmission } from './own-submission.js';
import { presentSubmission, presentSummary } from './submissions.presenter.js';
import * as repo from './submissions.repository.js';

export async function getSubmission(
  { db, clock, config }: Pick<Deps, 'db' | 'clock' | 'config'>,
  auth: Auth | null,
  id: string,
): Promise<SubmissionView> {
  const own = await loadOwnSubmission(db, auth, id);
  const [summary, attempts, artifacts] = await Promise.all([
    repo.findSummary(db, id),
    repo.listAttempts(db, id),
    repo.listArtifacts(db, own.attempt.id),
  ]);
  const [reviews, appeal] = await Promise.all([
    repo.reviewsOfAttempts(
      db,
      attempts.map((a) => a.id),
    ),
    db
      .selectFrom('appeals')
      .select(['status', 'reason', 'created_at', 'decided_at'])
      .where('attempt_id', '=', own.attempt.id)
      .executeTakeFirst(),
  ]);
  return presentSubmission({
    appeal,
    summary: presentSummary(summary),
    version: own.version,
    content: own.content,
    attempts,
    reviews,
    artifacts,
    now: clock.now(),
    resubmitWindowDays: config.resubmitWindowDays,
    uploadLimits: config.uploadLimits,
  });
}

export async function listMySubmissions(
  { db }: Pick<Deps, 'db'>,
  auth: Auth | null,
): Promise<SubmissionSummary[]> {
  const a = requireAuth(auth);
  return (await repo.listForEducator(db, a.userId)).map(presentSummary);
}
