import { randomUUID } from 'node:crypto';
import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { SubmissionView } from '../../contracts/submissions.js';
import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import { RENEWAL_WINDOW_DAYS, renewalOpen } from '../../domain/validity.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';
import * as catalog from '../catalog/catalog.repository.js';
import { redeemSeatOnStart } from '../seats/redeem-seat.js';
import { getSubmission } from './get-submission.js';
import * as repo from './submissions.repository.js';

export const EMPTY_ANSWERS = JSON.stringify({ part1: {}, part3: {} });
export const EMPTY_ATTESTATION = JSON.stringify({ ownWork: false, studentPrivacy: false });

export type StartOptions = {
  /** When no funded seat is left for a paid micro-credential, the educator pays themselves. */
  selfPay?: boolean;
};

/**
 * Starts work on the current version of a published micro-credential, taking a funded seat when
 * one of the educator's organizations pays for it (features/seats/redeem-seat.ts).
 */
export async function startSubmission(
  { db, clock, config }: Pick<Deps, 'db' | 'clock' | 'config'>,
  auth: Auth | null,
  microCredentialId: string,
  options: StartOptions = {},
): Promise<SubmissionView> {
  const a = requireAuth(auth);
  const id = await db.transaction().execute(async (trx) => {
    const published = await catalog.findPublished(trx, microCredentialId);
    if (!published) throw notFound('That micro-credential');
    const open = await repo.findOpenSubmission(trx, a.userId, published.id);
    if (open) {
      throw new AppError('ALREADY_EXISTS', 'You have already started this micro-credential.', {
        submissionId: open.id,
        status: open.status,
      });
    }
    // A credential already held blocks a new start until renewal opens (or it is expired or revoked).
    const held = await repo.latestCredential(trx, a.userId, published.id);
    const now = clock.now();
    if (held?.status === 'suspended') {
      throw new AppError(
        'INVALID_STATE',
        'Your credential for this micro-credential is suspended; it can be renewed once the issuer lifts the suspension.',
        { credentialId: held.id },
      );
    }
    if (held && held.status !== 'revoked' && !renewalOpen(held.valid_until, now)) {
      throw new AppError(
        'ALREADY_EXISTS',
        held.valid_until
          ? `You already hold this credential; renewal opens ${RENEWAL_WINDOW_DAYS} days before it expires.`
          : 'You already hold this credential, and it does not expire.',
        { credentialId: held.id },
      );
    }
    // Attempts scored "not yet" count against the cap even if that submission was withdrawn; a
    // renewal starts a fresh count (a revocation does not).
    const since = held && held.status !== 'revoked' ? held.issued_at : undefined;
    const used = await repo.countUsedAttempts(trx, a.userId, published.id, since);
    const { maxAttempts, priceCents } = JSON.parse(published.content) as MicroCredentialContent;
    if (used >= maxAttempts) {
      throw new AppError(
        'ATTEMPTS_EXHAUSTED',
        `You have used all ${maxAttempts} attempts for this micro-credential. Ask your coach or the issuer about next steps.`,
      );
    }
    const at = now.toISOString();
    const submissionId = randomUUID();
    await repo.insertSubmission(trx, {
      id: submissionId,
      educator_id: a.userId,
      micro_credential_id: published.id,
      version_id: published.version_id,
      status: 'in_progress',
      attempt_number: used + 1,
      created_at: at,
      updated_at: at,
      submitted_at: null,
      decided_at: null,
    });
    await repo.insertAttempt(trx, {
      id: randomUUID(),
      submission_id: submissionId,
      number: used + 1,
      status: 'draft',
      answers: EMPTY_ANSWERS,
      resubmission_note: null,
      attestation: EMPTY_ATTESTATION,
      revision: 0,
      decision: null,
      created_at: at,
      updated_at: at,
      submitted_at: null,
      decided_at: null,
      double_scored: 0,
    });
    await redeemSeatOnStart(trx, {
      userId: a.userId,
      microCredentialId: published.id,
      submissionId,
      priceCents: priceCents ?? 0,
      selfPay: options.selfPay === true,
      today: at.slice(0, 10),
      at,
    });
    return submissionId;
  });
  return getSubmission({ db, clock, config }, a, id);
}
