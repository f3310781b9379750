import type { AnchorView } from '../../contracts/assessment.js';
import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { Score } from '../../contracts/reviews.js';
import type { Queryable } from '../../db/database.js';
import { AppError } from '../../server/errors.js';
import { checkScores } from '../reviews/assigned-review.js';
import { audit } from './audit.js';
import { createAnchor } from './calibration.js';

const anchorRows = (db: Queryable) =>
  db
    .selectFrom('anchors as x')
    .innerJoin('micro_credentials as m', 'm.id', 'x.micro_credential_id')
    .innerJoin('micro_credential_versions as v', 'v.id', 'm.current_version_id')
    .select([
      'x.id',
      'x.micro_credential_id',
      'v.title as mc_title',
      'x.attempt_id',
      'x.title',
      'x.reference_scores',
      'x.created_at',
      'x.issuer_id',
      (eb) =>
        eb
          .selectFrom('calibration_scores as c')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('c.anchor_id', '=', 'x.id')
          .as('scored_by'),
    ])
    .where('x.retired_at', 'is', null);

const present = (r: Awaited<ReturnType<ReturnType<typeof anchorRows>['execute']>>[number]): AnchorView => ({
  id: r.id,
  microCredential: { id: r.micro_credential_id, title: r.mc_title },
  attemptId: r.attempt_id,
  title: r.title,
  referenceScores: JSON.parse(r.reference_scores) as Score[],
  createdAt: r.created_at,
  scoredBy: Number(r.scored_by ?? 0),
});

export const listAnchors = async (db: Queryable, issuerId: string) =>
  (await anchorRows(db).where('x.issuer_id', '=', issuerId).orderBy('x.created_at').execute()).map(present);

/** Decided attempts of a micro-credential an issuer admin may make anchors of, newest first. */
export async function anchorCandidates(db: Queryable, issuerId: string, microCredentialId: string) {
  const rows = await db
    .selectFrom('attempts as a')
    .innerJoin('submissions as s', 's.id', 'a.submission_id')
    .innerJoin('micro_credentials as m', 'm.id', 's.micro_credential_id')
    .innerJoin('micro_credential_versions as v', 'v.id', 'm.current_version_id')
    .innerJoin('reviews as r', (j) =>
      j
        .onRef('r.attempt_id', '=', 'a.id')
        .on('r.status', '=', 'completed')
        .onRef('r.decision', '=', 'a.decision'),
    )
    .select(['a.id', 'a.decision', 'a.decided_at', 'r.scores', 'm.id as mc_id', 'v.title'])
    .where('m.issuer_id', '=', issuerId)
    .where('m.id', '=', microCredentialId)
    .where('a.status', '=', 'decided')
    .where('s.version_id', '=', (eb) => eb.ref('m.current_version_id'))
    .orderBy('a.decided_at', 'desc')
    .limit(100)
    .execute();
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(r.id) && seen.add(r.id))
    .map((r) => ({
      attemptId: r.id,
      microCredential: { id: r.mc_id, title: r.title },
      decision: r.decision!,
      decidedAt: r.decided_at!,
      scores: JSON.parse(r.scores) as Score[],
    }));
}

/** Makes an anchor of a decided attempt of the current version, with complete reference scores. */
export async function addAnchor(
  db: Queryable,
  at: string,
  x: { issuerId: string; attemptId: string; title: string; referenceScores: Score[]; actorId: string },
) {
  const attempt = await db
    .selectFrom('attempts as a')
    .innerJoin('submissions as s', 's.id', 'a.submission_id')
    .innerJoin('micro_credentials as m', 'm.id', 's.micro_credential_id')
    .innerJoin('micro_credential_versions as v', 'v.id', 's.version_id')
    .select(['a.status', 'm.id as mc_id', 'm.issuer_id', 'v.content'])
    .where('a.id', '=', x.attemptId)
    .executeTakeFirst();
  if (!attempt || attempt.issuer_id !== x.issuerId)
    throw new AppError('NOT_FOUND', 'That attempt was not found');
  if (attempt.status !== 'decided')
    throw new AppError('INVALID_STATE', 'Only a decided attempt can become an anchor.');
  checkScores(JSON.parse(attempt.content) as MicroCredentialContent, x.referenceScores, { complete: true });
  const exists = await db
    .selectFrom('anchors')
    .select('id')
    .where('micro_credential_id', '=', attempt.mc_id)
    .where('attempt_id', '=', x.attemptId)
    .executeTakeFirst();
  if (exists) throw new AppError('ALREADY_EXISTS', 'That attempt is already an anchor.');
  const id = await createAnchor(db, at, {
    issuerId: x.issuerId,
    microCredentialId: attempt.mc_id,
    attemptId: x.attemptId,
    title: x.title,
    referenceScores: x.referenceScores,
    actorId: x.actorId,
  });
  return present((await anchorRows(db).where('x.id', '=', id).executeTakeFirst())!);
}

export async function retireAnchor(
  db: Queryable,
  at: string,
  x: { issuerId: string; anchorId: string; actorId: string },
) {
  const r = await db
    .updateTable('anchors')
    .set({ retired_at: at })
    .where('id', '=', x.anchorId)
    .where('issuer_id', '=', x.issuerId)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new AppError('NOT_FOUND', 'That anchor was not found');
  await audit(db, at, {
    issuerId: x.issuerId,
    actorId: x.actorId,
    action: 'anchor.retired',
    subjectType: 'anchor',
    subjectId: x.anchorId,
  });
}
