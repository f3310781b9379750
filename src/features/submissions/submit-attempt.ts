import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import { findSubmissionProblems } from '../../domain/submission-completeness.js';
import type { Auth } from '../auth/auth-context.js';
import { requestReviews } from '../assessment/assign.js';
import { submissionReceived } from '../notifications/messages.js';
import { notify } from '../notifications/notify.js';
import { loadOwnSubmission } from './own-submission.js';
import { presentArtifact } from './submissions.presenter.js';
import * as repo from './submissions.repository.js';

/**
 * Sends the current attempt for review: checks every required part, freezes the evidence and
 * asks for its reviews (one, or two for double scoring), assigned at once where an assessor is
 * free and otherwise waiting in the issuer's backlog.
 */
export async function submitAttempt(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
  id: string,
) {
  return db.transaction().execute(async (trx) => {
    const own = await loadOwnSubmission(trx, auth, id);
    const { submission, content } = own;
    if (submission.status !== 'in_progress' || own.attempt.status !== 'draft') {
      throw new AppError('INVALID_STATE', 'This attempt has already been submitted.');
    }
    // Lock the draft first, then read what is being submitted: evidence changes wait or fail.
    const at = clock.now().toISOString();
    if (!(await repo.lockDraftAttempt(trx, own.attempt.id, at))) {
      throw new AppError('INVALID_STATE', 'This attempt has already been submitted.');
    }
    const attempt = (await repo.findAttempt(trx, own.attempt.id))!;
    const artifacts = await repo.listArtifacts(trx, attempt.id);
    const problems = findSubmissionProblems(content, {
      answers: JSON.parse(attempt.answers) as never,
      artifacts: artifacts.map((a) => {
        const view = presentArtifact(a);
        return { ...view, isFile: view.file !== null };
      }),
      attestation: JSON.parse(attempt.attestation) as never,
      attemptNumber: attempt.number,
      resubmissionNote: attempt.resubmission_note,
    });
    if (problems.length) {
      throw new AppError(
        'INCOMPLETE_SUBMISSION',
        `This submission is not complete yet: ${problems.length} thing${problems.length > 1 ? 's' : ''} to fix.`,
        { problems },
      );
    }
    if (
      !(await repo.moveSubmission(trx, id, 'in_progress', {
        status: 'submitted',
        submitted_at: at,
        updated_at: at,
      }))
    ) {
      throw new AppError('INVALID_STATE', 'This attempt has already been submitted.');
    }
    await repo.updateAttempt(trx, attempt.id, { status: 'submitted', submitted_at: at, updated_at: at });
    await notify(
      trx,
      at,
      submissionReceived({ userId: submission.educator_id, submissionId: id, title: content.title }),
    );
    const { assigned } = await requestReviews(trx, at, {
      attemptId: attempt.id,
      microCredentialId: submission.micro_credential_id,
    });
    return { status: assigned ? ('in_review' as const) : ('submitted' as const) };
  });
}
