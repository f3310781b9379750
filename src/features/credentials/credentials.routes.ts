import { z } from 'zod';
import { MyCredentials, VerifyBody, VerifyResult } from '../../contracts/credentials.js';
import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { Deps } from '../../server/deps.js';
import { notFound } from '../../server/errors.js';
import { OPEN_ROUTE, PUBLIC_ROUTE, errorResponses, noStore, type App } from '../../server/http.js';
import { requireAuth } from '../auth/auth-context.js';
import { badgeImagePath } from '../catalog/catalog.presenter.js';
import { alignmentsOf, criteriaNarrative } from '../issuance/achievement.js';
import { credentialUrl } from '../issuance/issue-credential.js';
import { didDocumentOf, issuerDid, issuerPageUrl } from '../issuance/issuer-keys.js';
import { renderCredentialPage } from './credential-page.js';
import { effectiveStatus } from './credential-status.js';
import * as repo from './credentials.repository.js';
import { verifyAny } from './verify-credential.js';

const Slug = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) });

export function registerCredentialRoutes(app: App, deps: Deps) {
  const { db, config, clock } = deps;

  app.get(
    '/api/v1/me/credentials',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Your credentials, newest first',
        response: { 200: MyCredentials, ...errorResponses },
      },
    },
    async (req, reply) => {
      const a = requireAuth(req.auth);
      const rows = await repo.listForEducator(db, a.userId);
      return noStore(reply).send({
        items: rows.map((r) => ({
          id: r.id,
          url: credentialUrl(config.publicUrl, r.id),
          title: r.title,
          issuer: { id: r.issuer_id, name: r.issuer_name },
          status: effectiveStatus(r.status, r.valid_until, clock.now()),
          issuedAt: r.issued_at,
          imageUrl: badgeImagePath(r.version_id),
          jsonUrl: `/credentials/${r.id}.json`,
        })),
      });
    },
  );

  app.post(
    '/api/v1/verify',
    {
      config: OPEN_ROUTE,
      schema: {
        tags: ['credentials'],
        summary: 'Verify any Open Badges 3.0 credential; each check is reported',
        body: VerifyBody,
        response: { 200: VerifyResult, ...errorResponses },
      },
    },
    async (req) => verifyAny(deps, req.body.credential),
  );

  app.options('/api/v1/verify', { config: OPEN_ROUTE, schema: { hide: true } }, async (_req, reply) =>
    reply
      .code(204)
      .header('access-control-allow-methods', 'POST')
      .header('access-control-allow-headers', 'content-type')
      .header('access-control-max-age', '86400')
      .send(),
  );

  app.get(
    '/credentials/:file',
    {
      config: OPEN_ROUTE,
      schema: {
        tags: ['credentials'],
        summary: 'Public credential page (HTML), or the signed credential as issued with .json',
        params: z.object({ file: z.string().min(1).max(120) }),
      },
    },
    async (req, reply) => {
      const asJson = req.params.file.endsWith('.json');
      const id = asJson ? req.params.file.slice(0, -5) : req.params.file;
      if (asJson) {
        const doc = await repo.findDocument(db, id);
        if (!doc) throw notFound('That credential');
        return reply
          .type('application/vc+ld+json; charset=utf-8')
          .header('content-disposition', `inline; filename="${id}.json"`)

          .send(doc.document);
      }
      const row = await repo.findCredential(db, id);
      if (!row) {
        return reply
          .code(404)
          .type('text/html; charset=utf-8')
          .send(
            '<!doctype html><title>Not found</title><h1>No credential here</h1><p><a href="/">microcred</a></p>',
          );
      }
      const version = await db
        .selectFrom('micro_credential_versions')
        .select('content')
        .where('id', '=', row.version_id)
        .executeTakeFirstOrThrow();
      const content = JSON.parse(version.content) as MicroCredentialContent;
      const verification = await verifyAny(deps, JSON.parse(row.document));
      const page = renderCredentialPage({
        title: row.title,
        description: `${content.summary} ${content.competency}`,
        criteria: criteriaNarrative(content),
        status: effectiveStatus(row.status, row.valid_until, clock.now()),
        recipientName: row.recipient_name,
        issuedAt: row.issued_at,
        issuer: { name: row.issuer_name, url: issuerPageUrl(config, row.issuer_slug) },
        imageUrl: `${config.publicUrl}${badgeImagePath(row.version_id)}`,
        pageUrl: credentialUrl(config.publicUrl, id),
        jsonUrl: `/credentials/${id}.json`,
        alignments: alignmentsOf(content).map((a) => ({ name: a.targetName, url: a.targetUrl })),
        verification,
      });
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page.value);
    },
  );

  app.get(
    '/issuers/:slug',
    { config: PUBLIC_ROUTE, schema: { hide: true, params: Slug } },
    async (req, reply) => reply.redirect(`/?issuer=${req.params.slug}`),
  );

  app.get(
    '/issuers/:slug/did.json',
    {
      config: OPEN_ROUTE,
      schema: { tags: ['credentials'], summary: 'The issuer’s did:web document', params: Slug },
    },
    async (req, reply) => {
      const doc = await didDocumentOf(db, config, req.params.slug);
      if (!doc) throw notFound('That issuer');
      return reply
        .type('application/did+json')

        .header('cache-control', 'public, max-age=300')
        .send(doc);
    },
  );

  app.get(
    '/issuers/:slug/profile.json',
    {
      config: OPEN_ROUTE,
      schema: { tags: ['credentials'], summary: 'The issuer’s Open Badges 3.0 Profile', params: Slug },
    },
    async (req, reply) => {
      const o = await db
        .selectFrom('organizations')
        .selectAll()
        .where('slug', '=', req.params.slug)
        .where('kind', '=', 'issuer')
        .executeTakeFirst();
      if (!o) throw notFound('That issuer');
      return reply.send({
        '@context': [
          'https://www.w3.org/ns/credentials/v2',
          'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        ],
        id: issuerDid(config, o.slug),
        type: ['Profile'],
        name: o.name,
        url: issuerPageUrl(config, o.slug),
        ...(o.description ? { description: o.description } : {}),
        ...(o.email ? { email: o.email } : {}),
      });
    },
  );
}
