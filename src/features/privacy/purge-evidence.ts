import type { Queryable } from '../../db/database.js';
import type { Deps } from '../../server/deps.js';
import { auditPrivacy } from './privacy-audit.js';

type EvidenceRow = {
  id: string;
  attempt_id: string;
  blob_sha256: string | null;
  thumbnail_sha256: string | null;
};

/** The evidence of these attempts not yet purged. */
const liveEvidence = (db: Queryable, attemptIds: string[]): Promise<EvidenceRow[]> =>
  attemptIds.length
    ? db
        .selectFrom('artifacts')
        .select(['id', 'attempt_id', 'blob_sha256', 'thumbnail_sha256'])
        .where('attempt_id', 'in', attemptIds)
        .where('purged_at', 'is', null)
        .execute()
    : Promise.resolve([]);

const blobsOf = (rows: EvidenceRow[]) => [
  ...new Set(rows.flatMap((r) => [r.blob_sha256, r.thumbnail_sha256]).filter((s): s is string => !!s)),
];

/** What a purge did: artifacts purged per attempt, and the blobs to release once it is committed. */
export type Purged = { byAttempt: Map<string, number>; blobs: string[] };

/**
 * Deletes the evidence of decided (or sent) attempts and keeps its record, in the caller's
 * transaction: each artifact row stays with its title, kind, requirement, type and size, so the
 * attempt still reads whole, and is marked purged; its written text, link, file name, file and
 * thumbnail go. Idempotent: evidence already purged is left alone. The blobs are released by
 * `releaseBlobs` after the commit (a rolled-back purge must not have deleted any bytes).
 */
export async function purgeAttemptEvidence(db: Queryable, attemptIds: string[], at: string): Promise<Purged> {
  const rows = await liveEvidence(db, attemptIds);
  const byAttempt = new Map<string, number>();
  if (!rows.length) return { byAttempt, blobs: [] };
  const done = await db
    .updateTable('artifacts')
    .set({ purged_at: at, text: null, url: null, filename: null, blob_sha256: null, thumbnail_sha256: null })
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    // Guarded: of two purges at once, only one counts (and audits) each artifact.
    .where('purged_at', 'is', null)
    .returning(['attempt_id'])
    .execute();
  for (const r of done) byAttempt.set(r.attempt_id, (byAttempt.get(r.attempt_id) ?? 0) + 1);
  return { byAttempt, blobs: blobsOf(rows) };
}

/**
 * Removes the evidence of draft attempts altogether (rows too: a draft is nobody's record), in the
 * caller's transaction; returns the blobs to release after the commit.
 */
export async function deleteDraftEvidence(db: Queryable, attemptIds: string[]): Promise<string[]> {
  const rows = await liveEvidence(db, attemptIds);
  if (rows.length)
    await db
      .deleteFrom('artifacts')
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
  return blobsOf(rows);
}

/** One audit entry per attempt whose evidence was purged, under the issuer that held it. */
export async function auditPurges(
  db: Queryable,
  at: string,
  purged: Purged,
  attempts: { id: string; issuer_id: string }[],
  x: { actorId: string | null; why: Record<string, unknown> },
) {
  for (const a of attempts) {
    const artifacts = purged.byAttempt.get(a.id);
    if (!artifacts) continue;
    await auditPrivacy(db, at, {
      issuerId: a.issuer_id,
      actorId: x.actorId,
      action: 'evidence.purged',
      subjectType: 'attempt',
      subjectId: a.id,
      after: { ...x.why, artifacts },
    });
  }
}

const CHUNK = 500;

/**
 * Deletes from the blob store each of these blobs that nothing still needs: no artifact not yet
 * purged (of any attempt, any educator: identical files are stored once) holds it as its file, and
 * no artifact holds it as its thumbnail. Run after the purge is committed. Returns how many it deleted.
 */
export async function releaseBlobs({ db, blobs }: Pick<Deps, 'db' | 'blobs'>, shas: string[]) {
  let deleted = 0;
  const unique = [...new Set(shas)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    const used = await db
      .selectFrom('artifacts')
      .select(['blob_sha256', 'thumbnail_sha256'])
      .where((eb) =>
        eb.or([
          eb.and([eb('blob_sha256', 'in', chunk), eb('purged_at', 'is', null)]),
          eb('thumbnail_sha256', 'in', chunk),
        ]),
      )
      .execute();
    const needed = new Set(used.flatMap((u) => [u.blob_sha256, u.thumbnail_sha256]));
    for (const sha of chunk) {
      if (needed.has(sha)) continue;
      await blobs.delete(sha);
      deleted++;
    }
  }
  return deleted;
}
