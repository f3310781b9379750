import { z } from 'zod';
import {
  CompletionsQuery,
  MyPathways,
  PathwayBody,
  PathwayCompletions,
  PathwayList,
  PathwayPatch,
  PathwayView,
} from '../../contracts/pathways.js';
import type { Deps } from '../../server/deps.js';
import { notFound } from '../../server/errors.js';
import { OPEN_ROUTE, PUBLIC_ROUTE, errorResponses, noStore, type App } from '../../server/http.js';
import { badgeSvg } from '../catalog/badge-image.js';
import { createPathway, updatePathway } from './define-pathway.js';
import {
  getPublicPathway,
  listAdminPathways,
  listPathwayCompletions,
  listPublicPathways,
  myPathways,
} from './list-pathways.js';
import { pathwayTopic } from './pathways.repository.js';

const IdParams = z.object({ id: z.string().min(1).max(100) });
const SlugParams = z.object({ slug: z.string().min(1).max(60) });

export function registerPathwayRoutes(app: App, deps: Deps) {
  const { db } = deps;
  const tags = ['pathways'];

  app.get(
    '/api/v1/pathways',
    {
      config: PUBLIC_ROUTE,
      schema: { tags, summary: 'Published pathways', response: { 200: PathwayList, ...errorResponses } },
    },
    async () => ({ items: await listPublicPathways(deps) }),
  );
  app.get(
    '/api/v1/pathways/:slug',
    {
      config: OPEN_ROUTE,
      schema: {
        tags,
        summary: 'One published or retired pathway (the achievement its stacked credentials name)',
        params: SlugParams,
        response: { 200: PathwayView, ...errorResponses },
      },
    },
    async (req) => getPublicPathway(deps, req.params.slug),
  );
  app.get(
    '/api/v1/me/pathways',
    {
      schema: {
        tags,
        summary: 'Your progress on each pathway that holds your credentials or that your district defined',
        response: { 200: MyPathways, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send({ items: await myPathways(deps, req.auth) }),
  );
  app.get(
    '/api/v1/admin/pathways',
    {
      schema: {
        tags,
        summary: 'Pathways of the issuers, districts and states you manage (drafts and retired too)',
        response: { 200: PathwayList, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send({ items: await listAdminPathways(deps, req.auth) }),
  );
  app.post(
    '/api/v1/admin/pathways',
    {
      schema: {
        tags,
        summary: 'Define a pathway (a draft until published)',
        body: PathwayBody,
        response: { 201: PathwayView, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await createPathway(deps, req.auth, req.body)),
  );
  app.patch(
    '/api/v1/admin/pathways/:id',
    {
      schema: {
        tags,
        summary: "Edit a draft pathway, publish one (the signing issuer's admins) or retire one",
        params: IdParams,
        body: PathwayPatch,
        response: { 200: PathwayView, ...errorResponses },
      },
    },
    async (req) => updatePathway(deps, req.auth, req.params.id, req.body),
  );
  app.get(
    '/api/v1/admin/pathway-completions',
    {
      schema: {
        tags,
        summary: 'Who completed which pathway, with the role and pay step it leads to',
        querystring: CompletionsQuery,
        response: { 200: PathwayCompletions, ...errorResponses },
      },
    },
    async (req, reply) =>
      noStore(reply).send({ items: await listPathwayCompletions(deps, req.auth, req.query.orgId) }),
  );

  app.get(
    '/images/pathways/:file',
    {
      config: OPEN_ROUTE,
      schema: { hide: true, params: z.object({ file: z.string().regex(/^[0-9a-f-]{36}\.svg$/) }) },
    },
    async (req, reply) => {
      const pathway = await db
        .selectFrom('pathways as p')
        .innerJoin('organizations as i', 'i.id', 'p.issuer_id')
        .select(['p.id', 'p.title', 'p.status', 'i.name as issuer_name'])
        .where('p.id', '=', req.params.file.slice(0, -4))
        .executeTakeFirst();
      if (!pathway || pathway.status === 'draft') throw notFound('That image');
      const topic = await pathwayTopic(db, pathway.id);
      return reply
        .type('image/svg+xml')
        .header('cache-control', 'public, max-age=86400')
        .send(badgeSvg({ title: pathway.title, issuer: pathway.issuer_name, topic }));
    },
  );
}
