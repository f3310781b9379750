/** Every error a caller can cause has one of these codes; HTTP status is decided once, below. */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'MALFORMED_JSON'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'TOO_MANY_ATTEMPTS'
  | 'CROSS_SITE_REQUEST'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ALREADY_EXISTS'
  | 'INVALID_STATE'
  | 'INCOMPLETE_SUBMISSION'
  | 'ATTEMPTS_EXHAUSTED'
  | 'STALE_VERSION'
  | 'INVALID_TOKEN'
  | 'UNPROCESSABLE'
  | 'NOT_READY'
  | 'REVIEW_REASSIGNED'
  | 'TYPE_MISMATCH'
  | 'RANGE_NOT_SATISFIABLE'
  | 'RESUBMISSION_CLOSED';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TOO_MANY_ATTEMPTS: 429,
  CROSS_SITE_REQUEST: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ALREADY_EXISTS: 409,
  INVALID_STATE: 409,
  INCOMPLETE_SUBMISSION: 422,
  ATTEMPTS_EXHAUSTED: 409,
  STALE_VERSION: 409,
  INVALID_TOKEN: 401,
  UNPROCESSABLE: 422,
  NOT_READY: 503,
  REVIEW_REASSIGNED: 409,
  TYPE_MISMATCH: 415,
  RANGE_NOT_SATISFIABLE: 416,
  RESUBMISSION_CLOSED: 409,
};

export type ErrorDetail = { path: string; message: string };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[] | Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found`);
export const forbidden = (message: string) => new AppError('FORBIDDEN', message);
