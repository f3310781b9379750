import type { AdminDataRequestView } from '../../contracts/privacy.js';
import type { Queryable } from '../../db/database.js';
import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import type { Auth } from '../auth/auth-context.js';
import { retireAnchor } from '../assessment/anchors.js';
import { requestForAdmin, requirePlatformAdmin, UNDER_REVIEW } from './data-requests.js';
import { auditPrivacy } from './privacy-audit.js';
import { auditPurges, deleteDraftEvidence, purgeAttemptEvidence, releaseBlobs } from './purge-evidence.js';

export const DELETED_NAME = 'Deleted user';
/** Unique, and never delivered anywhere: `.invalid` is reserved (RFC 2606). */
export const placeholderEmail = (userId: string) => `deleted-${userId}@deleted.invalid`;

const EMPTY_ANSWERS = JSON.stringify({ part1: {}, part3: {} });
const NO_ATTESTATION = JSON.stringify({ ownWork: false, studentPrivacy: false });

/**
 * Erases what identifies the user and what they were still writing, in the caller's transaction;
 * returns the blobs to release after the commit. Kept: their issued credentials (signed statements
 * others may rely on, unchanged), their decided attempts as a record without evidence, and the
 * audit log.
 */
async function eraseAccount(
  db: Queryable,
  at: string,
  x: { userId: string; email: string; actorId: string },
) {
  await db
    .updateTable('users')
    .set({
      name: DELETED_NAME,
      email: placeholderEmail(x.userId),
      password_hash: null,
      status: 'deactivated',
    })
    .where('id', '=', x.userId)
    .execute();
  await db.deleteFrom('sessions').where('user_id', '=', x.userId).execute();
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('user_id', '=', x.userId)
    .where('revoked_at', 'is', null)
    .execute();
  await db.deleteFrom('notifications').where('user_id', '=', x.userId).execute();
  await db.deleteFrom('notification_preferences').where('user_id', '=', x.userId).execute();
  await db.deleteFrom('email_outbox').where('user_id', '=', x.userId).execute();
  await db.deleteFrom('invitations').where('email', '=', x.email).execute();
  await db.deleteFrom('login_failures').where('email', '=', x.email).execute();

  const attempts = await db
    .selectFrom('attempts as a')
    .innerJoin('submissions as s', 's.id', 'a.submission_id')
    .innerJoin('micro_credentials as m', 'm.id', 's.micro_credential_id')
    .select(['a.id', 'a.status', 'm.issuer_id'])
    .where('s.educator_id', '=', x.userId)
    .execute();
  const ids = attempts.map((a) => a.id);
  const drafts = attempts.filter((a) => a.status === 'draft');
  const sent = attempts.filter((a) => a.status !== 'draft');

  // Drafts: the answers and the evidence go, and the submission is withdrawn.
  const draftBlobs = await deleteDraftEvidence(
    db,
    drafts.map((a) => a.id),
  );
  if (drafts.length)
    await db
      .updateTable('attempts')
      .set({ answers: EMPTY_ANSWERS, attestation: NO_ATTESTATION, resubmission_note: null, updated_at: at })
      .where(
        'id',
        'in',
        drafts.map((a) => a.id),
      )
      .execute();
  await db
    .updateTable('submissions')
    .set({ status: 'withdrawn', updated_at: at })
    .where('educator_id', '=', x.userId)
    .where('status', '=', 'in_progress')
    .execute();
  if (ids.length) await db.deleteFrom('draft_revisions').where('attempt_id', 'in', ids).execute();

  // Sent attempts: the evidence goes as under retention; the record of the decision stays.
  const purged = await purgeAttemptEvidence(
    db,
    sent.map((a) => a.id),
    at,
  );
  await auditPurges(db, at, purged, sent, { actorId: x.actorId, why: { reason: 'account_deleted' } });
  // Their work can no longer calibrate anyone: anchors made of it are retired (and audited).
  if (ids.length) {
    const anchors = await db
      .selectFrom('anchors')
      .select(['id', 'issuer_id'])
      .where('attempt_id', 'in', ids)
      .where('retired_at', 'is', null)
      .execute();
    for (const anchor of anchors)
      await retireAnchor(db, at, { issuerId: anchor.issuer_id, anchorId: anchor.id, actorId: x.actorId });
  }
  return {
    blobs: [...draftBlobs, ...purged.blobs],
    drafts: drafts.length,
    attemptsPurged: purged.byAttempt.size,
  };
}

/**
 * A platform admin carries out a request to delete account data, in one transaction: the account
 * is anonymized and closed (no sign-in, sessions and API tokens ended), drafts are deleted, the
 * evidence of sent attempts is purged, and an audit entry records it. Issued credentials are kept
 * exactly as signed. Completing a completed request changes nothing; work still under review
 * holds it back (409) until decided; nobody completes their own.
 */
export async function completeDataRequest(
  deps: Pick<Deps, 'db' | 'clock' | 'blobs'>,
  auth: Auth | null,
  id: string,
): Promise<AdminDataRequestView> {
  const a = requirePlatformAdmin(auth);
  const at = deps.clock.now().toISOString();
  const blobs = await deps.db.transaction().execute(async (trx) => {
    const request = await trx.selectFrom('data_requests').selectAll().where('id', '=', id).executeTakeFirst();
    if (!request) throw notFound('That request');
    if (request.status === 'completed') return [];
    if (request.status === 'cancelled')
      throw new AppError('INVALID_STATE', 'This request was cancelled by the person who made it.');
    if (request.user_id === a.userId)
      throw new AppError('FORBIDDEN', 'Another platform admin must carry out your own request.');
    const busy = await trx
      .selectFrom('submissions')
      .select('id')
      .where('educator_id', '=', request.user_id)
      .where('status', 'in', UNDER_REVIEW)
      .executeTakeFirst();
    if (busy)
      throw new AppError(
        'INVALID_STATE',
        'This person has work waiting for or under review. Complete the request once it is decided (or they withdraw it).',
      );
    const moved = await trx
      .updateTable('data_requests')
      .set({ status: 'completed', completed_at: at, completed_by: a.userId })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1)
      throw new AppError('CONFLICT', 'This request changed meanwhile; reload the list.');
    const user = await trx
      .selectFrom('users')
      .select(['email'])
      .where('id', '=', request.user_id)
      .executeTakeFirstOrThrow();
    const done = await eraseAccount(trx, at, {
      userId: request.user_id,
      email: user.email,
      actorId: a.userId,
    });
    await auditPrivacy(trx, at, {
      issuerId: a.memberships.find((m) => m.role === 'platform_admin')!.orgId,
      actorId: a.userId,
      action: 'account.deleted',
      subjectType: 'user',
      subjectId: request.user_id,
      after: { requestId: id, draftsDeleted: done.drafts, attemptsPurged: done.attemptsPurged },
    });
    return done.blobs;
  });
  await releaseBlobs(deps, blobs);
  return requestForAdmin(deps.db, id);
}
