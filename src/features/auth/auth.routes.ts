import { LoginBody, MeView } from '../../contracts/auth.js';
import type { Deps } from '../../server/deps.js';
import { PUBLIC_ROUTE, errorResponses, noStore, SESSION_COOKIE, type App } from '../../server/http.js';
import { presentMe } from './auth.presenter.js';
import { requireAuth } from './auth-context.js';
import { logOut } from './resolve-session.js';
import { signInWithCookie } from './session-cookie.js';

export function registerAuthRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/auth/login',
    {
      config: PUBLIC_ROUTE,
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: LoginBody,
        response: { 200: MeView, ...errorResponses },
      },
    },
    async (req, reply) =>
      noStore(reply).send(await signInWithCookie(deps, reply, { ...req.body, ip: req.ip })),
  );

  app.post(
    '/api/v1/auth/logout',
    { config: PUBLIC_ROUTE, schema: { tags: ['auth'], summary: 'Sign out' } },
    async (req, reply) => {
      if (req.sessionToken) await logOut(deps, req.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user and their memberships',
        response: { 200: MeView, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(presentMe(requireAuth(req.auth))),
  );
}
