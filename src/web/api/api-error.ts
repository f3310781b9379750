import type { Problem } from '../../contracts/common.js';

/** An error answered by the API (`{error:{code,message,details}}`) or a failure to reach it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The `{path, message}` list some errors carry (422 INCOMPLETE_SUBMISSION, 400 VALIDATION_FAILED). */
  get problems(): Problem[] {
    const raw =
      isRecord(this.details) && Array.isArray(this.details.problems) ? this.details.problems : this.details;
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((p: unknown) =>
      isRecord(p) && typeof p.message === 'string'
        ? [{ path: typeof p.path === 'string' ? p.path : '', message: p.message }]
        : [],
    );
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const NETWORK_ERROR = 'NETWORK_ERROR';

/** Turns a non-2xx response (status and parsed body, if any) into an ApiError. Pure, for tests. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(status, error.code, error.message, error.details);
  }
  return new ApiError(status, `HTTP_${status}`, fallbackMessage(status));
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Please sign in to continue.';
  if (status === 403) return 'You do not have access to this.';
  if (status === 404) return 'We could not find that.';
  if (status === 413) return 'That file is larger than this server accepts.';
  if (status === 429) return 'Too many requests. Please wait a moment and try again.';
  if (status >= 500) return 'Something went wrong on our side. Please try again.';
  return `The request failed (${status}).`;
}

export const networkError = () =>
  new ApiError(0, NETWORK_ERROR, 'Could not reach microcred. Check your connection and try again.');

/** A message fit to show a person, whatever was thrown. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return 'Something went wrong.';
}
