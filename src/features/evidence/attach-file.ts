import { randomUUID } from 'node:crypto';
import type { ArtifactView } from '../../contracts/submissions.js';
import { expectedClass, limitFor } from '../../domain/evidence-file.js';
import { formatBytes } from '../../domain/format-bytes.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import type { Auth } from '../auth/auth-context.js';
import { requireKindAllowed, requirementOf, requireRoom } from '../submissions/artifact-rules.js';
import { editableWithRequirement, nextPosition } from '../submissions/evidence-slot.js';
import { loadOwnSubmission, requireEditable } from '../submissions/own-submission.js';
import { presentArtifact } from '../submissions/submissions.presenter.js';
import * as repo from '../submissions/submissions.repository.js';
import { ingestFile } from './ingest-file.js';

/** Where an uploaded file goes, as the uploader names it before sending a byte. */
export type UploadTarget = {
  submissionId: string;
  requirementId: string;
  filename: string;
  declaredType: string;
  title?: string;
  /** The size the client announces (tus Upload-Length); unknown for a plain form upload. */
  size?: number;
};

const kindFor = (fileClass: string, kinds: readonly string[]) =>
  fileClass === 'video' && kinds.includes('video') ? ('video' as const) : ('file' as const);

/**
 * Everything that can be known before the bytes arrive: the draft is the caller's and still
 * editable, the requirement takes files of this kind and has room, the announced size fits the
 * kind's limit. Returns the largest size to accept.
 */
export async function checkUploadTarget(
  { db, config }: Pick<Deps, 'db' | 'config'>,
  auth: Auth | null,
  t: UploadTarget,
): Promise<number> {
  const own = await loadOwnSubmission(db, auth, t.submissionId);
  const attempt = requireEditable(own);
  const req = requirementOf(own.content, t.requirementId);
  const fileClass = expectedClass(t.filename, t.declaredType);
  requireKindAllowed(req, kindFor(fileClass, req.kinds));
  const existing = (await repo.listArtifacts(db, attempt.id)).filter((a) => a.requirement_id === req.id);
  requireRoom(req, existing.length);
  const limit = limitFor(config.uploadLimits, fileClass);
  if (t.size !== undefined && t.size > limit)
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `“${t.filename}” is ${formatBytes(t.size)}; the largest ${fileClass} accepted is ${formatBytes(limit)}.`,
    );
  if (t.size === 0) throw new AppError('VALIDATION_FAILED', `“${t.filename}” is empty.`);
  return limit;
}

/**
 * A whole file, staged on disk, becomes evidence of the draft: checked and stored by
 * `ingestFile`, then attached in one transaction that locks the attempt (a submit cannot slip in
 * between). Nothing is attached unless every check passed; the staged file is always removed.
 */
export async function attachFile(
  deps: Pick<Deps, 'db' | 'clock' | 'blobs' | 'config'>,
  auth: Auth | null,
  t: UploadTarget,
  staged: { path: string; sha256?: string },
): Promise<ArtifactView> {
  const file = await ingestFile(deps, { ...staged, filename: t.filename, declaredType: t.declaredType });
  const at = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const { attempt, req, existing } = await editableWithRequirement(
      trx,
      auth,
      t.submissionId,
      t.requirementId,
      at,
    );
    const kind = kindFor(file.class, req.kinds);
    requireKindAllowed(req, kind);
    requireRoom(req, existing.length);
    const row = {
      id: randomUUID(),
      attempt_id: attempt.id,
      requirement_id: req.id,
      kind,
      // Never the file's own name: it can carry the educator's name or school to the assessor.
      title: t.title?.trim() || `${req.title} ${existing.length + 1}`,
      text: null,
      url: null,
      blob_sha256: file.sha256,
      filename: file.filename,
      content_type: file.mime,
      size_bytes: file.size,
      position: nextPosition(existing),
      created_at: at,
      thumbnail_sha256: file.thumbnailSha256,
      privacy: '{}',
      purged_at: null,
    };
    await repo.insertArtifact(trx, row);
    return presentArtifact(row);
  });
}
