import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AddArtifactBody,
  ANSWER_MAX_CHARS,
  ArtifactView,
  DRAFT_SAVE_MAX_BYTES,
  DraftVersionList,
  DraftVersionView,
  ResubmitBody,
  RestoreDraftBody,
  SaveDraftRequest,
  SaveDraftResult,
  StartSubmissionBody,
  SubmissionSummary,
  SubmissionView,
  SubmitResult,
  UpdateArtifactBody,
} from '../../contracts/submissions.js';
import type { Deps } from '../../server/deps.js';
import { handleError } from '../../server/error-handler.js';
import { AppError } from '../../server/errors.js';
import { errorResponses, IdParams, noStore, type App } from '../../server/http.js';
import { draftEtag, startingRevision } from './draft-etag.js';
import { getDraftVersion, listDraftVersions } from './draft-history.js';
import { restoreDraftVersion } from './draft-restore.js';
import { getSubmission, listMySubmissions } from './get-submission.js';
import { addArtifact, deleteArtifact, updateArtifact, uploadArtifact } from './manage-artifacts.js';
import { resubmit, withdraw } from './resubmit.js';
import { saveSubmissionDraft } from './save-submission-draft.js';
import { startSubmission } from './start-submission.js';
import { submitAttempt } from './submit-attempt.js';

const ArtifactParams = IdParams.extend({ artifactId: z.string().min(1).max(100) });
const VersionParams = IdParams.extend({ revision: z.coerce.number().int().min(0).max(2_147_483_647) });

/** A save over the size limit says what the limit is (the generic 413 cannot know). */
function draftSizeErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const tooLarge =
    err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' &&
    new AppError(
      'PAYLOAD_TOO_LARGE',
      `A draft save can be at most ${DRAFT_SAVE_MAX_BYTES / 1024 / 1024} MB, and each answer at most ${ANSWER_MAX_CHARS.toLocaleString('en-US')} characters. Nothing was saved: shorten the text and it will save.`,
      { limitBytes: DRAFT_SAVE_MAX_BYTES, answerMaxChars: ANSWER_MAX_CHARS },
    );
  handleError(tooLarge || err, req, reply);
}

export function registerSubmissionRoutes(app: App, deps: Deps) {
  const tags = ['submissions'];
  const one = { 200: SubmissionView, ...errorResponses };

  app.post(
    '/api/v1/submissions',
    {
      schema: {
        tags,
        summary: 'Start a micro-credential',
        body: StartSubmissionBody,
        response: { 201: SubmissionView, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(
          await startSubmission(deps, req.auth, req.body.microCredentialId, { selfPay: req.body.selfPay }),
        ),
  );
  app.get(
    '/api/v1/submissions',
    {
      schema: {
        tags,
        summary: 'Your submissions',
        response: { 200: z.object({ items: z.array(SubmissionSummary) }), ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send({ items: await listMySubmissions(deps, req.auth) }),
  );
  app.get(
    '/api/v1/submissions/:id',
    {
      schema: {
        tags,
        summary: 'One of your submissions with its draft and feedback',
        params: IdParams,
        response: one,
      },
    },
    async (req, reply) => {
      const view = await getSubmission(deps, req.auth, req.params.id);
      return noStore(reply).header('etag', draftEtag(view.current.revision)).send(view);
    },
  );
  app.patch(
    '/api/v1/submissions/:id/draft',
    {
      schema: {
        tags,
        summary:
          'Autosave the draft (optimistic: names the revision it started from, as If-Match or body revision)',
        params: IdParams,
        body: SaveDraftRequest,
        response: { 200: SaveDraftResult, ...errorResponses },
      },
      bodyLimit: DRAFT_SAVE_MAX_BYTES,
      errorHandler: draftSizeErrors,
    },
    async (req, reply) => {
      const revision = startingRevision(req.headers['if-match'], req.body.revision);
      const saved = await saveSubmissionDraft(deps, req.auth, req.params.id, { ...req.body, revision });
      return reply.header('etag', draftEtag(saved.revision)).send(saved);
    },
  );
  app.get(
    '/api/v1/submissions/:id/drafts',
    {
      schema: {
        tags,
        summary: 'The saved versions of the current draft, newest first',
        params: IdParams,
        response: { 200: DraftVersionList, ...errorResponses },
      },
    },
    async (req, reply) =>
      noStore(reply).send({ items: await listDraftVersions(deps, req.auth, req.params.id) }),
  );
  app.get(
    '/api/v1/submissions/:id/drafts/:revision',
    {
      schema: {
        tags,
        summary: 'One saved version of the current draft',
        params: VersionParams,
        response: { 200: DraftVersionView, ...errorResponses },
      },
    },
    async (req, reply) =>
      noStore(reply).send(await getDraftVersion(deps, req.auth, req.params.id, req.params.revision)),
  );
  app.post(
    '/api/v1/submissions/:id/drafts/:revision/restore',
    {
      schema: {
        tags,
        summary:
          'Make a saved version the draft again, as a new revision (names the current revision, as If-Match or body revision)',
        params: VersionParams,
        body: RestoreDraftBody.nullish(),
        response: { 200: SaveDraftResult, ...errorResponses },
      },
    },
    async (req, reply) => {
      const from = startingRevision(req.headers['if-match'], req.body?.revision);
      const saved = await restoreDraftVersion(deps, req.auth, req.params.id, req.params.revision, from);
      return reply.header('etag', draftEtag(saved.revision)).send(saved);
    },
  );
  app.post(
    '/api/v1/submissions/:id/artifacts',
    {
      schema: {
        tags,
        summary: 'Add a written or linked artifact',
        params: IdParams,
        body: AddArtifactBody,
        response: { 201: ArtifactView, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await addArtifact(deps, req.auth, req.params.id, req.body)),
  );
  app.post(
    '/api/v1/submissions/:id/artifacts/upload',
    {
      schema: {
        tags,
        summary: 'Upload a file artifact (multipart: requirementId, title, then file)',
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 201: ArtifactView, ...errorResponses },
      },
    },
    async (req, reply) => {
      if (!req.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Upload files as multipart/form-data.');
      const file = await req.file();
      if (!file) throw new AppError('VALIDATION_FAILED', 'Choose a file to upload.');
      const field = (name: string) => {
        const f = file.fields[name];
        const v = f && !Array.isArray(f) && f.type === 'field' ? f.value : undefined;
        return typeof v === 'string' ? v : undefined;
      };
      const requirementId = field('requirementId');
      if (!requirementId || !/^[a-z0-9-]{1,60}$/.test(requirementId)) {
        file.file.resume();
        throw new AppError(
          'VALIDATION_FAILED',
          'Say which requirement the file is for (requirementId, sent before the file).',
        );
      }
      const artifact = await uploadArtifact(deps, req.auth, req.params.id, {
        requirementId,
        title: (field('title') ?? '').replaceAll('\u0000', '').slice(0, 200),
        filename: file.filename,
        contentType: file.mimetype,
        stream: file.file,
        truncated: () => file.file.truncated,
      }).catch((err: unknown) => {
        file.file.resume();
        throw err;
      });
      if (file.file.truncated)
        throw new AppError('PAYLOAD_TOO_LARGE', 'That file is larger than this server accepts.');
      return reply.code(201).send(artifact);
    },
  );
  app.patch(
    '/api/v1/submissions/:id/artifacts/:artifactId',
    {
      schema: {
        tags,
        summary: 'Edit an artifact of the draft',
        params: ArtifactParams,
        body: UpdateArtifactBody,
        response: { 200: ArtifactView, ...errorResponses },
      },
    },
    async (req) => updateArtifact(deps, req.auth, req.params.id, req.params.artifactId, req.body),
  );
  app.delete(
    '/api/v1/submissions/:id/artifacts/:artifactId',
    { schema: { tags, summary: 'Remove an artifact from the draft', params: ArtifactParams } },
    async (req, reply) => {
      await deleteArtifact(deps, req.auth, req.params.id, req.params.artifactId);
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/v1/submissions/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit the attempt for review',
        params: IdParams,
        response: { 200: SubmitResult, ...errorResponses },
      },
    },
    async (req) => submitAttempt(deps, req.auth, req.params.id),
  );
  app.post(
    '/api/v1/submissions/:id/resubmit',
    {
      schema: {
        tags,
        summary: 'Open the next attempt after “not yet”',
        params: IdParams,
        body: ResubmitBody,
        response: one,
      },
    },
    async (req) => resubmit(deps, req.auth, req.params.id, req.body.note),
  );
  app.post(
    '/api/v1/submissions/:id/withdraw',
    { schema: { tags, summary: 'Withdraw a submission not under review', params: IdParams, response: one } },
    async (req) => withdraw(deps, req.auth, req.params.id),
  );
}
