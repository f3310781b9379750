import type { SubmissionStatus } from '../db/schema.js';

export type SubmissionEvent =
  'submit' | 'assign' | 'decide-earned' | 'decide-not-yet' | 'resubmit' | 'withdraw' | 'appeal';

/**
 * not started → in progress → submitted → in review → earned | not yet;
 * not yet → (resubmit) in progress …; not yet → (appeal) in review, once per attempt;
 * in progress or waiting → withdrawn.
 */
const TRANSITIONS: Record<SubmissionStatus, Partial<Record<SubmissionEvent, SubmissionStatus>>> = {
  in_progress: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: { assign: 'in_review', withdraw: 'withdrawn' },
  in_review: { 'decide-earned': 'earned', 'decide-not-yet': 'not_yet' },
  not_yet: { resubmit: 'in_progress', withdraw: 'withdrawn', appeal: 'in_review' },
  earned: {},
  withdrawn: {},
};

/** The status after `event`, or null when the event is not allowed from `status`. */
export const nextStatus = (status: SubmissionStatus, event: SubmissionEvent): SubmissionStatus | null =>
  TRANSITIONS[status][event] ?? null;

export const canResubmit = (status: SubmissionStatus, attemptNumber: number, maxAttempts: number) =>
  nextStatus(status, 'resubmit') !== null && attemptNumber < maxAttempts;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The last moment a "not yet" decided at `decidedAt` may be answered with another attempt:
 * `days` days later, to the millisecond (an appeal's decision starts the window again).
 */
export function resubmitDeadline(decidedAt: string, days: number): Date {
  return new Date(Date.parse(decidedAt) + days * DAY_MS);
}

/** An educator has at most one open submission per micro-credential; these do not block a new one. */
export const isClosed = (status: SubmissionStatus) => status === 'withdrawn';
