import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { AddArtifactBody, ArtifactView, UpdateArtifactBody } from '../../contracts/submissions.js';
import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import { BlobTooLargeError } from '../../storage/blob-store.js';
import type { Auth } from '../auth/auth-context.js';
import { requireKindAllowed, requirementOf, requireRoom, sanitizeFilename } from './artifact-rules.js';
import { loadOwnSubmission, lockEditable, requireEditable } from './own-submission.js';
import { presentArtifact } from './submissions.presenter.js';
import * as repo from './submissions.repository.js';

type Ctx = Pick<Deps, 'db' | 'clock'>;

/** After the last one, so positions (and the neutral names built from them) never repeat. */
const nextPosition = (existing: { position: number }[]) =>
  Math.max(-1, ...existing.map((a) => a.position)) + 1;

const tooLarge = (max: number) =>
  new AppError('PAYLOAD_TOO_LARGE', `That file is larger than the ${Math.round(max / 1048576)} MB limit.`);

/**
 * The draft attempt, locked for this transaction (so a submit cannot slip in between the check and
 * the write), with the requirement and what it already holds.
 */
async function editableWithRequirement(
  db: Deps['db'],
  auth: Auth | null,
  id: string,
  requirementId: string,
  at: string,
) {
  const own = await loadOwnSubmission(db, auth, id);
  const attempt = await lockEditable(db, own, at);
  const req = requirementOf(own.content, requirementId);
  const existing = (await repo.listArtifacts(db, attempt.id)).filter(
    (a) => a.requirement_id === requirementId,
  );
  return { attempt, req, existing };
}

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

/** Streams an uploaded file to the blob store and adds it to the draft. */
export async function uploadArtifact(
  { db, clock, blobs, config }: Pick<Deps, 'db' | 'clock' | 'blobs' | 'config'>,
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
  // Check before streaming (it can take minutes), and again, locked, before the row is written.
  const own = await loadOwnSubmission(db, auth, id);
  requireEditable(own);
  const req = requirementOf(own.content, input.requirementId);
  const kind = input.contentType.startsWith('video/') && req.kinds.includes('video') ? 'video' : 'file';
  requireKindAllowed(req, kind);
  let stored;
  try {
    stored = await blobs.put(input.stream, config.maxUploadBytes);
  } catch (err) {
    if (err instanceof BlobTooLargeError || (err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw tooLarge(config.maxUploadBytes);
    }
    throw err;
  }
  if (input.truncated?.() || stored.size > config.maxUploadBytes) {
    throw tooLarge(config.maxUploadBytes);
  }
  if (stored.size === 0) throw new AppError('VALIDATION_FAILED', 'That file is empty.');
  const filename = sanitizeFilename(input.filename);
  const at = clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
    const { attempt, existing } = await editableWithRequirement(trx, auth, id, input.requirementId, at);
    requireRoom(req, existing.length);
    const row = {
      id: randomUUID(),
      attempt_id: attempt.id,
      requirement_id: req.id,
      kind,
      // Never the file's own name: it can carry the educator's name or school to the assessor.
      title: input.title.trim() || `${req.title} ${existing.length + 1}`,
      text: null,
      url: null,
      blob_sha256: stored.sha256,
      filename,
      content_type: input.contentType || 'application/octet-stream',
      size_bytes: stored.size,
      position: nextPosition(existing),
      created_at: at,
      thumbnail_sha256: null,
      privacy: '{}',
      purged_at: null,
    } as const;
    await repo.insertArtifact(trx, row);
    return presentArtifact(row);
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
  const set = {
    title: input.title ?? artifact.title,
    text: input.text ?? artifact.text,
    url: input.url ?? artifact.url,
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
