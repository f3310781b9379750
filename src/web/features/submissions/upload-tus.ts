import * as tus from 'tus-js-client';
import type { ArtifactView } from '../../../contracts/submissions.js';
import { isRecord, networkError, toApiError, type ApiError } from '../../api/api-error.js';
import { reportUnauthenticated } from '../../api/client.js';

/** The tus 1.0.0 endpoint of resumable evidence uploads (same origin, the session cookie). */
export const UPLOADS_ENDPOINT = '/api/v1/uploads';
/** A dropped connection costs at most one chunk. */
export const CHUNK_SIZE = 8 * 1024 * 1024;
/** Waits before tus tries again after a failure to reach the server (ms). */
export const RETRY_DELAYS = [0, 1000, 3000, 5000, 10000];

/** Where a file goes: the draft and the artifact requirement it is evidence for. */
export type TransferTarget = { submissionId: string; requirementId: string };

/** What a transfer reports to the page. */
export type TransferEvents = {
  /** An upload of this same file begun earlier (before a reload) is being continued. */
  onResumed: () => void;
  onProgress: (sent: number, total: number) => void;
  /** The server could not be reached; tus tries again by itself. */
  onRetrying: () => void;
  /** Stopped: the server refused it, or tus gave up trying to reach it (status 0). */
  onError: (error: ApiError) => void;
  /** Every byte arrived and the server attached the file: the artifact it answered with. */
  onSuccess: (artifact: ArtifactView | null) => void;
};

/** One file's upload, controlled by the page. */
export type Transfer = {
  /** Starts, or continues from what the server has after a pause or a failure. */
  start: () => void;
  /** Stops sending; what arrived is kept on the server for `start` to continue. */
  pause: () => void;
  /** Stops and deletes what arrived on the server. */
  cancel: () => Promise<void>;
};

export type StartTransfer = (file: File, target: TransferTarget, events: TransferEvents) => Transfer;

/**
 * The error a tus failure stands for: the server's own `{error:{code,message}}` when it
 * answered, else a failure to reach it (status 0).
 */
export function transferErrorOf(err: Error): ApiError {
  const response = (err as Partial<tus.DetailedError>).originalResponse;
  if (!response) return networkError();
  const status = response.getStatus();
  if (status === 0) return networkError();
  let body: unknown;
  try {
    body = JSON.parse(response.getBody());
  } catch {
    body = undefined;
  }
  return toApiError(status, body);
}

/**
 * Whether trying again can help: the server unreachable (while the browser is online), busy or
 * failing, the upload briefly locked, or tus's own offset mismatch (it asks the server where to
 * continue). A refusal of the file itself (413, 415, 422, 409 INVALID_STATE, 404) never changes.
 */
export function worthRetrying(error: ApiError, online: boolean): boolean {
  if (error.status === 0) return online;
  if (error.status >= 500 || error.status === 423 || error.status === 429) return true;
  return error.status === 409 && error.code === 'UPLOAD_PROTOCOL';
}

/** The ArtifactView a finished upload answers with, if the body is one. */
export function artifactOf(body: string): ArtifactView | null {
  try {
    const parsed: unknown = JSON.parse(body);
    return isRecord(parsed) && typeof parsed.id === 'string' ? (parsed as ArtifactView) : null;
  } catch {
    return null;
  }
}

/**
 * A tus upload of `file` to the draft's requirement. Its URL is remembered in localStorage under
 * a fingerprint of the draft, the requirement and the file, so choosing the same file again
 * after a reload continues where it stopped; the entry is forgotten once the upload succeeds.
 */
export const tusTransfer: StartTransfer = (file, target, events) => {
  const metadata: Record<string, string> = {
    submissionId: target.submissionId,
    requirementId: target.requirementId,
    filename: file.name,
  };
  if (file.type) metadata.filetype = file.type;
  const upload = new tus.Upload(file, {
    endpoint: new URL(UPLOADS_ENDPOINT, window.location.href).href,
    headers: {},
    metadata,
    chunkSize: CHUNK_SIZE,
    retryDelays: RETRY_DELAYS,
    removeFingerprintOnSuccess: true,
    fingerprint: () =>
      Promise.resolve(
        [
          'microcred-upload',
          target.submissionId,
          target.requirementId,
          file.name,
          file.size,
          file.lastModified,
        ].join('|'),
      ),
    onProgress: events.onProgress,
    onShouldRetry: (err) => {
      const again = worthRetrying(transferErrorOf(err), navigator.onLine);
      if (again) events.onRetrying();
      return again;
    },
    onError: (err) => {
      const error = transferErrorOf(err);
      reportUnauthenticated(error);
      events.onError(error);
    },
    onSuccess: ({ lastResponse }) => events.onSuccess(artifactOf(lastResponse.getBody())),
  });

  let looked = false;
  let wanted = false;
  return {
    start() {
      wanted = true;
      if (looked) {
        upload.start();
        return;
      }
      looked = true;
      const begin = () => {
        if (wanted) upload.start();
      };
      upload.findPreviousUploads().then((previous) => {
        const latest = previous
          .filter((p) => p.uploadUrl)
          .sort((a, b) => b.creationTime.localeCompare(a.creationTime))[0];
        if (latest) {
          upload.resumeFromPreviousUpload(latest);
          events.onResumed();
        }
        begin();
      }, begin);
    },
    pause() {
      wanted = false;
      void upload.abort();
    },
    cancel() {
      wanted = false;
      return upload.abort(true);
    },
  };
};
