import { z } from 'zod';
import {
  AdminRecommendationView,
  CreateRecommendationsBody,
  CreatedRecommendations,
  MyRecommendationView,
  MyRecommendationsQuery,
} from '../../contracts/recommendations.js';
import { SeatQuery } from '../../contracts/seats.js';
import type { Deps } from '../../server/deps.js';
import { IdParams, errorResponses, noStore, type App } from '../../server/http.js';
import { listRecommendations, withdrawRecommendation } from './admin-recommendations.js';
import { createRecommendations } from './create-recommendations.js';
import { myRecommendations } from './my-recommendations.js';

export function registerRecommendationRoutes(app: App, deps: Deps) {
  const tags = ['recommendations'];
  app.post(
    '/api/v1/admin/recommendations',
    {
      schema: {
        tags,
        summary: 'Recommend or assign a micro-credential to people and schools, with an optional due date',
        body: CreateRecommendationsBody,
        response: { 201: CreatedRecommendations, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await createRecommendations(deps, req.auth, req.body)),
  );
  app.get(
    '/api/v1/admin/recommendations',
    {
      schema: {
        tags,
        summary: 'Open recommendations and assignments, with where the people reached stand',
        querystring: SeatQuery,
        response: { 200: z.object({ items: z.array(AdminRecommendationView) }), ...errorResponses },
      },
    },
    async (req, reply) =>
      noStore(reply).send({ items: await listRecommendations(deps, req.auth, req.query.orgId) }),
  );
  app.delete(
    '/api/v1/admin/recommendations/:id',
    { schema: { tags, summary: 'Withdraw a recommendation or assignment', params: IdParams } },
    async (req, reply) => {
      await withdrawRecommendation(deps, req.auth, req.params.id);
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/v1/me/recommendations',
    {
      schema: {
        tags,
        summary: 'What you were assigned (first) and recommended, with due dates and where you stand',
        querystring: MyRecommendationsQuery,
        response: { 200: z.object({ items: z.array(MyRecommendationView) }), ...errorResponses },
      },
    },
    async (req, reply) =>
      noStore(reply).send({ items: await myRecommendations(deps, req.auth, req.query.tz) }),
  );
}
