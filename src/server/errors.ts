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
  | 'RESUBMISSION_CLOSED'
  /** A file we cannot read as asked: wrong encoding, missing columns, not CSV. */
  | 'INVALID_FILE'
  /** A sign-in through an identity provider that failed: wrong state or nonce, refused, expired. */
  | 'SIGN_IN_FAILED'
  /** Two policies of one organization would govern the same license at the same time. */
  | 'POLICY_OVERLAP'
  /** Every funded seat is taken. */
  | 'NO_SEATS_LEFT';

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
  INVALID_FILE: 422,
  SIGN_IN_FAILED: 400,
  POLICY_OVERLAP: 409,
  NO_SEATS_LEFT: 409,
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
