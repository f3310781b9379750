import type { FastifyRequest } from 'fastify';
import { VerifyBody, VerifyResult } from '../../contracts/credentials.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import { OPEN_ROUTE, errorResponses, type App } from '../../server/http.js';
import { DEFAULT_BAKED_IMAGE_MAX_BYTES, extractBakedCredential } from '../../openbadges/baking.js';
import { verifyAny } from './verify-credential.js';

/** JSON credentials and VC-JWTs fit well within this; a larger body is refused before it is read. */
const JSON_BODY_LIMIT = 3 * 1024 * 1024;

/** The credential in an uploaded file: baked into a PNG or SVG badge, or JSON / VC-JWT text. */
async function credentialFromUpload(req: FastifyRequest): Promise<string> {
  const file = await req.file({ limits: { fileSize: DEFAULT_BAKED_IMAGE_MAX_BYTES, files: 1 } });
  if (!file)
    throw new AppError(
      'VALIDATION_FAILED',
      'Choose a badge image or credential file to verify (field "file").',
    );
  const bytes = await file.toBuffer();
  const text = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim();
  if (text.startsWith('{') || /^ey[\w-]*\.[\w-]*\.[\w-]*$/.test(text)) return text;
  const baked = extractBakedCredential(bytes);
  if ('error' in baked) throw new AppError('UNPROCESSABLE', baked.error);
  if (baked.credential === undefined) {
    throw new AppError(
      'UNPROCESSABLE',
      `This ${baked.kind.toUpperCase()} image has no credential baked into it, so there is nothing to verify.`,
    );
  }
  return baked.credential;
}

export function registerVerifyRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/verify',
    {
      config: OPEN_ROUTE,
      bodyLimit: JSON_BODY_LIMIT,
      schema: {
        tags: ['credentials'],
        summary:
          'Verify anyone’s Open Badges 3.0 credential: JSON with an embedded proof, a VC-JWT, or (multipart "file") a baked PNG/SVG badge',
        consumes: ['application/json', 'multipart/form-data'],
        response: {
          200: VerifyResult,
          ...errorResponses,
          413: errorResponses[400],
          422: errorResponses[400],
        },
      },
    },
    async (req) => {
      if (req.isMultipart()) return verifyAny(deps, await credentialFromUpload(req));
      const body = VerifyBody.safeParse(req.body);
      if (!body.success) {
        throw new AppError(
          'VALIDATION_FAILED',
          'Send {"credential": …} with the credential as JSON, JSON text or a VC-JWT, or upload a badge image.',
        );
      }
      return verifyAny(deps, body.data.credential);
    },
  );

  app.options('/api/v1/verify', { config: OPEN_ROUTE, schema: { hide: true } }, async (_req, reply) =>
    reply
      .code(204)
      .header('access-control-allow-methods', 'POST')
      .header('access-control-allow-headers', 'content-type')
      .header('access-control-max-age', '86400')
      .send(),
  );
}
