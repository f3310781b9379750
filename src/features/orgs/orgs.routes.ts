import { z } from 'zod';
import { MeView } from '../../contracts/auth.js';
import {
  AcceptInvitationBody,
  CreateOrganizationBody,
  InvitationView,
  InviteBody,
  OrganizationView,
  StaffProgressPage,
  StaffProgressQuery,
  UserView,
} from '../../contracts/orgs.js';
import type { Deps } from '../../server/deps.js';
import { PUBLIC_ROUTE, errorResponses, noStore, type App } from '../../server/http.js';
import { presentMe } from '../auth/auth.presenter.js';
import { authForUser } from '../auth/resolve-session.js';
import { createSession } from '../auth/log-in.js';
import { withSessionCookie } from '../auth/session-cookie.js';
import { acceptInvitation, getInvitation, invite } from './invitations.js';
import { createOrganization, listOrganizations, listUsers } from './manage-organizations.js';
import { staffProgress } from './staff-progress.js';

const TokenParams = z.object({ token: z.string().min(10).max(100) });

export function registerOrgRoutes(app: App, deps: Deps) {
  const tags = ['admin'];
  app.get(
    '/api/v1/admin/organizations',
    {
      schema: {
        tags,
        summary: 'Organizations you administer (all, for platform admins)',
        response: { 200: z.object({ items: z.array(OrganizationView) }), ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send({ items: await listOrganizations(deps, req.auth) }),
  );
  app.post(
    '/api/v1/admin/organizations',
    {
      schema: {
        tags,
        summary: 'Create an organization (platform admins)',
        body: CreateOrganizationBody,
        response: { 201: OrganizationView, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await createOrganization(deps, req.auth, req.body)),
  );
  app.get(
    '/api/v1/admin/users',
    {
      schema: {
        tags,
        summary: 'People with roles in organizations you administer',
        querystring: z.object({
          q: z.string().trim().max(100).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ items: z.array(UserView) }), ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send({ items: await listUsers(deps, req.auth, req.query) }),
  );
  app.get(
    '/api/v1/admin/progress',
    {
      schema: {
        tags,
        summary: 'Where each educator in your schools and districts stands, with totals',
        querystring: StaffProgressQuery,
        response: { 200: StaffProgressPage, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await staffProgress(deps, req.auth, req.query)),
  );
  app.post(
    '/api/v1/admin/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone to a role; returns a one-time link',
        body: InviteBody,
        response: { 201: InvitationView, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await invite(deps, req.auth, req.body)),
  );
  app.get(
    '/api/v1/invitations/:token',
    {
      config: PUBLIC_ROUTE,
      schema: {
        tags,
        summary: 'What an invitation is for',
        params: TokenParams,
        response: { 200: InvitationView, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await getInvitation(deps, req.params.token)),
  );
  app.post(
    '/api/v1/invitations/:token/accept',
    {
      config: PUBLIC_ROUTE,
      schema: {
        tags,
        summary: 'Accept an invitation: create the account and sign in',
        params: TokenParams,
        body: AcceptInvitationBody,
        response: { 200: MeView, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { userId, created } = await acceptInvitation(deps, req.auth, req.params.token, req.body);
      // A new account is signed in directly: the invitation, not a password guess, proves who it is.
      if (created)
        return noStore(reply).send(await withSessionCookie(deps, reply, await createSession(deps, userId)));
      return noStore(reply).send(presentMe((await authForUser(deps.db, userId))!));
    },
  );
}
