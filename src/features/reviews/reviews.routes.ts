import { z } from 'zod';
import {
  DecideBody,
  DecisionResult,
  ReviewSummary,
  ReviewView,
  SaveScoresBody,
} from '../../contracts/reviews.js';
import type { Deps } from '../../server/deps.js';
import { errorResponses, IdParams, noStore, type App } from '../../server/http.js';
import { decideReview } from './decide-review.js';
import { getReview, listMyReviews, saveScores } from './review-use-cases.js';

export function registerReviewRoutes(app: App, deps: Deps) {
  const tags = ['reviews'];
  app.get(
    '/api/v1/reviews',
    {
      schema: {
        tags,
        summary: 'Your review queue (blind: no educator identity)',
        querystring: z.object({ status: z.enum(['assigned', 'completed']).optional() }),
        response: { 200: z.object({ items: z.array(ReviewSummary) }), ...errorResponses },
      },
    },
    async (req, reply) =>
      noStore(reply).send({ items: await listMyReviews(deps, req.auth, req.query.status) }),
  );
  app.get(
    '/api/v1/reviews/:id',
    {
      schema: {
        tags,
        summary: 'A review assigned to you: evidence and rubric (blind)',
        params: IdParams,
        response: { 200: ReviewView, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await getReview(deps, req.auth, req.params.id)),
  );
  app.put(
    '/api/v1/reviews/:id/scores',
    {
      schema: {
        tags,
        summary: 'Save partial scores',
        params: IdParams,
        body: SaveScoresBody,
        response: { 200: ReviewView, ...errorResponses },
      },
    },
    async (req) => saveScores(deps, req.auth, req.params.id, req.body.scores),
  );
  app.post(
    '/api/v1/reviews/:id/decision',
    {
      schema: {
        tags,
        summary: 'Score every criterion and decide by the earn rule',
        params: IdParams,
        body: DecideBody,
        response: { 200: DecisionResult, ...errorResponses },
      },
    },
    async (req) => decideReview(deps, req.auth, req.params.id, req.body.scores),
  );
}
