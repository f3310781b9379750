import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { CatalogFacets, CatalogPage, CatalogQuery, MicroCredentialView } from '../../contracts/catalog.js';
import type { Deps } from '../../server/deps.js';
import { notFound } from '../../server/errors.js';
import { OPEN_ROUTE, PUBLIC_ROUTE, errorResponses, IdParams, type App } from '../../server/http.js';
import { badgeSvg } from './badge-image.js';
import { presentCatalogItem, presentFacets, presentMicroCredential } from './catalog.presenter.js';
import * as repo from './catalog.repository.js';

/** Pages come from the catalog cache as JSON text, already serialized. */
const sendJson = (reply: FastifyReply, json: string) =>
  reply.type('application/json; charset=utf-8').send(json);

export function registerCatalogRoutes(app: App, { db, dialect, catalogCache }: Deps) {
  app.get(
    '/api/v1/micro-credentials',
    {
      config: PUBLIC_ROUTE,
      schema: {
        tags: ['catalog'],
        summary: 'Search the public catalog of published micro-credentials',
        querystring: CatalogQuery,
        response: { 200: CatalogPage, 400: errorResponses[400] },
      },
    },
    async (req, reply) => {
      const page = await catalogCache.get(`search:${JSON.stringify(req.query)}`, async () => {
        const { rows, total } = await repo.searchCatalog(db, dialect, req.query);
        return JSON.stringify(CatalogPage.parse({ items: rows.map(presentCatalogItem), total }));
      });
      return sendJson(reply, page);
    },
  );

  app.get(
    '/api/v1/micro-credentials/facets',
    {
      config: PUBLIC_ROUTE,
      schema: {
        tags: ['catalog'],
        summary: 'Counts for the catalog filters',
        response: { 200: CatalogFacets },
      },
    },
    async (_req, reply) =>
      sendJson(
        reply,
        await catalogCache.get('facets', async () =>
          JSON.stringify(presentFacets(await repo.catalogFacets(db))),
        ),
      ),
  );

  app.get(
    '/api/v1/micro-credentials/:id',
    {
      config: PUBLIC_ROUTE,
      schema: {
        tags: ['catalog'],
        summary: 'One published micro-credential, whole',
        params: IdParams,
        querystring: z.object({ version: z.coerce.number().int().min(1).max(100_000).optional() }),
        response: { 200: MicroCredentialView, 400: errorResponses[400], 404: errorResponses[404] },
      },
    },
    async (req) => {
      const row = await repo.findPublicVersion(db, req.params.id, req.query.version);
      if (!row) throw notFound('That micro-credential');
      return presentMicroCredential(row);
    },
  );

  app.get(
    '/images/micro-credentials/:file',
    {
      config: OPEN_ROUTE,
      schema: { hide: true, params: z.object({ file: z.string().regex(/^[0-9a-f-]{36}\.svg$/) }) },
    },
    async (req, reply) => {
      const version = await repo.findVersion(db, req.params.file.slice(0, -4));
      if (!version) throw notFound('That image');
      const issuer = await db
        .selectFrom('organizations')
        .select('name')
        .where('id', '=', version.issuer_id)
        .executeTakeFirstOrThrow();
      return reply
        .type('image/svg+xml')
        .header('cache-control', 'public, max-age=86400')
        .send(badgeSvg({ title: version.title, issuer: issuer.name, topic: version.topic }));
    },
  );
}
