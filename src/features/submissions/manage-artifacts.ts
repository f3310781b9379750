import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { z } from 'zod';
import type { AddArtifactBody, ArtifactView, UpdateArtifactBody } from '../../contracts/submissions.js';
import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import { BlobTooLargeError } from '../../storage/blob-store.js';
import type { Auth } from '../auth/auth-context.js';
import { formatBytes } from '../../domain/format-bytes.js';
import { attachFile, checkUploadTarget } from '../evidence/attach-file.js';
import { editableWithRequirement, nextPosition } from './evidence-slot.js';
import { requireKindAllowed, requireRoom, sanitizeFilename } from './artifact-rules.js';
import { loadOwnSubmission, lockEditable } from './own-submission.js';
import { presentArtifact } from './submissions.presenter.js';
import * as repo from './submissions.repository.js';

type Ctx = Pick<Deps, 'db' | 'clock'>;

/** Adds a written or linked artifact to the draft. */
export async function addArtifact(
  { db, clock }: Ctx,
  auth: Auth | null,
  id: string,
  input: z.infer<typeof AddArtifactBody>,
): Promise<ArtifactView> {
  const at = clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
    const { attempt, req, existing } = await editableWithRequirement(trx, auth, id, input.requirementId, at);
    requireKindAllowed(req, input.kind);
    requireRoom(req, existing.length);
    const row = {
      id: randomUUID(),
      attempt_id: attempt.id,
      requirement_id: req.id,
      kind: input.kind,
      title: input.title,
      text: input.kind === 'text' ? input.text : null,
      url: input.kind === 'link' ? input.url : null,
      blob_sha256: null,
      filename: null,
      content_type: null,
      size_bytes: null,
      position: nextPosition(existing),
      created_at: at,
      thumbnail_sha256: null,
      privacy: '{}',
      purged_at: null,
    };
    await repo.insertArtifact(trx, row);
    return presentArtifact(row);
  });
}

/**
 * A file sent in a form upload: streamed to the blob store's staging area (cut off past the
 * limit of its kind), then checked and attached like a resumable upload.
 */
export async function uploadArtifact(
  deps: Pick<Deps, 'db' | 'clock' | 'blobs' | 'config'>,
  auth: Auth | null,
  id: string,
  input: {
    requirementId: string;
    title: string;
    filename: string;
    contentType: string;
    stream: Readable;
    /** Whether the upload was cut at the transport's size limit. */
    truncated?: () => boolean;
  },
): Promise<ArtifactView> {
  const target = {
    submissionId: id,
    requirementId: input.requirementId,
    filename: sanitizeFilename(input.filename),
    declaredType: input.contentType,
    title: input.title,
  };
  // Checked before streaming (it can take minutes), and again, locked, before the row is written.
  const limit = await checkUploadTarget(deps, auth, target);
  const staged = path.join(deps.blobs.stagingDir('form'), randomUUID());
  try {
    await pipeline(input.stream, sizeLimit(limit), fs.createWriteStream(staged));
    if (input.truncated?.()) throw new BlobTooLargeError();
  } catch (err) {
    await fs.promises.rm(staged, { force: true });
    if (err instanceof BlobTooLargeError || (err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `“${target.filename}” is larger than the ${formatBytes(limit)} limit.`,
      );
    throw err;
  }
  return attachFile(deps, auth, target, { path: staged });
}

/** Passes bytes through until there are more than `max`, then fails with BlobTooLargeError. */
function sizeLimit(max: number) {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      done(size > max ? new BlobTooLargeError(`over ${max} bytes`) : null, chunk);
    },
  });
}

async function ownArtifact(db: Deps['db'], auth: Auth | null, id: string, artifactId: string, at: string) {
  const own = await loadOwnSubmission(db, auth, id);
  const attempt = await lockEditable(db, own, at);
  const artifact = await repo.findArtifact(db, artifactId);
  if (!artifact || artifact.attempt_id !== attempt.id) throw notFound('That artifact');
  return artifact;
}

export async function updateArtifact(
  { db, clock }: Ctx,
  auth: Auth | null,
  id: string,
  artifactId: string,
  input: z.infer<typeof UpdateArtifactBody>,
) {
  return db
    .transaction()
    .execute((trx) => updateOwnArtifact(trx, auth, id, artifactId, input, clock.now().toISOString()));
}

async function updateOwnArtifact(
  db: Deps['db'],
  auth: Auth | null,
  id: string,
  artifactId: string,
  input: z.infer<typeof UpdateArtifactBody>,
  at: string,
) {
  const artifact = await ownArtifact(db, auth, id, artifactId, at);
  if (input.text !== undefined && artifact.kind !== 'text')
    throw new AppError('VALIDATION_FAILED', 'Only a written artifact has text.');
  if (input.url !== undefined && artifact.kind !== 'link')
    throw new AppError('VALIDATION_FAILED', 'Only a link artifact has a URL.');
  if (input.privacy !== undefined && !artifact.blob_sha256)
    throw new AppError('VALIDATION_FAILED', 'The privacy checklist is for uploaded files.');
  const set = {
    title: input.title ?? artifact.title,
    text: input.text ?? artifact.text,
    url: input.url ?? artifact.url,
    privacy: JSON.stringify({ ...(JSON.parse(artifact.privacy) as object), ...input.privacy }),
  };
  await repo.updateArtifact(db, artifactId, set);
  return presentArtifact({ ...artifact, ...set });
}

export async function deleteArtifact({ db, clock }: Ctx, auth: Auth | null, id: string, artifactId: string) {
  const at = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await ownArtifact(trx, auth, id, artifactId, at);
    await repo.deleteArtifact(trx, artifactId);
  });
}
