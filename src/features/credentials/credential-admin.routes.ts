import { z } from 'zod';
import { effectiveStatus } from './credential-status.js';
import { IssuedCredentialPage, StatusChange, StatusReason } from '../../contracts/credentials.js';
import type { Deps } from '../../server/deps.js';
import { IdParams, errorResponses, noStore, type App } from '../../server/http.js';
import { requireRole } from '../auth/auth-context.js';
import { changeCredentialStatus, type StatusAction } from './change-status.js';
import * as repo from './credentials.repository.js';

/** Issuer admins manage what their organization issued: list, revoke, suspend, restore. */
export function registerCredentialAdminRoutes(app: App, deps: Deps) {
  const actions: { action: StatusAction; summary: string; body: boolean }[] = [
    { action: 'revoke', summary: 'Revoke a credential for good, with a reason (issuer admin)', body: true },
    { action: 'suspend', summary: 'Suspend a credential for now, with a reason (issuer admin)', body: true },
    { action: 'unsuspend', summary: 'Lift a suspension (issuer admin)', body: false },
  ];
  for (const { action, summary, body } of actions) {
    app.post(
      `/api/v1/credentials/:id/${action}`,
      {
        schema: {
          tags: ['credentials'],
          summary,
          params: IdParams,
          ...(body ? { body: StatusReason } : { body: StatusReason.partial().nullish() }),
          response: { 200: StatusChange, ...errorResponses },
        },
      },
      async (req) =>
        changeCredentialStatus(
          deps,
          req.auth,
          req.params.id,
          action,
          (req.body as { reason?: string } | undefined)?.reason,
        ),
    );
  }

  app.get(
    '/api/v1/issuers/:id/credentials',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Credentials an issuer has issued (issuer admin)',
        params: IdParams,
        querystring: z.object({
          status: z.enum(['valid', 'expired', 'revoked', 'suspended']).optional(),
          q: z.string().max(100).optional(),
          page: z.coerce.number().int().min(1).max(10_000).default(1),
        }),
        response: {
          200: IssuedCredentialPage,
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      requireRole(req.auth, 'issuer_admin', req.params.id);
      const pageSize = 25;
      const now = deps.clock.now();
      const [rows, count] = await repo.listForIssuer(
        deps.db,
        req.params.id,
        {
          status: req.query.status,
          q: req.query.q,
          limit: pageSize,
          offset: (req.query.page - 1) * pageSize,
        },
        now.toISOString(),
      );
      return noStore(reply).send({
        items: rows.map((r) => ({
          id: r.id,
          title: r.title,
          recipientName: r.recipient_name,
          status: effectiveStatus(r.status, r.valid_until, now),
          statusReason: r.status_reason,
          statusChangedAt: r.status_changed_at,
          issuedAt: r.issued_at,
          validUntil: r.valid_until,
          reissuedAt: r.reissued_at,
        })),
        total: Number(count.n),
        page: req.query.page,
        pageSize,
      });
    },
  );
}
