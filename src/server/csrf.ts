import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cookie-authenticated writes are protected without tokens: a browser cannot send JSON or a
 * multipart body cross-site without Origin/Sec-Fetch-Site saying so, and we refuse those.
 * Throws CROSS_SITE_REQUEST or UNSUPPORTED_MEDIA_TYPE.
 */
export function checkSameSiteWrite(req: FastifyRequest, publicOrigin: string, rawUpload = false): void {
  if (!WRITES.has(req.method)) return;
  const site = req.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') {
    throw new AppError('CROSS_SITE_REQUEST', 'This request came from another site and was refused.');
  }
  const origin = req.headers.origin;
  if (origin && origin !== 'null') {
    const own = new Set([publicOrigin, `${req.protocol}://${req.headers.host ?? ''}`]);
    if (!own.has(origin))
      throw new AppError('CROSS_SITE_REQUEST', 'This request came from another site and was refused.');
  } else if (origin === 'null') {
    throw new AppError('CROSS_SITE_REQUEST', 'This request came from an opaque origin and was refused.');
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const hasBody =
    Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  // A browser cannot send this type cross-site without a preflight, which we never grant.
  if (rawUpload && type === 'application/offset+octet-stream') return;
  if (hasBody && type !== 'application/json' && type !== 'multipart/form-data' && !type.endsWith('+json')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send JSON (application/json) or a file upload form.');
  }
}
