import { z } from 'zod';
import { IssuerRef } from './common.js';
import { MicroCredentialContent } from './micro-credential.js';
import { Answers, ArtifactView } from './submissions.js';

/**
 * Everything an assessor sees. Blind by construction: no educator name, email, user id,
 * school or district appears in these shapes.
 */
export const ReviewKind = z.enum(['primary', 'second', 'adjudication', 'appeal']);
export type ReviewKind = z.infer<typeof ReviewKind>;

export const ReviewSummary = z.object({
  id: z.string(),
  /** `reassigned`: it moved to another assessor and can no longer be submitted. */
  status: z.enum(['assigned', 'completed', 'reassigned']),
  /** primary or second (double scoring: two assessors score independently), adjudication, appeal. */
  kind: ReviewKind,
  /** Two assessors score this attempt independently (this review is the primary or the second). */
  doubleScored: z.boolean(),
  assignedAt: z.string(),
  /** When the issuer's turnaround promise says it is due (business days). */
  dueAt: z.string().nullable(),
  /** Open past its due date. */
  overdue: z.boolean(),
  submittedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  attemptNumber: z.number(),
  decision: z.enum(['earned', 'not_yet']).nullable(),
  microCredential: z.object({ id: z.string(), title: z.string(), version: z.number(), issuer: IssuerRef }),
});
export type ReviewSummary = z.infer<typeof ReviewSummary>;

export const Score = z.object({
  criterionId: z.string().min(1).max(60),
  levelId: z.string().min(1).max(60),
  feedback: z.string().max(5000),
});
export type Score = z.infer<typeof Score>;

export const ReviewView = ReviewSummary.extend({
  microCredential: ReviewSummary.shape.microCredential.extend({ content: MicroCredentialContent }),
  resubmissionNote: z.string().nullable(),
  evidence: z.object({ answers: Answers, artifacts: z.array(ArtifactView) }),
  /** Saved scores (partial while the review is open). */
  scores: z.array(Score),
  /** The educator's reason, for an appeal. */
  appealReason: z.string().nullable(),
  /** The issuer's feedback templates, by criterion id. */
  feedbackTemplates: z.array(z.object({ id: z.string(), criterionId: z.string(), text: z.string() })),
  /** Characters of feedback a criterion scored "not yet" needs. */
  minNotYetFeedback: z.number(),
  /** Earlier attempts' decisions and feedback, for a resubmission. */
  previousFeedback: z.array(z.object({ attemptNumber: z.number(), scores: z.array(Score) })),
});
export type ReviewView = z.infer<typeof ReviewView>;

export const SaveScoresBody = z.object({ scores: z.array(Score).max(40) });
export const DecideBody = z.object({ scores: z.array(Score).min(1).max(40) });
/** No credential id: its public page names the educator, and review is blind. */
export const DecisionResult = z.object({
  decision: z.enum(['earned', 'not_yet']),
  /** False while a double-scored attempt waits for the other scorer or for adjudication. */
  final: z.boolean(),
});
