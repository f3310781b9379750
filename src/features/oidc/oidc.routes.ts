import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  CreateProviderBody,
  DiscoveryCheckView,
  EmailView,
  LinkedAccountsView,
  ProviderView,
  PublicProviderView,
  UpdateProviderBody,
} from '../../contracts/oidc.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import {
  IdParams,
  PUBLIC_ROUTE,
  SESSION_ONLY,
  errorResponses,
  noStore,
  type App,
} from '../../server/http.js';
import { createSession } from '../auth/log-in.js';
import { withSessionCookie } from '../auth/session-cookie.js';
import { finishSignIn } from './finish-sign-in.js';
import { myEmails, myIdentities, removeEmail, unlinkIdentity } from './linked-accounts.js';
import { checkDiscovery, createProvider, listProvidersFor, updateProvider } from './manage-providers.js';
import * as repo from './oidc.repository.js';
import { failureDetails } from './sign-in-failure.js';
import { LOGIN_MINUTES, startSignIn } from './start-sign-in.js';

/** Ties a sign-in to the browser that started it, so nobody can finish it in someone else's. */
const STATE_COOKIE = 'mc_oidc_state';
const COOKIE_PATH = '/auth/oidc';

const SlugParams = z.object({ slug: z.string().min(1).max(60) });
const EmailParams = z.object({ email: z.string().min(3).max(320) });
const CallbackQuery = z
  .object({
    state: z.string().max(200).optional(),
    code: z.string().max(4000).optional(),
    error: z.string().max(200).optional(),
    error_description: z.string().max(1000).optional(),
  })
  .catchall(z.string().max(4000));

const wantsPage = (req: FastifyRequest) => (req.headers.accept ?? '').includes('text/html');

/**
 * A browser that came for a page gets one: failures go back to the sign-in page (or, when linking,
 * to settings) with a reason it explains. API clients get 400 SIGN_IN_FAILED.
 */
async function orErrorPage(req: FastifyRequest, reply: FastifyReply, work: () => Promise<unknown>) {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'SIGN_IN_FAILED' || !wantsPage(req)) throw e;
    const { reason, email, linking } = failureDetails(e);
    const params = new URLSearchParams({ error: reason, ...(email ? { email } : {}) });
    return noStore(reply).redirect(`${linking ? '/settings' : '/signin'}?${params}`, 303);
  }
}

export function registerOidcRoutes(app: App, deps: Deps) {
  const secure = deps.config.publicUrl.startsWith('https://');

  app.get(
    '/api/v1/auth/providers',
    {
      config: PUBLIC_ROUTE,
      schema: {
        tags: ['auth'],
        summary: 'Sign-in providers anyone may use (Google, Microsoft, Clever, ClassLink, OIDC)',
        response: { 200: z.object({ items: z.array(PublicProviderView) }) },
      },
    },
    async (_req, reply) => noStore(reply).send({ items: await repo.listEnabledProviders(deps.db) }),
  );

  app.get(
    '/auth/oidc/:slug/start',
    {
      config: PUBLIC_ROUTE,
      schema: {
        tags: ['auth'],
        summary: 'Go to the provider to sign in (link=1: link it to the signed-in account)',
        params: SlugParams,
        querystring: z.object({
          next: z.string().max(2000).optional(),
          link: z.enum(['1', 'true']).optional(),
        }),
      },
    },
    async (req, reply) =>
      orErrorPage(req, reply, async () => {
        const { url, state } = await startSignIn(deps, req.auth, {
          slug: req.params.slug,
          next: req.query.next,
          link: !!req.query.link,
        });
        reply.setCookie(STATE_COOKIE, state, {
          path: COOKIE_PATH,
          httpOnly: true,
          sameSite: 'lax',
          secure,
          maxAge: LOGIN_MINUTES * 60,
        });
        return noStore(reply).redirect(url, 302);
      }),
  );

  app.get(
    '/auth/oidc/:slug/callback',
    {
      config: PUBLIC_ROUTE,
      schema: {
        tags: ['auth'],
        summary: 'Where the provider sends the browser back; signs in and goes on',
        params: SlugParams,
        querystring: CallbackQuery,
      },
    },
    async (req, reply) =>
      orErrorPage(req, reply, async () => {
        const boundState = req.cookies[STATE_COOKIE];
        reply.clearCookie(STATE_COOKIE, { path: COOKIE_PATH });
        const outcome = await finishSignIn(deps, req.auth, {
          slug: req.params.slug,
          query: req.query,
          boundState,
        });
        if (!outcome.linked) await withSessionCookie(deps, reply, await createSession(deps, outcome.userId));
        return noStore(reply).redirect(outcome.returnTo, 303);
      }),
  );

  const admin = ['admin'];
  app.get(
    '/api/v1/admin/sign-in-providers',
    {
      config: SESSION_ONLY,
      schema: {
        tags: admin,
        summary: 'Sign-in providers of the organizations you administer',
        response: { 200: z.object({ items: z.array(ProviderView) }), ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send({ items: await listProvidersFor(deps, req.auth) }),
  );
  app.post(
    '/api/v1/admin/sign-in-providers',
    {
      config: SESSION_ONLY,
      schema: {
        tags: admin,
        summary: 'Add a sign-in provider to an organization you administer',
        body: CreateProviderBody,
        response: { 201: ProviderView, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await createProvider(deps, req.auth, req.body)),
  );
  app.patch(
    '/api/v1/admin/sign-in-providers/:id',
    {
      config: SESSION_ONLY,
      schema: {
        tags: admin,
        summary: 'Change, enable or disable a sign-in provider (a new client secret replaces the old)',
        params: IdParams,
        body: UpdateProviderBody,
        response: { 200: ProviderView, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await updateProvider(deps, req.auth, req.params.id, req.body)),
  );
  app.post(
    '/api/v1/admin/sign-in-providers/:id/check',
    {
      config: SESSION_ONLY,
      schema: {
        tags: admin,
        summary: "Test the provider's discovery document, as sign-in would read it",
        params: IdParams,
        response: { 200: DiscoveryCheckView, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await checkDiscovery(deps, req.auth, req.params.id)),
  );

  const me = ['account'];
  app.get(
    '/api/v1/me/identities',
    {
      schema: {
        tags: me,
        summary: 'Accounts at identity providers linked to yours',
        response: { 200: LinkedAccountsView, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await myIdentities(deps, req.auth)),
  );
  app.delete(
    '/api/v1/me/identities/:id',
    {
      config: SESSION_ONLY,
      schema: { tags: me, summary: 'Unlink an account (never your last way to sign in)', params: IdParams },
    },
    async (req, reply) => {
      await unlinkIdentity(deps, req.auth, req.params.id);
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/v1/me/emails',
    {
      schema: {
        tags: me,
        summary: 'Your addresses: the main one and those of linked accounts',
        response: { 200: z.object({ items: z.array(EmailView) }), ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send({ items: await myEmails(deps, req.auth) }),
  );
  app.delete(
    '/api/v1/me/emails/:email',
    {
      config: SESSION_ONLY,
      schema: { tags: me, summary: 'Remove an extra address from your account', params: EmailParams },
    },
    async (req, reply) => {
      await removeEmail(deps, req.auth, req.params.email);
      return reply.code(204).send();
    },
  );
}
