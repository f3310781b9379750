import { z } from 'zod';
import {
  CreateSeatPoolBody,
  MySeatView,
  SeatPoolView,
  SeatQuery,
  SeatRedemptionView,
  SeatReportView,
  UpdateSeatPoolBody,
} from '../../contracts/seats.js';
import type { Deps } from '../../server/deps.js';
import { IdParams, errorResponses, noStore, type App } from '../../server/http.js';
import { createSeatPool, listRedemptions, listSeatPools, updateSeatPool } from './manage-seat-pools.js';
import { mySeats } from './my-seats.js';
import { seatReport } from './seat-report.js';
import { presentRedemption } from './seats.presenter.js';

export function registerSeatRoutes(app: App, deps: Deps) {
  const tags = ['seats'];
  app.get(
    '/api/v1/admin/seat-pools',
    {
      schema: {
        tags,
        summary: 'Funded seat pools of the organizations you administer (one subtree with orgId)',
        querystring: SeatQuery,
        response: { 200: z.object({ items: z.array(SeatPoolView) }), ...errorResponses },
      },
    },
    async (req, reply) =>
      noStore(reply).send({ items: await listSeatPools(deps, req.auth, req.query.orgId) }),
  );
  app.post(
    '/api/v1/admin/seat-pools',
    {
      schema: {
        tags,
        summary: 'Fund seats on some micro-credentials (or track a budget with a cost of 0)',
        body: CreateSeatPoolBody,
        response: { 201: SeatPoolView, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await createSeatPool(deps, req.auth, req.body)),
  );
  app.patch(
    '/api/v1/admin/seat-pools/:id',
    {
      schema: {
        tags,
        summary: 'Rename, resize (never below the seats used), change the last day, or close a pool',
        params: IdParams,
        body: UpdateSeatPoolBody,
        response: { 200: SeatPoolView, ...errorResponses },
      },
    },
    async (req, reply) => reply.send(await updateSeatPool(deps, req.auth, req.params.id, req.body)),
  );
  app.get(
    '/api/v1/admin/seat-pools/:id/redemptions',
    {
      schema: {
        tags,
        summary: 'Who used the seats of a pool',
        params: IdParams,
        response: { 200: z.object({ items: z.array(SeatRedemptionView) }), ...errorResponses },
      },
    },
    async (req, reply) =>
      noStore(reply).send({
        items: (await listRedemptions(deps, req.auth, req.params.id)).map(presentRedemption),
      }),
  );
  app.get(
    '/api/v1/admin/seat-report',
    {
      schema: {
        tags,
        summary: 'Seats used, earned and left per organization, and the cost per earned micro-credential',
        querystring: SeatQuery,
        response: { 200: SeatReportView, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await seatReport(deps, req.auth, req.query.orgId)),
  );
  app.get(
    '/api/v1/me/seats',
    {
      schema: {
        tags,
        summary: 'Micro-credentials an organization of yours funds a seat on for you',
        response: { 200: z.object({ items: z.array(MySeatView) }), ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send({ items: await mySeats(deps, req.auth) }),
  );
}
