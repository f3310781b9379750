import type { Tone } from '../../components/StatusChip.js';
import { minLengthStatus } from './min-length.js';

/** An appeal reason must explain itself: at least this many characters (the server's rule). */
export const MIN_APPEAL_REASON = 30;
/** The most the API accepts. */
export const MAX_APPEAL_REASON = 4000;

/** What is wrong with an appeal reason before it is sent, or null when it may be sent. */
export function appealReasonError(reason: string): string | null {
  const status = minLengthStatus(reason, MIN_APPEAL_REASON);
  if (!status.met)
    return `Explain your appeal in at least ${MIN_APPEAL_REASON} characters (${status.remaining} more).`;
  if (reason.length > MAX_APPEAL_REASON)
    return `Keep your appeal to ${MAX_APPEAL_REASON.toLocaleString('en')} characters.`;
  return null;
}

export type AppealInfo = {
  status: 'open' | 'upheld' | 'overturned';
  reason: string;
  createdAt: string;
  decidedAt: string | null;
};

/**
 * What an appeal's status means to the educator, in words. `upheld` keeps the "not yet";
 * `overturned` changes it to earned. Dates are formatted by the caller's `fmt`.
 */
export function appealStatusText(
  appeal: AppealInfo,
  fmt: (iso: string | null) => string,
): { title: string; body: string; tone: Tone } {
  const sent = `You appealed on ${fmt(appeal.createdAt)}.`;
  if (appeal.status === 'open')
    return {
      tone: 'info',
      title: 'Appeal under review',
      body: `${sent} A senior assessor who has not scored your submission is deciding. Their decision is final.`,
    };
  if (appeal.status === 'upheld')
    return {
      tone: 'warning',
      title: 'Appeal decided: the “not yet” stands',
      body: `${sent} On ${fmt(appeal.decidedAt)} a senior assessor upheld the decision. This outcome is final.`,
    };
  return {
    tone: 'success',
    title: 'Appeal decided: overturned — earned',
    body: `${sent} On ${fmt(appeal.decidedAt)} a senior assessor overturned the decision, and the micro-credential is earned. This outcome is final.`,
  };
}
