import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Deps } from '../../server/deps.js';
import { notFound } from '../../server/errors.js';
import { OPEN_ROUTE, type App } from '../../server/http.js';
import { CREDENTIALS_V2_CONTEXT, OB_V3_CONTEXT } from '../../openbadges/index.js';
import { ob2Issuer } from '../../openbadges/ob2.js';
import { currentDidOf, didDocumentOf, issuerPageUrl } from './issuer-keys.js';
import { findStatusList } from './status-lists.js';

const Slug = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) });

/** True when a browser asks (HTML preferred over JSON), so people get a page and programs JSON. */
const wantsHtml = (accept: string | undefined) => {
  const a = accept ?? '';
  const htmlAt = a.indexOf('text/html');
  const jsonAt = Math.min(
    ...['application/json', 'application/ld+json'].map((t) => (a.includes(t) ? a.indexOf(t) : Infinity)),
  );
  return htmlAt !== -1 && htmlAt < jsonAt;
};

/** Issuer identity documents and status lists: what any verifier needs, without an account. */
export function registerIssuerRoutes(app: App, { db, config }: Deps) {
  async function profileOf(slug: string) {
    const o = await db
      .selectFrom('organizations')
      .select(['id', 'slug', 'name', 'description', 'email', 'url', 'did_method', 'kind'])
      .where('slug', '=', slug)
      .where('kind', '=', 'issuer')
      .executeTakeFirst();
    if (!o) throw notFound('That issuer');
    const did = await currentDidOf(db, config, o);
    return {
      '@context': [CREDENTIALS_V2_CONTEXT, OB_V3_CONTEXT],
      id: did ?? issuerPageUrl(config, o.slug),
      type: ['Profile'],
      name: o.name,
      url: issuerPageUrl(config, o.slug),
      ...(o.description ? { description: o.description } : {}),
      ...(o.email ? { email: o.email } : {}),
      ...(o.url
        ? { otherIdentifier: [{ type: 'IdentifierEntry', identifier: o.url, identifierType: 'identifier' }] }
        : {}),
    };
  }

  app.get(
    '/issuers/:slug',
    {
      config: OPEN_ROUTE,
      schema: {
        tags: ['issuers'],
        summary: 'The issuer’s Open Badges 3.0 Profile (browsers are sent to its catalog page)',
        params: Slug,
      },
    },
    async (req, reply) => {
      if (wantsHtml(req.headers.accept)) return reply.redirect(`/?issuer=${req.params.slug}`);
      return reply
        .type('application/ld+json; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .send(await profileOf(req.params.slug));
    },
  );
  app.get(
    '/issuers/:slug/profile.json',
    {
      config: OPEN_ROUTE,
      schema: { tags: ['issuers'], summary: 'The issuer’s Open Badges 3.0 Profile', params: Slug },
    },
    async (req, reply) =>
      reply.type('application/ld+json; charset=utf-8').send(await profileOf(req.params.slug)),
  );

  app.get(
    '/issuers/:slug/ob2',
    {
      config: OPEN_ROUTE,
      schema: { tags: ['issuers'], summary: 'The issuer as an Open Badges 2.0 Issuer profile', params: Slug },
    },
    async (req, reply) => {
      const o = await db
        .selectFrom('organizations')
        .select(['slug', 'name', 'description', 'email', 'url'])
        .where('slug', '=', req.params.slug)
        .where('kind', '=', 'issuer')
        .executeTakeFirst();
      if (!o) throw notFound('That issuer');
      return reply.type('application/ld+json; charset=utf-8').send(
        ob2Issuer({
          url: `${issuerPageUrl(config, o.slug)}/ob2`,
          name: o.name,
          homepageUrl: o.url ?? issuerPageUrl(config, o.slug),
          ...(o.email ? { email: o.email } : {}),
          ...(o.description ? { description: o.description } : {}),
        }),
      );
    },
  );

  app.get(
    '/issuers/:slug/did.json',
    {
      config: OPEN_ROUTE,
      schema: {
        tags: ['issuers'],
        summary: 'The issuer’s did:web document: every key still valid for verification',
        params: Slug,
      },
    },
    async (req, reply) => {
      const doc = await didDocumentOf(db, config, req.params.slug);
      if (!doc) throw notFound('A did:web document for that issuer');
      // Short-lived: a key retired as compromised must leave shared caches quickly.
      return reply
        .type('application/did+json')
        .header('cache-control', 'public, max-age=60, must-revalidate')
        .send(doc);
    },
  );

  app.get(
    '/status-lists/:id',
    {
      config: OPEN_ROUTE,
      schema: {
        tags: ['issuers'],
        summary: 'A signed Bitstring Status List credential (revocation), cacheable',
        params: z.object({ id: z.string().regex(/^[0-9a-f-]{36}$/) }),
      },
    },
    async (req, reply) => {
      const list = await findStatusList(db, req.params.id);
      if (!list) throw notFound('That status list');
      const etag = `"${createHash('sha256').update(list.document).digest('base64url').slice(0, 32)}"`;
      reply
        .header('etag', etag)
        .header('cache-control', 'public, max-age=60, must-revalidate')
        .header('last-modified', new Date(list.updated_at).toUTCString());
      const asked = (req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
      if (asked.includes(etag) || asked.includes('*')) return reply.code(304).send();
      return reply.type('application/vc+ld+json; charset=utf-8').send(list.document);
    },
  );
}
