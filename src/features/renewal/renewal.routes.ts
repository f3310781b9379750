import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  LicenseBody,
  LicenseView,
  LicensesView,
  PolicyBody,
  PolicyView,
  RenewalHoursView,
  RenewalView,
  StaffRenewalPage,
  StaffRenewalQuery,
} from '../../contracts/renewal.js';
import type { Deps } from '../../server/deps.js';
import { IdParams, errorResponses, noStore, type App } from '../../server/http.js';
import { requireAuth } from '../auth/auth-context.js';
import { addLicense, deleteLicense, listLicenses, updateLicense } from './licenses.js';
import { renewalHours } from './renewal-hours.js';
import { createPolicy, listPolicies, retirePolicy, updatePolicy } from './renewal-policies.js';
import { myRenewal } from './renewal-progress.js';
import { personRenewalForAdmin, staffRenewal } from './staff-renewal.js';
import { transcriptCsv, transcriptPdf, type TranscriptPerson } from './transcript.js';

const LicenseQuery = z.object({ licenseId: z.string().min(1).max(100).optional() });
const PersonParams = z.object({ userId: z.string().min(1).max(100) });
const FORMATS = ['csv', 'pdf'] as const;

export function registerRenewalRoutes(app: App, deps: Deps) {
  const tags = ['renewal'];

  const sendTranscript = async (
    reply: FastifyReply,
    format: (typeof FORMATS)[number],
    person: TranscriptPerson,
    renewal: RenewalView,
  ) => {
    const filename = `renewal-transcript.${format}`;
    noStore(reply).header('content-disposition', `attachment; filename="${filename}"`);
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(transcriptCsv(person, renewal));
    return reply.type('application/pdf').send(await transcriptPdf(person, renewal, deps.clock.now()));
  };

  app.get(
    '/api/v1/me/renewal',
    {
      schema: {
        tags,
        summary:
          'Your renewal progress: the policy, the cycle, hours earned, counted and over the cap, and each credential',
        querystring: LicenseQuery,
        response: { 200: RenewalView, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await myRenewal(deps, req.auth, req.query.licenseId)),
  );
  app.get(
    '/api/v1/me/renewal/hours',
    {
      schema: {
        tags,
        summary: 'Hours each micro-credential would count toward your renewal (for the catalog)',
        response: { 200: RenewalHoursView, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await renewalHours(deps, req.auth)),
  );
  for (const format of FORMATS) {
    app.get(
      `/api/v1/me/renewal/transcript.${format}`,
      {
        schema: {
          tags,
          summary: `Your renewal transcript as ${format.toUpperCase()}, with each credential's verification link`,
          querystring: LicenseQuery,
          response: errorResponses,
        },
      },
      async (req, reply) => {
        const auth = requireAuth(req.auth);
        const renewal = await myRenewal(deps, auth, req.query.licenseId);
        return sendTranscript(reply, format, { name: auth.name, email: auth.email }, renewal);
      },
    );
    app.get(
      `/api/v1/admin/people/:userId/renewal/transcript.${format}`,
      {
        schema: {
          tags,
          summary: `The renewal transcript of someone in your organizations, as ${format.toUpperCase()}`,
          params: PersonParams,
          response: errorResponses,
        },
      },
      async (req, reply) => {
        const { person, renewal } = await personRenewalForAdmin(deps, req.auth, req.params.userId);
        return sendTranscript(reply, format, person, renewal);
      },
    );
  }

  app.get(
    '/api/v1/me/licenses',
    {
      schema: {
        tags,
        summary: 'Your licenses, and the states to choose from',
        response: { 200: LicensesView, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await listLicenses(deps, req.auth)),
  );
  app.post(
    '/api/v1/me/licenses',
    {
      schema: {
        tags,
        summary: 'Record a license',
        body: LicenseBody,
        response: { 201: LicenseView, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await addLicense(deps, req.auth, req.body)),
  );
  app.put(
    '/api/v1/me/licenses/:id',
    {
      schema: {
        tags,
        summary: 'Correct one of your licenses',
        params: IdParams,
        body: LicenseBody,
        response: { 200: LicenseView, ...errorResponses },
      },
    },
    async (req, reply) => reply.send(await updateLicense(deps, req.auth, req.params.id, req.body)),
  );
  app.delete(
    '/api/v1/me/licenses/:id',
    {
      schema: {
        tags,
        summary: 'Remove one of your licenses',
        params: IdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await deleteLicense(deps, req.auth, req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/admin/renewal/policies',
    {
      schema: {
        tags,
        summary: 'Renewal policies of the organizations you administer, and of the states above them',
        response: { 200: z.object({ items: z.array(PolicyView) }), ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send({ items: await listPolicies(deps, req.auth) }),
  );
  app.post(
    '/api/v1/admin/renewal/policies',
    {
      schema: {
        tags,
        summary: 'Create a renewal policy for a state or district you administer',
        body: PolicyBody,
        response: { 201: PolicyView, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await createPolicy(deps, req.auth, req.body)),
  );
  app.put(
    '/api/v1/admin/renewal/policies/:id',
    {
      schema: {
        tags,
        summary: 'Change a renewal policy',
        params: IdParams,
        body: PolicyBody,
        response: { 200: PolicyView, ...errorResponses },
      },
    },
    async (req, reply) => reply.send(await updatePolicy(deps, req.auth, req.params.id, req.body)),
  );
  app.post(
    '/api/v1/admin/renewal/policies/:id/retire',
    {
      schema: {
        tags,
        summary: 'Retire a renewal policy (kept for the record)',
        params: IdParams,
        response: { 200: PolicyView, ...errorResponses },
      },
    },
    async (req, reply) => reply.send(await retirePolicy(deps, req.auth, req.params.id)),
  );
  app.get(
    '/api/v1/admin/renewal',
    {
      schema: {
        tags,
        summary: "Your staff's renewal progress, a page at a time, with how many are on track",
        querystring: StaffRenewalQuery,
        response: { 200: StaffRenewalPage, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await staffRenewal(deps, req.auth, req.query)),
  );
  app.get(
    '/api/v1/admin/people/:userId/renewal',
    {
      schema: {
        tags,
        summary: 'The renewal progress of someone in your organizations',
        params: PersonParams,
        response: {
          200: RenewalView.extend({ person: z.object({ name: z.string(), email: z.string() }) }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const { person, renewal } = await personRenewalForAdmin(deps, req.auth, req.params.userId);
      return noStore(reply).send({ ...renewal, person });
    },
  );
}
