import type { Deps } from '../../server/deps.js';
import { IdParams, type App } from '../../server/http.js';
import { openArtifactFile, openArtifactThumbnail } from './open-artifact-file.js';
import { createUploadServer, UPLOADS_PATH } from './resumable-uploads.js';

/**
 * Files sent as evidence never run as a page, even if a type check were fooled: no scripts, no
 * plugins, no frames, and the browser may not guess another type.
 */
const FILE_HEADERS = {
  'content-security-policy': "default-src 'none'; media-src 'self'; img-src 'self'; sandbox",
  'x-content-type-options': 'nosniff',
  'cache-control': 'private, no-store',
  'accept-ranges': 'bytes',
};

export function registerEvidenceRoutes(app: App, deps: Deps) {
  const tags = ['evidence'];
  // Made at the first upload: tus's file store prepares its folder in the background when created.
  let uploads: ReturnType<typeof createUploadServer> | undefined;
  // tus PATCH bodies are raw bytes: left unread here, streamed to disk by the tus server.
  app.addContentTypeParser('application/offset+octet-stream', (_req, _payload, done) => done(null));
  for (const url of [UPLOADS_PATH, `${UPLOADS_PATH}/:uploadId`]) {
    app.route({
      method: ['POST', 'HEAD', 'PATCH', 'DELETE', 'OPTIONS'],
      url,
      config: { rawUpload: true },
      schema: {
        tags,
        summary:
          url === UPLOADS_PATH
            ? 'Start a resumable upload (tus 1.0.0 creation; Upload-Metadata: submissionId, requirementId, filename, filetype, title)'
            : 'Resume (HEAD, PATCH) or cancel (DELETE) a resumable upload of your own',
      },
      async handler(req, reply) {
        reply.hijack();
        uploads ??= createUploadServer(deps);
        await uploads.handle(req.raw, reply.raw, req.auth);
      },
    });
  }

  app.get(
    '/api/v1/artifacts/:id/file',
    {
      schema: {
        tags,
        summary:
          'An uploaded evidence file (the educator, assigned assessors, issuer admins); honours Range for seeking',
        params: IdParams,
      },
    },
    async (req, reply) => {
      const f = await openArtifactFile(deps, req.auth, req.params.id, req.headers.range);
      reply
        .headers(FILE_HEADERS)
        .header('etag', f.etag)
        .type(f.contentType)
        .header('content-disposition', f.disposition);
      if (f.range) {
        reply
          .code(206)
          .header('content-range', `bytes ${f.range.start}-${f.range.end}/${f.size}`)
          .header('content-length', f.range.end - f.range.start + 1);
      } else reply.header('content-length', f.size);
      return reply.send(f.stream);
    },
  );
  app.get(
    '/api/v1/artifacts/:id/thumbnail',
    {
      schema: {
        tags,
        summary: 'A small JPEG of an uploaded image, for the same people as the image',
        params: IdParams,
      },
    },
    async (req, reply) => {
      const t = await openArtifactThumbnail(deps, req.auth, req.params.id);
      return reply.headers(FILE_HEADERS).header('etag', t.etag).type('image/jpeg').send(t.stream);
    },
  );
}
