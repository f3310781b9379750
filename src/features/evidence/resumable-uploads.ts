import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { Server, type Upload } from '@tus/server';
import { HashingFileStore } from './hashing-file-store.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import type { Auth } from '../auth/auth-context.js';
import { sanitizeFilename } from '../submissions/artifact-rules.js';
import { attachFile, checkUploadTarget, type UploadTarget } from './attach-file.js';

export const UPLOADS_PATH = '/api/v1/uploads';

/** Unfinished uploads are kept this long for the client to resume, then swept away. */
export const UPLOAD_EXPIRY_MS = 3 * 24 * 60 * 60 * 1000;

type TusRequest = { runtime?: { node?: { req: IncomingMessage } }; method: string };

/** The signed-in user of each request, handed from Fastify's hooks to tus's. */
const authOf = new WeakMap<IncomingMessage, Auth | null>();

const rawOf = (req: TusRequest) => {
  const raw = req.runtime?.node?.req;
  if (!raw) throw new Error('tus request without its Node request');
  return raw;
};

/** An error as tus sends it: our `{ error: { code, message } }` body. */
const tusError = (status: number, code: string, message: string) => ({
  status_code: status,
  body: JSON.stringify({ error: { code, message } }),
});

/**
 * The target an upload names in its Upload-Metadata: `submissionId` (or `attemptId`, looked up),
 * `requirementId`, `filename`, `filetype`, and optionally `title`.
 */
async function targetOf(db: Deps['db'], upload: Upload): Promise<UploadTarget> {
  const m = upload.metadata ?? {};
  const text = (key: string, max: number) => {
    const v = m[key];
    return typeof v === 'string' && v.length <= max && !v.includes('\u0000') ? v : undefined;
  };
  let submissionId = text('submissionId', 100);
  const attemptId = text('attemptId', 100);
  if (!submissionId && attemptId) {
    const attempt = await db
      .selectFrom('attempts')
      .select(['submission_id', 'status'])
      .where('id', '=', attemptId)
      .executeTakeFirst();
    // Evidence is only ever added to the draft; an earlier attempt is what was sent, as it was.
    if (attempt && attempt.status !== 'draft')
      throw new AppError(
        'INVALID_STATE',
        'That attempt has been submitted; its evidence can no longer change.',
      );
    submissionId = attempt?.submission_id;
  }
  const requirementId = text('requirementId', 60);
  const filename = text('filename', 1000) ?? text('name', 1000);
  if (!submissionId || !requirementId || !filename)
    throw new AppError(
      'VALIDATION_FAILED',
      'Name the upload in Upload-Metadata: submissionId (or attemptId), requirementId and filename.',
    );
  return {
    submissionId,
    requirementId,
    filename: sanitizeFilename(filename),
    declaredType: text('filetype', 200) ?? text('type', 200) ?? '',
    title: text('title', 200),
    size: upload.size,
  };
}

/**
 * The tus 1.0.0 server behind `/api/v1/uploads`: creation (with upload), resumption with HEAD and
 * PATCH, termination, expiry. Bytes go straight to a file in the blob store's staging area; a
 * finished upload is checked and attached to the draft in `attachFile`, and only then does an
 * artifact exist. Each upload belongs to the person who created it: anyone else gets 404.
 */
export function createUploadServer(deps: Deps) {
  const directory = deps.blobs.stagingDir('tus');
  const store = new HashingFileStore({ directory, expirationPeriodInMilliseconds: UPLOAD_EXPIRY_MS });
  const server = new Server({
    path: UPLOADS_PATH,
    datastore: store,
    relativeLocation: true,
    respectForwardedHeaders: false,
    disableTerminationForFinishedUploads: true,
    exposedHeaders: ['Upload-Artifact-Id'],
    maxSize: () => Math.max(...Object.values(deps.config.uploadLimits)),
    async onIncomingRequest(req, id) {
      const auth = authOf.get(rawOf(req as TusRequest));
      if (!auth) throw tusError(401, 'UNAUTHENTICATED', 'Sign in to upload evidence.');
      // A creation names a fresh id; onUploadCreate checks the draft it is for.
      if (req.method === 'POST') return;
      const owner = await store
        .getUpload(id)
        .then((u) => u.metadata?.userId)
        .catch(() => undefined);
      if (owner !== auth.userId) throw tusError(404, 'NOT_FOUND', 'That upload was not found.');
    },
    async onUploadCreate(req, upload) {
      const auth = authOf.get(rawOf(req as TusRequest)) ?? null;
      if (upload.sizeIsDeferred)
        throw new AppError(
          'VALIDATION_FAILED',
          'Say how large the file is (Upload-Length) when the upload starts.',
        );
      const target = await targetOf(deps.db, upload);
      await checkUploadTarget(deps, auth, target);
      return { metadata: { ...upload.metadata, filename: target.filename, userId: auth!.userId } };
    },
    async onUploadFinish(req, upload) {
      const auth = authOf.get(rawOf(req as TusRequest)) ?? null;
      const target = await targetOf(deps.db, upload);
      // Out of tus's hands from here: attached, or refused and removed (ingestFile always removes it).
      const staged = path.join(directory, `${upload.id}.done`);
      await fs.promises.rename(path.join(directory, upload.id), staged);
      await store.configstore.delete(upload.id);
      const sha256 = store.sha256Of(upload.id, upload.size ?? -1);
      const artifact = await attachFile(deps, auth, target, { path: staged, sha256 });
      return {
        // tus answers a finishing PATCH with 204; the artifact is worth a body (clients take any 2xx).
        status_code: req.method === 'PATCH' ? 200 : 201,
        headers: { 'Content-Type': 'application/json; charset=utf-8', 'Upload-Artifact-Id': artifact.id },
        body: JSON.stringify(artifact),
      };
    },
    onResponseError(_req, err) {
      if (err instanceof AppError) return tusError(err.status, err.code, err.message);
      if ('status_code' in err && typeof err.body === 'string' && !err.body.startsWith('{')) {
        // tus's own protocol errors, in our shape.
        return tusError(err.status_code, 'UPLOAD_PROTOCOL', err.body.trim());
      }
      if (!('status_code' in err)) deps.log.error({ err }, 'upload failed');
      return undefined;
    },
  });
  return {
    /** Serves one tus request for a caller Fastify has already signed in (or not). */
    handle(raw: IncomingMessage, res: import('node:http').ServerResponse, auth: Auth | null) {
      authOf.set(raw, auth);
      return server.handle(raw, res);
    },
  };
}

/** Removes unfinished uploads nobody resumed within UPLOAD_EXPIRY_MS; returns how many. */
export function sweepExpiredUploads(blobs: Deps['blobs']): Promise<number> {
  return new HashingFileStore({
    directory: blobs.stagingDir('tus'),
    expirationPeriodInMilliseconds: UPLOAD_EXPIRY_MS,
  }).deleteExpired();
}
