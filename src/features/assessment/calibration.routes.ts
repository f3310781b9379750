import { z } from 'zod';
import {
  AppealBody,
  AppealResult,
  CalibrationAnchorView,
  CalibrationResult,
  CalibrationTask,
} from '../../contracts/assessment.js';
import { SaveScoresBody } from '../../contracts/reviews.js';
import type { Deps } from '../../server/deps.js';
import { IdParams, errorResponses, noStore, type App } from '../../server/http.js';
import { fileAppeal } from './appeals.js';
import { getCalibrationAnchor, listCalibration, scoreCalibrationAnchor } from './calibration-work.js';

/** Assessors calibrate on anchors; educators appeal a "not yet". */
export function registerCalibrationRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/calibration',
    {
      schema: {
        tags: ['reviews'],
        summary: 'Your calibration: anchors to score per micro-credential (assessor)',
        response: { 200: z.object({ items: z.array(CalibrationTask) }), ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send({ items: await listCalibration(deps, req.auth) }),
  );
  app.get(
    '/api/v1/calibration/anchors/:id',
    {
      schema: {
        tags: ['reviews'],
        summary: 'An anchor submission to score: blind evidence and the rubric (assessor of its pool)',
        params: IdParams,
        response: { 200: CalibrationAnchorView, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await getCalibrationAnchor(deps, req.auth, req.params.id)),
  );
  app.put(
    '/api/v1/calibration/anchors/:id/scores',
    {
      schema: {
        tags: ['reviews'],
        summary: 'Score an anchor; once all are scored, agreement decides qualification (assessor)',
        params: IdParams,
        body: SaveScoresBody,
        response: { 200: CalibrationResult, ...errorResponses },
      },
    },
    async (req) => scoreCalibrationAnchor(deps, req.auth, req.params.id, req.body.scores),
  );
  app.post(
    '/api/v1/submissions/:id/appeal',
    {
      schema: {
        tags: ['submissions'],
        summary: 'Appeal a “not yet” once, with a reason; a senior assessor decides (educator)',
        params: IdParams,
        body: AppealBody,
        response: { 201: AppealResult, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await fileAppeal(deps, req.auth, req.params.id, req.body.reason)),
  );
}
