import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';

/** What the audit log records. */
export type AuditAction =
  | 'review.assigned'
  | 'review.reassigned'
  | 'review.scored'
  | 'attempt.decided'
  | 'attempt.adjudication_needed'
  | 'appeal.filed'
  | 'appeal.decided'
  | 'calibration.scored'
  | 'qualification.changed'
  | 'assessor.updated'
  | 'anchor.created'
  | 'anchor.retired'
  | 'settings.updated'
  | 'review.overdue'
  | 'evidence.purged'
  | 'retention.updated'
  | 'account.deleted';

export interface AuditEntry {
  issuerId: string;
  /** Who did it; null for the platform itself (automatic assignment, the overdue sweep). */
  actorId: string | null;
  action: AuditAction;
  subjectType:
    | 'review'
    | 'attempt'
    | 'appeal'
    | 'assessor'
    | 'anchor'
    | 'settings'
    | 'qualification'
    | 'organization'
    | 'user';
  subjectId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends to the audit log, in the caller's transaction: an entry exists exactly when its change
 * does. The table refuses updates and deletes (database triggers), and no route changes it.
 */
export async function audit(db: Queryable, at: string, e: AuditEntry) {
  await db
    .insertInto('audit_log')
    .values({
      id: randomUUID(),
      issuer_id: e.issuerId,
      actor_id: e.actorId,
      action: e.action,
      subject_type: e.subjectType,
      subject_id: e.subjectId,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
      at,
    })
    .execute();
}
