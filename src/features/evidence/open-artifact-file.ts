import { parseRange } from '../../domain/byte-range.js';
import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import { hasRole, isPlatformAdmin, requireAuth, type Auth } from '../auth/auth-context.js';
import { isInlineSafe, neutralFilename } from '../submissions/artifact-rules.js';

/**
 * An uploaded file's record, for the educator who uploaded it, an assessor with a review of that
 * attempt (or, for an anchor submission, any assessor in the issuer's pool), the issuer's admins
 * and platform admins. Everyone else gets NOT_FOUND, as does evidence deleted under retention.
 */
async function allowedArtifact(db: Deps['db'], auth: Auth | null, artifactId: string) {
  const a = requireAuth(auth);
  const row = await db
    .selectFrom('artifacts as f')
    .innerJoin('attempts as t', 't.id', 'f.attempt_id')
    .innerJoin('submissions as s', 's.id', 't.submission_id')
    .innerJoin('micro_credentials as m', 'm.id', 's.micro_credential_id')
    .select([
      'f.id',
      'f.attempt_id',
      'f.blob_sha256',
      'f.filename',
      'f.content_type',
      'f.size_bytes',
      'f.requirement_id',
      'f.position',
      'f.thumbnail_sha256',
      'f.purged_at',
      's.educator_id',
      'm.issuer_id',
    ])
    .where('f.id', '=', artifactId)
    .executeTakeFirst();
  if (!row?.blob_sha256 || row.purged_at) throw notFound('That file');
  const owner =
    row.educator_id === a.userId || hasRole(a, 'issuer_admin', row.issuer_id) || isPlatformAdmin(a);
  let allowed = owner;
  if (!allowed) {
    const review = await db
      .selectFrom('reviews')
      .select('id')
      .where('attempt_id', '=', row.attempt_id)
      .where('assessor_id', '=', a.userId)
      .executeTakeFirst();
    allowed = !!review;
  }
  if (!allowed && hasRole(a, 'assessor', row.issuer_id)) {
    // Anchor submissions are scored by the whole pool when calibrating.
    const anchor = await db
      .selectFrom('anchors')
      .select('id')
      .where('attempt_id', '=', row.attempt_id)
      .where('retired_at', 'is', null)
      .executeTakeFirst();
    allowed = !!anchor;
  }
  if (!allowed) throw notFound('That file');
  return { ...row, blob_sha256: row.blob_sha256, isOwner: row.educator_id === a.userId };
}

/**
 * The bytes of an evidence file (all, or the one range asked for) with headers that keep it from
 * ever running as a page: only safe types inline, everything else as a download.
 */
export async function openArtifactFile(
  { db, blobs }: Pick<Deps, 'db' | 'blobs'>,
  auth: Auth | null,
  artifactId: string,
  rangeHeader?: string,
) {
  const row = await allowedArtifact(db, auth, artifactId);
  const size = Number(row.size_bytes ?? 0);
  const range = parseRange(rangeHeader, size);
  if (range === 'unsatisfiable')
    throw new AppError(
      'RANGE_NOT_SATISFIABLE',
      `This file has ${size} bytes; that range starts past its end.`,
      {
        size,
      },
    );
  const type = row.content_type ?? 'application/octet-stream';
  const inline = isInlineSafe(type);
  // Only the educator gets the original name back; anyone else may be (or become) an assessor.
  const name = row.isOwner ? (row.filename ?? 'file') : neutralFilename(row);
  return {
    stream: blobs.open(row.blob_sha256, range ?? undefined),
    contentType: inline ? type : 'application/octet-stream',
    disposition: `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(name)}`,
    size,
    range,
    etag: `"${row.blob_sha256}"`,
  };
}

/** The thumbnail of an image, for the same people as the image itself. */
export async function openArtifactThumbnail(
  { db, blobs }: Pick<Deps, 'db' | 'blobs'>,
  auth: Auth | null,
  artifactId: string,
) {
  const row = await allowedArtifact(db, auth, artifactId);
  if (!row.thumbnail_sha256) throw notFound('A thumbnail of that file');
  return { stream: blobs.open(row.thumbnail_sha256), etag: `"${row.thumbnail_sha256}"` };
}
