import { z } from 'zod';
import { CreateTokenBody, CreatedToken, TokenView } from '../../contracts/account.js';
import type { Deps } from '../../server/deps.js';
import { IdParams, SESSION_ONLY, errorResponses, noStore, type App } from '../../server/http.js';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.js';

/** Personal API tokens, for integrations (e.g. the VC-API `POST /credentials/issue`). */
export function registerTokenRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/me/tokens',
    {
      config: SESSION_ONLY,
      schema: {
        tags: ['tokens'],
        summary: 'Your API tokens (never the secrets)',
        response: { 200: z.object({ items: z.array(TokenView) }), ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await listApiTokens(deps, req.auth)),
  );
  app.post(
    '/api/v1/me/tokens',
    {
      config: SESSION_ONLY,
      schema: {
        tags: ['tokens'],
        summary: 'Make an API token; the token is shown once',
        body: CreateTokenBody,
        response: { 201: CreatedToken, ...errorResponses },
      },
    },
    async (req, reply) =>
      noStore(reply)
        .code(201)
        .send(await createApiToken(deps, req.auth, req.body.name)),
  );
  app.delete(
    '/api/v1/me/tokens/:id',
    {
      config: SESSION_ONLY,
      schema: { tags: ['tokens'], summary: 'Revoke one of your API tokens', params: IdParams },
    },
    async (req, reply) => {
      await revokeApiToken(deps, req.auth, req.params.id);
      return reply.code(204).send();
    },
  );
}
