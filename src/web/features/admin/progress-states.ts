import type { IconName } from '../../components/Icon.js';
import type { Tone } from '../../components/StatusChip.js';
import { SUBMISSION_STATUS } from '../submissions/submission-status.js';
import type { StaffProgressTotals } from './staff-progress-api.js';

export type ProgressKey = 'earned' | 'inReview' | 'notYet' | 'inProgress';

export type ProgressState = {
  key: ProgressKey;
  label: string;
  tone: Tone;
  icon: IconName;
  /** Fill of the bar segment and legend swatch: at least 3:1 against white (WCAG 1.4.11). */
  fill: string;
  /** A texture on top of the fill, so two blues differ by more than hue. */
  texture?: string;
};

const look = (status: keyof typeof SUBMISSION_STATUS) => {
  const { label, tone, icon } = SUBMISSION_STATUS[status];
  return { label, tone, icon };
};

/** The four places a submission can be, in the order the chart and the table show them. */
export const PROGRESS_STATES: readonly ProgressState[] = [
  { key: 'earned', ...look('earned'), fill: 'bg-emerald-700' },
  { key: 'inReview', ...look('in_review'), fill: 'bg-brand-700' },
  { key: 'notYet', ...look('not_yet'), fill: 'bg-amber-600' },
  {
    key: 'inProgress',
    ...look('in_progress'),
    fill: 'bg-sky-600',
    texture: 'repeating-linear-gradient(135deg, transparent 0 4px, rgb(0 0 0 / 0.25) 4px 7px)',
  },
];

export type ProgressCounts = Pick<StaffProgressTotals, ProgressKey>;

export const totalSubmissions = (c: ProgressCounts) => c.earned + c.inReview + c.notYet + c.inProgress;
