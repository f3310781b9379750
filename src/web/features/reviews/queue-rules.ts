import type { CalibrationTask } from '../../../contracts/assessment.js';
import type { ReviewKind } from '../../../contracts/reviews.js';
import type { IconName } from '../../components/Icon.js';
import type { Tone } from '../../components/StatusChip.js';

/** A small labelled badge: words and an icon, never color alone. */
export type Badge = { label: string; tone: Tone; icon: IconName; description: string };

/**
 * How the assessor works on a review: the primary review of a double-scored attempt is scored
 * like the second (independently, compared afterwards), so it reads as one.
 */
export const scoringKind = (r: { kind: ReviewKind; doubleScored: boolean }): ReviewKind =>
  r.kind === 'primary' && r.doubleScored ? 'second' : r.kind;

/**
 * The badge for a review's kind. A primary review is the ordinary case and has none; the other
 * kinds change how the assessor works (score blind to a peer, settle a disagreement, decide an
 * appeal for good), so they say so.
 */
export function kindBadge(kind: ReviewKind): Badge | null {
  switch (kind) {
    case 'second':
      return {
        label: 'Double-scored',
        tone: 'info',
        icon: 'copy',
        description:
          'Another assessor scores this attempt independently; neither of you sees the other’s scores.',
      };
    case 'adjudication':
      return {
        label: 'Adjudication',
        tone: 'brand',
        icon: 'shield',
        description: 'Two assessors reached different decisions; yours settles the attempt.',
      };
    case 'appeal':
      return {
        label: 'Appeal',
        tone: 'warning',
        icon: 'alert',
        description: 'The educator appealed a “not yet”. Your decision is final.',
      };
    default:
      return null;
  }
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const amount = (ms: number) => {
  if (ms < HOUR) return null;
  if (ms < DAY) {
    const h = Math.floor(ms / HOUR);
    return `${h} ${h === 1 ? 'hour' : 'hours'}`;
  }
  const d = Math.floor(ms / DAY);
  return `${d} ${d === 1 ? 'day' : 'days'}`;
};

/**
 * How far a due date is from `now`, in words: "Due in 3 days", "Due in 5 hours", "Due within the
 * hour", "Overdue by 2 days". Whole units, rounded down (so "in 1 day" never means 47 hours
 * late). Null without a due date or when it does not parse.
 */
export function relativeDue(dueAt: string | null, now: Date): string | null {
  if (!dueAt) return null;
  const due = new Date(dueAt).getTime();
  if (Number.isNaN(due)) return null;
  const ms = due - now.getTime();
  if (ms >= 0) {
    const a = amount(ms);
    return a ? `Due in ${a}` : 'Due within the hour';
  }
  const a = amount(-ms);
  return a ? `Overdue by ${a}` : 'Overdue by less than an hour';
}

type Dated = { dueAt: string | null; assignedAt: string };

/**
 * Open work in the order to do it: earliest due first; reviews without a due date after those
 * with one; ties by when they were assigned, oldest first. A new array; the input is untouched.
 */
export function sortByDue<T extends Dated>(items: readonly T[]): T[] {
  const time = (s: string | null) => {
    const t = s ? new Date(s).getTime() : NaN;
    return Number.isNaN(t) ? Infinity : t;
  };
  return [...items].sort((a, b) => time(a.dueAt) - time(b.dueAt) || time(a.assignedAt) - time(b.assignedAt));
}

/** The chip for where an assessor stands with a micro-credential's calibration. */
export function calibrationBadge(status: CalibrationTask['status']): Omit<Badge, 'description'> {
  switch (status) {
    case 'qualified':
      return { label: 'Qualified', tone: 'success', icon: 'check' };
    case 'recalibrating':
      return { label: 'Recalibrate', tone: 'warning', icon: 'refresh' };
    case 'calibrating':
      return { label: 'Calibrating', tone: 'info', icon: 'clock' };
    case 'removed':
      return { label: 'Removed', tone: 'neutral', icon: 'x' };
    default:
      return { label: 'Not started', tone: 'neutral', icon: 'clipboard' };
  }
}

/** "2 of 3 anchors scored", and whether every anchor is. */
export function anchorProgress(task: Pick<CalibrationTask, 'anchors'>): { text: string; done: boolean } {
  const scored = task.anchors.filter((a) => a.scored).length;
  const total = task.anchors.length;
  return {
    text: `${scored} of ${total} ${total === 1 ? 'anchor' : 'anchors'} scored`,
    done: total > 0 && scored === total,
  };
}

/** "78% agreement (80% needed)", or that none is measured yet. */
export function agreementText(agreementPercent: number | null, requiredPercent: number): string {
  return agreementPercent === null
    ? `No agreement measured yet (${requiredPercent}% needed)`
    : `${Math.round(agreementPercent)}% agreement (${requiredPercent}% needed)`;
}

export type QueueTab = 'assigned' | 'completed' | 'calibration';

/** The queue page's tab from `?tab=`: the assigned list unless it names another tab. */
export function parseQueueTab(value: string | null | undefined): QueueTab {
  return value === 'completed' || value === 'calibration' ? value : 'assigned';
}

/**
 * What a calibration result means, in words: this anchor's agreement, then — once every anchor
 * is scored — whether the assessor qualified (by the mean over anchors when the server gives it).
 */
export function calibrationResultText(
  result: { agreementPercent: number; complete: boolean; qualified: boolean; meanPercent?: number },
  requiredPercent: number,
): { title: string; body: string; tone: 'success' | 'info' | 'warning' } {
  const title = `${Math.round(result.agreementPercent)}% agreement with the reference scores on this anchor`;
  if (!result.complete)
    return { title, tone: 'info', body: 'Score the remaining anchors to finish calibrating.' };
  const overall = result.meanPercent ?? result.agreementPercent;
  return result.qualified
    ? {
        title,
        tone: 'success',
        body: `Across all anchors: ${Math.round(overall)}% agreement (${requiredPercent}% needed). You are qualified to score this micro-credential.`,
      }
    : {
        title,
        tone: 'warning',
        body: `Across all anchors: ${Math.round(overall)}% agreement, ${requiredPercent}% needed. You are not qualified yet: reread the rubric’s level descriptors and score the anchors again.`,
      };
}
