import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode } from './errors.js';

type Body = { error: { code: string; message: string; details?: unknown } };

const send = (
  reply: FastifyReply,
  status: number,
  code: ErrorCode | string,
  message: string,
  details?: unknown,
) => {
  const body: Body = { error: { code, message, ...(details === undefined ? {} : { details }) } };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
};

/** Maps every thrown thing to a stable `{ error: { code, message } }`; only our own bugs become 500s. */
export function handleError(err: unknown, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) {
    const retry = (err.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (retry) reply.header('retry-after', String(retry));
    return send(reply, err.status, err.code, err.message, err.details);
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const details = err.validation.map((v) => ({
      path: [err.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
      message: v.message ?? 'is not valid',
    }));
    const first = details[0];
    return send(
      reply,
      400,
      'VALIDATION_FAILED',
      first ? `Please check ${first.path}: ${first.message}` : 'The request is not valid.',
      details,
    );
  }
  if (isUniqueViolation(err)) {
    // Expected when two requests race; logged so a real bug cannot hide behind a 409.
    req.log.warn({ err }, 'unique constraint refused a write');
    return send(
      reply,
      409,
      'CONFLICT',
      'Someone else made the same change at the same moment. Reload to see it, then try again if it is still needed.',
    );
  }
  const fe = err as FastifyError;
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return send(reply, 400, 'MALFORMED_JSON', 'The request body is not valid JSON.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return send(reply, 413, 'PAYLOAD_TOO_LARGE', 'That is larger than this server accepts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return send(
        reply,
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Send JSON (application/json) or a file upload form.',
      );
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return send(reply, fe.statusCode, 'BAD_REQUEST', fe.message);
  }
  req.log.error({ err }, 'unhandled error');
  return send(
    reply,
    500,
    'INTERNAL',
    'Something went wrong on our side. It has been logged; please try again.',
  );
}

/** Two requests raced to create the same thing: PostgreSQL 23505, SQLite's UNIQUE / PRIMARY KEY. */
function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
