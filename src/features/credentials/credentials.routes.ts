import { z } from 'zod';
import { MyCredentials } from '../../contracts/credentials.js';
import { renewalOpen } from '../../domain/validity.js';
import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import { OPEN_ROUTE, PUBLIC_ROUTE, errorResponses, noStore, type App } from '../../server/http.js';
import { requireAuth } from '../auth/auth-context.js';
import { credentialImagePath } from '../catalog/catalog.presenter.js';
import { credentialUrl } from '../issuance/issue-credential.js';
import { issuerPageUrl } from '../issuance/issuer-keys.js';
import { bakedPng, bakedSvg, linkedInAddUrl, qrSvg } from './credential-files.js';
import {
  CREDENTIAL_PAGE_SCRIPT,
  CREDENTIAL_PAGE_SCRIPT_PATH,
  renderCredentialPage,
} from './credential-page.js';
import { effectiveStatus } from './credential-status.js';
import * as repo from './credentials.repository.js';
import { pathwayTopic } from '../pathways/pathways.repository.js';
import { achievementSummary, ob2Documents } from './ob2-documents.js';
import { verifyAny } from './verify-credential.js';

const ID = /^[0-9a-f-]{36}$/;
const FILE = /^([0-9a-f-]{36})(?:\.(json|jwt|png|svg))?$/;

export const credentialFiles = (id: string, hasJwt: boolean) => ({
  json: `/credentials/${id}.json`,
  jwt: hasJwt ? `/credentials/${id}.jwt` : null,
  png: `/credentials/${id}.png`,
  svg: `/credentials/${id}.svg`,
  ob2: `/credentials/${id}/ob2`,
});

/** A stacked credential's parts: the earned credentials it names as evidence, by their addresses. */
function stackedPartsOf(document: string): { name: string; url: string }[] {
  const evidence = (JSON.parse(document) as { evidence?: { id?: unknown; name?: unknown }[] }).evidence ?? [];
  return evidence.flatMap((e) =>
    typeof e.id === 'string' && typeof e.name === 'string' ? [{ name: e.name, url: e.id }] : [],
  );
}

/** The narrative the earner published with the credential (its `evidence`), if any. */
function evidenceSummaryOf(document: string): string | null {
  const evidence = (JSON.parse(document) as { evidence?: { narrative?: unknown }[] }).evidence;
  const narrative = Array.isArray(evidence) ? evidence[0]?.narrative : undefined;
  return typeof narrative === 'string' ? narrative : null;
}

const notFoundPage =
  '<!doctype html><html lang="en"><title>Not found</title><h1>No credential here</h1><p><a href="/">microcred</a></p></html>';

export function registerCredentialRoutes(app: App, deps: Deps) {
  const { db, config, clock } = deps;

  app.get(
    '/api/v1/me/credentials',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Your credentials, newest first, with downloads and renewal',
        response: { 200: MyCredentials, ...errorResponses },
      },
    },
    async (req, reply) => {
      const a = requireAuth(req.auth);
      const rows = await repo.listForEducator(db, a.userId);
      const now = clock.now();
      return noStore(reply).send({
        items: rows.map((r) => {
          const status = effectiveStatus(r.status, r.valid_until, now);
          return {
            id: r.id,
            url: credentialUrl(config.publicUrl, r.id),
            title: r.title,
            issuer: { id: r.issuer_id, name: r.issuer_name },
            status,
            statusReason: status === 'revoked' || status === 'suspended' ? r.status_reason : null,
            issuedAt: r.issued_at,
            validUntil: r.valid_until,
            imageUrl: credentialImagePath(r),
            jsonUrl: `/credentials/${r.id}.json`,
            files: credentialFiles(r.id, r.jwt !== null),
            microCredentialId: r.micro_credential_id,
            pathwayId: r.pathway_id,
            renewal: r.status === 'valid' && renewalOpen(r.valid_until, now),
          };
        }),
      });
    },
  );

  app.get(
    CREDENTIAL_PAGE_SCRIPT_PATH,
    { config: PUBLIC_ROUTE, schema: { hide: true } },
    async (_req, reply) =>
      reply
        .type('text/javascript; charset=utf-8')
        .header('cache-control', 'public, max-age=3600')
        .send(CREDENTIAL_PAGE_SCRIPT),
  );

  app.get(
    '/credentials/:file',
    {
      config: OPEN_ROUTE,
      schema: {
        tags: ['credentials'],
        summary:
          'Public credential page (HTML); the signed credential as issued with .json, as a VC-JWT with .jwt, baked into the badge with .png or .svg',
        params: z.object({ file: z.string().min(1).max(120) }),
      },
    },
    async (req, reply) => {
      const [, id, ext] = FILE.exec(req.params.file) ?? [];
      if (!id) {
        if (/\.(json|jwt|png|svg)$/.test(req.params.file)) throw notFound('That credential');
        return reply.code(404).type('text/html; charset=utf-8').send(notFoundPage);
      }
      if (ext === 'json' || ext === 'jwt') {
        const doc = await repo.findDocument(db, id);
        if (!doc) throw notFound('That credential');
        if (ext === 'jwt' && !doc.jwt)
          throw new AppError('NOT_FOUND', 'This credential was issued before VC-JWT copies were made.');
        return reply
          .type(ext === 'json' ? 'application/vc+ld+json; charset=utf-8' : 'application/vc+jwt')
          .header('cache-control', 'no-cache')
          .header('content-disposition', `inline; filename="${id}.${ext}"`)
          .send(ext === 'json' ? doc.document : doc.jwt);
      }
      const row = await repo.findCredential(db, id);
      if (!row) {
        if (ext) throw notFound('That credential');
        return reply.code(404).type('text/html; charset=utf-8').send(notFoundPage);
      }
      const topic = row.topic ?? (row.pathway_id ? await pathwayTopic(db, row.pathway_id) : '');
      const badge = { title: row.title, issuer: row.issuer_name, topic };
      if (ext === 'png' || ext === 'svg') {
        const body = ext === 'png' ? await bakedPng(badge, row.document) : bakedSvg(badge, row.document);
        return reply
          .type(ext === 'png' ? 'image/png' : 'image/svg+xml')
          .header('cache-control', 'no-cache')
          .header('content-disposition', `inline; filename="${id}.${ext}"`)
          .send(body);
      }
      const achievement = achievementSummary(config, row);
      const status = effectiveStatus(row.status, row.valid_until, clock.now());
      const pageUrl = credentialUrl(config.publicUrl, id);
      const page = renderCredentialPage({
        title: row.title,
        description: achievement.description,
        criteria: achievement.criteriaNarrative,
        status,
        recipientName: row.recipient_name,
        issuedAt: row.issued_at,
        validUntil: row.valid_until,
        statusReason: row.status_reason,
        evidenceSummary: evidenceSummaryOf(row.document),
        issuer: { name: row.issuer_name, url: issuerPageUrl(config, row.issuer_slug) },
        imageUrl: `${config.publicUrl}${credentialImagePath(row)}`,
        pageUrl,
        files: credentialFiles(id, row.jwt !== null),
        linkedInUrl: linkedInAddUrl({
          name: row.title,
          organizationName: row.issuer_name,
          issuedAt: row.issued_at,
          validUntil: row.valid_until,
          certUrl: pageUrl,
          certId: id,
        }),
        qrSvg: await qrSvg(pageUrl),
        ...(row.pathway_id
          ? { alignments: [], parts: stackedPartsOf(row.document) }
          : { alignments: achievement.alignments.map((a) => ({ name: a.targetName, url: a.targetUrl })) }),
        verification: await verifyAny(deps, row.document),
      });
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page.value);
    },
  );

  app.get(
    '/credentials/:id/ob2',
    {
      config: OPEN_ROUTE,
      schema: {
        tags: ['credentials'],
        summary: 'The credential as an Open Badges 2.0 hosted Assertion (410 once revoked)',
        params: z.object({ id: z.string().regex(ID) }),
      },
    },
    async (req, reply) => {
      const row = await repo.findCredential(db, req.params.id);
      if (!row) throw notFound('That credential');
      const { assertion } = ob2Documents(config, row);
      return reply
        .code(row.status === 'revoked' ? 410 : 200)
        .type('application/ld+json; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(assertion);
    },
  );

  app.get(
    '/credentials/:id/ob2/badge',
    {
      config: OPEN_ROUTE,
      schema: {
        tags: ['credentials'],
        summary: 'The Open Badges 2.0 BadgeClass of a credential',
        params: z.object({ id: z.string().regex(ID) }),
      },
    },
    async (req, reply) => {
      const row = await repo.findCredential(db, req.params.id);
      if (!row) throw notFound('That credential');
      return reply.type('application/ld+json; charset=utf-8').send(ob2Documents(config, row).badgeClass);
    },
  );
}
