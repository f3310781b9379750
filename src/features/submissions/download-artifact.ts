import type { Deps } from '../../server/deps.js';
import { notFound } from '../../server/errors.js';
import { hasRole, isPlatformAdmin, requireAuth, type Auth } from '../auth/auth-context.js';
import { isInlineSafe, neutralFilename } from './artifact-rules.js';

/**
 * An uploaded file, for the educator who uploaded it, an assessor with a review of that attempt
 * (or, for an anchor submission, any assessor in the issuer's pool), and the issuer's admins. Others get NOT_FOUND.
 */
export async function openArtifactFile(
  { db, blobs }: Pick<Deps, 'db' | 'blobs'>,
  auth: Auth | null,
  artifactId: string,
) {
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
      's.educator_id',
      'm.issuer_id',
    ])
    .where('f.id', '=', artifactId)
    .executeTakeFirst();
  if (!row?.blob_sha256) throw notFound('That file');
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
  const type = row.content_type ?? 'application/octet-stream';
  const inline = isInlineSafe(type);
  return {
    stream: blobs.open(row.blob_sha256),
    contentType: inline ? type : 'application/octet-stream',
    // Only the educator gets the original name back; anyone else may be (or become) an assessor.
    disposition: `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(row.educator_id === a.userId ? (row.filename ?? 'file') : neutralFilename(row))}`,
    size: Number(row.size_bytes ?? 0),
  };
}
