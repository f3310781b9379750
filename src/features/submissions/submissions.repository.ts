import type { Queryable } from '../../db/database.js';
import type {
  ArtifactsTable,
  AttemptsTable,
  DraftRevisionsTable,
  SubmissionStatus,
  SubmissionsTable,
} from '../../db/schema.js';

/**
 * A submission with its current (highest-numbered) attempt, in one read: every use of a draft
 * starts here, and an autosave should not pay two round trips for it. Undefined if none.
 */
export async function findSubmissionWithCurrentAttempt(db: Queryable, id: string) {
  const row = await db
    .selectFrom('submissions as s')
    .innerJoin('attempts as a', 'a.submission_id', 's.id')
    .selectAll('a')
    .select([
      's.educator_id as s_educator_id',
      's.micro_credential_id as s_micro_credential_id',
      's.version_id as s_version_id',
      's.status as s_status',
      's.attempt_number as s_attempt_number',
      's.created_at as s_created_at',
      's.updated_at as s_updated_at',
      's.submitted_at as s_submitted_at',
      's.decided_at as s_decided_at',
    ])
    .where('s.id', '=', id)
    .orderBy('a.number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  const {
    s_educator_id,
    s_micro_credential_id,
    s_version_id,
    s_status,
    s_attempt_number,
    s_created_at,
    s_updated_at,
    s_submitted_at,
    s_decided_at,
    ...attempt
  } = row;
  const submission: SubmissionsTable = {
    id,
    educator_id: s_educator_id,
    micro_credential_id: s_micro_credential_id,
    version_id: s_version_id,
    status: s_status,
    attempt_number: s_attempt_number,
    created_at: s_created_at,
    updated_at: s_updated_at,
    submitted_at: s_submitted_at,
    decided_at: s_decided_at,
  };
  return { submission, attempt: attempt satisfies AttemptsTable };
}

/** The educator's submission still in play (neither withdrawn nor earned), if any. */
export const findOpenSubmission = (db: Queryable, educatorId: string, microCredentialId: string) =>
  db
    .selectFrom('submissions')
    .select(['id', 'status'])
    .where('educator_id', '=', educatorId)
    .where('micro_credential_id', '=', microCredentialId)
    .where('status', 'not in', ['withdrawn', 'earned'])
    .executeTakeFirst();

/** The educator's latest credential for a micro-credential (renewal decides on it). */
export const latestCredential = (db: Queryable, educatorId: string, microCredentialId: string) =>
  db
    .selectFrom('credentials')
    .select(['id', 'status', 'valid_until', 'issued_at'])
    .where('educator_id', '=', educatorId)
    .where('micro_credential_id', '=', microCredentialId)
    .orderBy('issued_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();

export const insertSubmission = (db: Queryable, row: SubmissionsTable) =>
  db.insertInto('submissions').values(row).execute();
export const insertAttempt = (db: Queryable, row: AttemptsTable) =>
  db.insertInto('attempts').values(row).execute();

export const updateSubmission = (db: Queryable, id: string, set: Partial<SubmissionsTable>) =>
  db.updateTable('submissions').set(set).where('id', '=', id).execute();

/** Moves a submission only if it is still in `from`; returns whether it moved (guards double submits). */
export async function moveSubmission(
  db: Queryable,
  id: string,
  from: SubmissionStatus,
  set: Partial<SubmissionsTable>,
) {
  const r = await db
    .updateTable('submissions')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const listAttempts = (db: Queryable, submissionId: string) =>
  db.selectFrom('attempts').selectAll().where('submission_id', '=', submissionId).orderBy('number').execute();

export const findAttempt = (db: Queryable, id: string) =>
  db.selectFrom('attempts').selectAll().where('id', '=', id).executeTakeFirst();

/**
 * Saves draft fields only if nobody saved since `revision`. Returns undefined when it did not;
 * otherwise whether the draft's history already holds `revision`, read in the same statement so
 * that an autosave pays one round trip for both.
 */
export async function saveAttemptDraft(
  db: Queryable,
  id: string,
  revision: number,
  set: Pick<AttemptsTable, 'answers' | 'attestation' | 'resubmission_note' | 'updated_at'>,
) {
  const row = await db
    .updateTable('attempts')
    .set({ ...set, revision: revision + 1 })
    .where('id', '=', id)
    .where('revision', '=', revision)
    .where('status', '=', 'draft')
    .returning((eb) =>
      eb
        .exists(
          eb
            .selectFrom('draft_revisions')
            .select('revision')
            .where('attempt_id', '=', id)
            .where('revision', '=', revision),
        )
        .as('versioned'),
    )
    .executeTakeFirst();
  return row && { versioned: Boolean(row.versioned) };
}

export const insertDraftRevision = (db: Queryable, row: DraftRevisionsTable) =>
  db.insertInto('draft_revisions').values(row).execute();

/** A draft's saved versions (revision and time), newest first. */
export const listDraftRevisions = (db: Queryable, attemptId: string) =>
  db
    .selectFrom('draft_revisions')
    .select(['revision', 'saved_at'])
    .where('attempt_id', '=', attemptId)
    .orderBy('revision', 'desc')
    .execute();

/** The same with each version's answers, for word counts. */
export const listDraftRevisionsWithAnswers = (db: Queryable, attemptId: string) =>
  db
    .selectFrom('draft_revisions')
    .select(['revision', 'saved_at', 'answers'])
    .where('attempt_id', '=', attemptId)
    .orderBy('revision', 'desc')
    .execute();

export const findDraftRevision = (db: Queryable, attemptId: string, revision: number) =>
  db
    .selectFrom('draft_revisions')
    .selectAll()
    .where('attempt_id', '=', attemptId)
    .where('revision', '=', revision)
    .executeTakeFirst();

export async function deleteDraftRevisions(db: Queryable, attemptId: string, revisions: number[]) {
  if (!revisions.length) return;
  await db
    .deleteFrom('draft_revisions')
    .where('attempt_id', '=', attemptId)
    .where('revision', 'in', revisions)
    .execute();
}

export const updateAttempt = (db: Queryable, id: string, set: Partial<AttemptsTable>) =>
  db.updateTable('attempts').set(set).where('id', '=', id).execute();

export const listArtifacts = (db: Queryable, attemptId: string) =>
  db
    .selectFrom('artifacts')
    .selectAll()
    .where('attempt_id', '=', attemptId)
    .orderBy('position')
    .orderBy('created_at')
    .execute();

export const findArtifact = (db: Queryable, id: string) =>
  db.selectFrom('artifacts').selectAll().where('id', '=', id).executeTakeFirst();

export const insertArtifact = (db: Queryable, row: ArtifactsTable) =>
  db.insertInto('artifacts').values(row).execute();
export const updateArtifact = (db: Queryable, id: string, set: Partial<ArtifactsTable>) =>
  db.updateTable('artifacts').set(set).where('id', '=', id).execute();
export const deleteArtifact = (db: Queryable, id: string) =>
  db.deleteFrom('artifacts').where('id', '=', id).execute();

const summaries = (db: Queryable) =>
  db
    .selectFrom('submissions as s')
    .innerJoin('micro_credential_versions as v', 'v.id', 's.version_id')
    .innerJoin('organizations as o', 'o.id', 'v.issuer_id')
    .leftJoin('credentials as c', 'c.submission_id', 's.id')
    .select([
      's.id',
      's.status',
      's.attempt_number',
      's.micro_credential_id',
      's.updated_at',
      's.submitted_at',
      's.decided_at',
      'v.id as version_id',
      'v.title',
      'v.content',
      'o.id as issuer_id',
      'o.name as issuer_name',
      'o.slug as issuer_slug',
      'c.id as credential_id',
    ]);

export const listForEducator = (db: Queryable, educatorId: string) =>
  summaries(db).where('s.educator_id', '=', educatorId).orderBy('s.updated_at', 'desc').execute();

export const findSummary = (db: Queryable, id: string) =>
  summaries(db).where('s.id', '=', id).executeTakeFirstOrThrow();

export const reviewsOfAttempts = (db: Queryable, attemptIds: string[]) =>
  db
    .selectFrom('reviews')
    .selectAll()
    .where('attempt_id', 'in', attemptIds.length ? attemptIds : [''])
    .where('status', '=', 'completed')
    .execute();

/** Touches a draft attempt, taking its row lock; false when it is no longer a draft. */
export async function lockDraftAttempt(db: Queryable, id: string, at: string) {
  const r = await db
    .updateTable('attempts')
    .set({ updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Attempts an educator has had scored "not yet" on a micro-credential, in any submission. */
/** Attempts scored "not yet", counted since `since` (the last credential, when renewing). */
export async function countUsedAttempts(
  db: Queryable,
  educatorId: string,
  microCredentialId: string,
  since?: string,
) {
  let q = db
    .selectFrom('attempts as a')
    .innerJoin('submissions as s', 's.id', 'a.submission_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('s.educator_id', '=', educatorId)
    .where('s.micro_credential_id', '=', microCredentialId)
    .where('a.decision', '=', 'not_yet');
  if (since) q = q.where('a.decided_at', '>', since);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}
