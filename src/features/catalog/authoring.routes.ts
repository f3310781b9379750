import { z } from 'zod';
import {
  AuthoringSummary,
  AuthoringView,
  CreateMicroCredentialBody,
  SaveDraftBody,
} from '../../contracts/catalog.js';
import type { Deps } from '../../server/deps.js';
import { errorResponses, IdParams, noStore, type App } from '../../server/http.js';
import {
  createMicroCredential,
  getAuthoringView,
  listAuthored,
  retireMicroCredential,
  saveMicroCredentialDraft,
} from './author-micro-credential.js';
import { publishMicroCredential } from './publish-micro-credential.js';

export function registerAuthoringRoutes(app: App, deps: Deps) {
  const tags = ['authoring'];
  const one = { 200: AuthoringView, ...errorResponses };

  app.get(
    '/api/v1/authoring/micro-credentials',
    {
      schema: {
        tags,
        summary: 'Micro-credentials of the issuers you administer, drafts included',
        response: { 200: z.object({ items: z.array(AuthoringSummary) }), ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send({ items: await listAuthored(deps, req.auth) }),
  );
  app.post(
    '/api/v1/authoring/micro-credentials',
    {
      schema: {
        tags,
        summary: 'Start a new micro-credential as a draft',
        body: CreateMicroCredentialBody,
        response: { 201: AuthoringView, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await createMicroCredential(deps, req.auth, req.body)),
  );
  app.get(
    '/api/v1/authoring/micro-credentials/:id',
    {
      schema: { tags, summary: 'A micro-credential as its authors see it', params: IdParams, response: one },
    },
    async (req, reply) => noStore(reply).send(await getAuthoringView(deps, req.auth, req.params.id)),
  );
  app.put(
    '/api/v1/authoring/micro-credentials/:id/draft',
    {
      schema: {
        tags,
        summary: 'Save the working copy (may be incomplete)',
        params: IdParams,
        body: SaveDraftBody,
        response: one,
      },
    },
    async (req) =>
      saveMicroCredentialDraft(deps, req.auth, req.params.id, req.body.content, req.body.baseUpdatedAt),
  );
  app.post(
    '/api/v1/authoring/micro-credentials/:id/publish',
    { schema: { tags, summary: 'Publish the draft as a new version', params: IdParams, response: one } },
    async (req) => publishMicroCredential(deps, req.auth, req.params.id),
  );
  app.post(
    '/api/v1/authoring/micro-credentials/:id/retire',
    {
      schema: {
        tags,
        summary: 'Take it out of the catalog (earned credentials stay valid)',
        params: IdParams,
        response: one,
      },
    },
    async (req) => retireMicroCredential(deps, req.auth, req.params.id),
  );
}
