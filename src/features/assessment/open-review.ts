import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import type { ReviewKind } from '../../db/schema.js';
import { addBusinessDays } from '../../domain/business-days.js';
import type { AssessmentSettings } from './settings.js';

/**
 * Gives an attempt's review to an assessor: a new open review, due after the issuer's SLA in
 * business days (weekends and the issuer's holidays skipped). Returns its id and due date.
 */
export async function openReview(
  db: Queryable,
  at: string,
  x: {
    attemptId: string;
    assessorId: string;
    kind: ReviewKind;
    issuerId: string;
    microCredentialId: string;
    settings: Pick<AssessmentSettings, 'slaBusinessDays' | 'holidays'>;
  },
) {
  const dueAt = addBusinessDays(new Date(at), x.settings.slaBusinessDays, x.settings.holidays).toISOString();
  const id = randomUUID();
  await db
    .insertInto('reviews')
    .values({
      id,
      attempt_id: x.attemptId,
      assessor_id: x.assessorId,
      status: 'assigned',
      scores: '[]',
      decision: null,
      assigned_at: at,
      updated_at: at,
      completed_at: null,
      kind: x.kind,
      issuer_id: x.issuerId,
      micro_credential_id: x.microCredentialId,
      due_at: dueAt,
      ended_at: null,
      overdue_alerted_at: null,
    })
    .execute();
  return { id, dueAt };
}
