import { z } from 'zod';
import {
  AnchorCandidate,
  AnchorView,
  AssessmentDashboard,
  AssessmentSettings,
  AuditEntryView,
  AuditQuery,
  CreateAnchorBody,
  CreateFeedbackTemplateBody,
  FeedbackTemplate,
  OpenReview,
  PoolMember,
  ReassignBody,
  SetQualificationBody,
  UpdateAssessorBody,
} from '../../contracts/assessment.js';
import { Id } from '../../contracts/common.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import { IdParams, errorResponses, noStore, type App } from '../../server/http.js';
import { requireRole } from '../auth/auth-context.js';
import { addAnchor, anchorCandidates, listAnchors, retireAnchor } from './anchors.js';
import { auditCsv, listAudit } from './audit-log.js';
import { loadDashboard } from './dashboard.js';
import { adminSetQualification, listOpenWork, listPool, updateAssessor } from './pool-admin.js';
import { reassignReview } from './reassign.js';
import { changeSettings, loadSettings } from './settings.js';
import { addFeedbackTemplate } from './feedback-templates.js';

const tags = ['assessment'];
const Items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const MemberParams = z.object({ id: Id, userId: Id });

/** The issuer admin's assessment workforce: settings, pool, open work, dashboard, anchors, audit. */
export function registerAssessmentRoutes(app: App, deps: Deps) {
  const { db, clock } = deps;
  const now = () => clock.now().toISOString();
  const admin = (auth: Parameters<typeof requireRole>[0], issuerId: string) =>
    requireRole(auth, 'issuer_admin', issuerId);

  app.get(
    '/api/v1/issuers/:id/assessment/settings',
    {
      schema: {
        tags,
        summary: 'How the issuer runs assessment (issuer admin)',
        params: IdParams,
        response: { 200: AssessmentSettings, ...errorResponses },
      },
    },
    async (req, reply) => {
      admin(req.auth, req.params.id);
      return noStore(reply).send(await loadSettings(db, req.params.id));
    },
  );
  app.put(
    '/api/v1/issuers/:id/assessment/settings',
    {
      schema: {
        tags,
        summary: 'Change SLA, holidays, double scoring, calibration thresholds (issuer admin)',
        params: IdParams,
        body: AssessmentSettings,
        response: { 200: AssessmentSettings, ...errorResponses },
      },
    },
    async (req) => {
      const a = admin(req.auth, req.params.id);
      return db
        .transaction()
        .execute((trx) =>
          changeSettings(trx, now(), { issuerId: req.params.id, actorId: a.userId, settings: req.body }),
        );
    },
  );

  app.get(
    '/api/v1/issuers/:id/assessors',
    {
      schema: {
        tags,
        summary: 'The assessor pool: load, availability, qualifications (issuer admin)',
        params: IdParams,
        response: { 200: Items(PoolMember), ...errorResponses },
      },
    },
    async (req, reply) => {
      admin(req.auth, req.params.id);
      return noStore(reply).send({ items: await listPool(db, req.params.id, clock.now()) });
    },
  );
  const memberView = async (issuerId: string, userId: string) =>
    (await listPool(db, issuerId, clock.now())).find((m) => m.id === userId)!;
  app.put(
    '/api/v1/issuers/:id/assessors/:userId',
    {
      schema: {
        tags,
        summary: 'Set an assessor’s capacity, seniority and away period (issuer admin)',
        params: MemberParams,
        body: UpdateAssessorBody,
        response: { 200: PoolMember, ...errorResponses },
      },
    },
    async (req) => {
      const a = admin(req.auth, req.params.id);
      await db.transaction().execute((trx) =>
        updateAssessor(trx, now(), {
          issuerId: req.params.id,
          userId: req.params.userId,
          actorId: a.userId,
          ...req.body,
        }),
      );
      return memberView(req.params.id, req.params.userId);
    },
  );
  app.put(
    '/api/v1/issuers/:id/assessors/:userId/qualifications/:mcId',
    {
      schema: {
        tags,
        summary: 'Qualify (without anchors), send to calibration, or remove an assessor (issuer admin)',
        params: MemberParams.extend({ mcId: Id }),
        body: SetQualificationBody,
        response: { 200: PoolMember, ...errorResponses },
      },
    },
    async (req) => {
      const a = admin(req.auth, req.params.id);
      await db.transaction().execute((trx) =>
        adminSetQualification(trx, now(), {
          issuerId: req.params.id,
          userId: req.params.userId,
          microCredentialId: req.params.mcId,
          status: req.body.status,
          actorId: a.userId,
        }),
      );
      return memberView(req.params.id, req.params.userId);
    },
  );

  app.get(
    '/api/v1/issuers/:id/assessment/open',
    {
      schema: {
        tags,
        summary: 'Open work: the backlog and assigned reviews, due first (issuer admin)',
        params: IdParams,
        response: { 200: Items(OpenReview), ...errorResponses },
      },
    },
    async (req, reply) => {
      admin(req.auth, req.params.id);
      return noStore(reply).send({ items: await listOpenWork(db, req.params.id, clock.now()) });
    },
  );
  app.post(
    '/api/v1/issuers/:id/assessment/reviews/:reviewId/reassign',
    {
      schema: {
        tags,
        summary: 'Reassign an open review to a named or the next eligible assessor (issuer admin)',
        params: z.object({ id: Id, reviewId: Id }),
        body: ReassignBody,
        response: { 200: z.object({ assessorId: z.string().nullable() }), ...errorResponses },
      },
    },
    async (req) => {
      const a = admin(req.auth, req.params.id);
      return db.transaction().execute((trx) =>
        reassignReview(trx, now(), {
          reviewId: req.params.reviewId,
          issuerId: req.params.id,
          toAssessorId: req.body.toAssessorId ?? null,
          actorId: a.userId,
          reason: req.body.reason,
        }),
      );
    },
  );
  app.get(
    '/api/v1/issuers/:id/assessment/dashboard',
    {
      schema: {
        tags,
        summary: 'Backlog, turnaround, on-time share and inter-rater agreement (issuer admin)',
        params: IdParams,
        querystring: z.object({ days: z.coerce.number().int().min(7).max(366).default(90) }),
        response: { 200: AssessmentDashboard, ...errorResponses },
      },
    },
    async (req, reply) => {
      admin(req.auth, req.params.id);
      return noStore(reply).send(await loadDashboard(db, req.params.id, clock.now(), req.query.days));
    },
  );

  app.get(
    '/api/v1/issuers/:id/audit',
    {
      schema: {
        tags,
        summary: 'The append-only audit log, newest first (issuer admin)',
        params: IdParams,
        querystring: AuditQuery,
        response: { 200: Items(AuditEntryView), ...errorResponses },
      },
    },
    async (req, reply) => {
      admin(req.auth, req.params.id);
      return noStore(reply).send({ items: await listAudit(db, req.params.id, req.query) });
    },
  );
  app.get(
    '/api/v1/issuers/:id/audit.csv',
    {
      schema: { tags, summary: 'The whole audit log as CSV (issuer admin)', params: IdParams },
    },
    async (req, reply) => {
      admin(req.auth, req.params.id);
      const { Readable } = await import('node:stream');
      return noStore(reply)
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${now().slice(0, 10)}.csv"`)
        .send(Readable.from(auditCsv(db, req.params.id)));
    },
  );

  app.get(
    '/api/v1/issuers/:id/anchors',
    {
      schema: {
        tags,
        summary: 'Anchor submissions for calibration (issuer admin)',
        params: IdParams,
        response: { 200: Items(AnchorView), ...errorResponses },
      },
    },
    async (req, reply) => {
      admin(req.auth, req.params.id);
      return noStore(reply).send({ items: await listAnchors(db, req.params.id) });
    },
  );
  app.get(
    '/api/v1/issuers/:id/anchor-candidates',
    {
      schema: {
        tags,
        summary: 'Decided attempts that could become anchors (issuer admin)',
        params: IdParams,
        querystring: z.object({ microCredentialId: Id }),
        response: { 200: Items(AnchorCandidate), ...errorResponses },
      },
    },
    async (req, reply) => {
      admin(req.auth, req.params.id);
      return noStore(reply).send({
        items: await anchorCandidates(db, req.params.id, req.query.microCredentialId),
      });
    },
  );
  app.post(
    '/api/v1/issuers/:id/anchors',
    {
      schema: {
        tags,
        summary: 'Make a decided attempt an anchor with reference scores (issuer admin)',
        params: IdParams,
        body: CreateAnchorBody,
        response: { 201: AnchorView, ...errorResponses },
      },
    },
    async (req, reply) => {
      const a = admin(req.auth, req.params.id);
      const view = await db
        .transaction()
        .execute((trx) => addAnchor(trx, now(), { issuerId: req.params.id, actorId: a.userId, ...req.body }));
      return reply.code(201).send(view);
    },
  );
  app.delete(
    '/api/v1/issuers/:id/anchors/:anchorId',
    {
      schema: {
        tags,
        summary: 'Retire an anchor (issuer admin)',
        params: z.object({ id: Id, anchorId: Id }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const a = admin(req.auth, req.params.id);
      await db.transaction().execute((trx) =>
        retireAnchor(trx, now(), {
          issuerId: req.params.id,
          anchorId: req.params.anchorId,
          actorId: a.userId,
        }),
      );
      return reply.code(204).send(null);
    },
  );

  // Feedback templates belong to a micro-credential; its issuer's admins keep them.
  const issuerOfMc = async (mcId: string) => {
    const mc = await db
      .selectFrom('micro_credentials')
      .select('issuer_id')
      .where('id', '=', mcId)
      .executeTakeFirst();
    if (!mc) throw new AppError('NOT_FOUND', 'That micro-credential was not found');
    return mc.issuer_id;
  };
  app.get(
    '/api/v1/micro-credentials/:id/feedback-templates',
    {
      schema: {
        tags,
        summary: 'Feedback templates per criterion (issuer admin)',
        params: IdParams,
        response: { 200: Items(FeedbackTemplate), ...errorResponses },
      },
    },
    async (req, reply) => {
      admin(req.auth, await issuerOfMc(req.params.id));
      const rows = await db
        .selectFrom('feedback_templates')
        .select(['id', 'criterion_id', 'text'])
        .where('micro_credential_id', '=', req.params.id)
        .orderBy('created_at')
        .execute();
      return noStore(reply).send({
        items: rows.map((r) => ({ id: r.id, criterionId: r.criterion_id, text: r.text })),
      });
    },
  );
  app.post(
    '/api/v1/micro-credentials/:id/feedback-templates',
    {
      schema: {
        tags,
        summary: 'Add a feedback template for a criterion (issuer admin)',
        params: IdParams,
        body: CreateFeedbackTemplateBody,
        response: { 201: FeedbackTemplate, ...errorResponses },
      },
    },
    async (req, reply) => {
      const a = admin(req.auth, await issuerOfMc(req.params.id));
      const created = await addFeedbackTemplate(db, now(), {
        microCredentialId: req.params.id,
        criterionId: req.body.criterionId,
        text: req.body.text,
        actorId: a.userId,
      });
      return reply.code(201).send(created);
    },
  );
  app.delete(
    '/api/v1/micro-credentials/:id/feedback-templates/:templateId',
    {
      schema: {
        tags,
        summary: 'Delete a feedback template (issuer admin)',
        params: z.object({ id: Id, templateId: Id }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      admin(req.auth, await issuerOfMc(req.params.id));
      const r = await db
        .deleteFrom('feedback_templates')
        .where('id', '=', req.params.templateId)
        .where('micro_credential_id', '=', req.params.id)
        .executeTakeFirst();
      if (Number(r.numDeletedRows) !== 1) throw new AppError('NOT_FOUND', 'That template was not found');
      return reply.code(204).send(null);
    },
  );
}
