import type { NotificationInput } from './notify.js';

/** What the educator is told about their submission, in one place for the app and the email. */

const DAY_FORMAT = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** "March 3, 2027": a day as people read it (UTC, the day the server counts in). */
export const formatDay = (at: Date) => DAY_FORMAT.format(at);

export const submissionLink = (submissionId: string) => `/submissions/${submissionId}`;

/** On submit: the work reached the assessors. */
export function submissionReceived(s: {
  userId: string;
  submissionId: string;
  title: string;
}): NotificationInput {
  return {
    userId: s.userId,
    kind: 'submission_received',
    title: `We received your submission for “${s.title}”`,
    body: 'It is on its way to an assessor. You will be told here and by email when it is decided.',
    link: submissionLink(s.submissionId),
  };
}

/** A week before the window to resubmit after a "not yet" closes. */
export function resubmissionClosing(s: {
  userId: string;
  submissionId: string;
  title: string;
  closesAt: Date;
  daysLeft: number;
}): NotificationInput {
  const left = s.daysLeft === 1 ? '1 day' : `${s.daysLeft} days`;
  return {
    userId: s.userId,
    kind: 'resubmission_closing',
    title: `Resubmit “${s.title}” by ${formatDay(s.closesAt)}`,
    body: `The window to resubmit closes in ${left}, on ${formatDay(s.closesAt)}. The feedback beside each part says what to change.`,
    link: submissionLink(s.submissionId),
  };
}
