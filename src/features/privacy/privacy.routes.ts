import {
  AdminDataRequestList,
  AdminDataRequestQuery,
  AdminDataRequestView,
  CreateDataRequestBody,
  DataRequestList,
  DataRequestView,
  RetentionBody,
  RetentionView,
} from '../../contracts/privacy.js';
import type { Deps } from '../../server/deps.js';
import { IdParams, errorResponses, noStore, type App } from '../../server/http.js';
import { cancelRequest, listMyRequests, listRequestsForAdmin, requestDeletion } from './data-requests.js';
import { completeDataRequest } from './delete-account.js';
import { exportMyData } from './export-data.js';
import { getRetention, setRetention } from './retention-settings.js';

/** Retention of evidence, the export of one's own data, and requests to delete it. */
export function registerPrivacyRoutes(app: App, deps: Deps) {
  const tags = ['privacy'];
  app.get(
    '/api/v1/orgs/:id/retention',
    {
      schema: {
        tags,
        summary: 'How long an organization keeps evidence after the decision (its admins)',
        params: IdParams,
        response: { 200: RetentionView, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await getRetention(deps, req.auth, req.params.id)),
  );
  app.put(
    '/api/v1/orgs/:id/retention',
    {
      schema: {
        tags,
        summary: 'Set how many months after the decision evidence is deleted (null keeps it)',
        params: IdParams,
        body: RetentionBody,
        response: { 200: RetentionView, ...errorResponses },
      },
    },
    async (req) => setRetention(deps, req.auth, req.params.id, req.body.months),
  );
  app.get(
    '/api/v1/me/export.zip',
    {
      schema: {
        tags,
        summary: 'Everything you submitted, the feedback and your credentials, as one zip (download)',
      },
    },
    async (req, reply) => {
      const zip = await exportMyData(deps, req.auth);
      noStore(reply)
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${zip.filename}"`);
      if (zip.size !== null) reply.header('content-length', String(zip.size));
      return reply.send(zip.stream);
    },
  );
  app.get(
    '/api/v1/me/data-requests',
    {
      schema: {
        tags,
        summary: 'Your requests to delete your account data',
        response: { 200: DataRequestList, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await listMyRequests(deps, req.auth)),
  );
  app.post(
    '/api/v1/me/data-requests',
    {
      schema: {
        tags,
        summary: 'Ask for your account data to be deleted (one request may wait at a time)',
        body: CreateDataRequestBody,
        response: { 201: DataRequestView, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await requestDeletion(deps, req.auth, req.body)),
  );
  app.delete(
    '/api/v1/me/data-requests/:id',
    {
      schema: {
        tags,
        summary: 'Cancel your request while it waits',
        params: IdParams,
        response: { 200: DataRequestView, ...errorResponses },
      },
    },
    async (req) => cancelRequest(deps, req.auth, req.params.id),
  );
  app.get(
    '/api/v1/admin/data-requests',
    {
      schema: {
        tags,
        summary: 'Requests to delete account data (platform admins)',
        querystring: AdminDataRequestQuery,
        response: { 200: AdminDataRequestList, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await listRequestsForAdmin(deps, req.auth, req.query.status)),
  );
  app.post(
    '/api/v1/admin/data-requests/:id/complete',
    {
      schema: {
        tags,
        summary: 'Carry out a request: anonymize the account, delete drafts and evidence, keep credentials',
        params: IdParams,
        response: { 200: AdminDataRequestView, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await completeDataRequest(deps, req.auth, req.params.id)),
  );
}
