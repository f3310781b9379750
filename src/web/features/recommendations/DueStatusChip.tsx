import type { DueStatusView } from '../../../contracts/recommendations.js';
import { StatusChip } from '../../components/StatusChip.js';

const STATUS = {
  not_started: { tone: 'neutral', icon: 'clock', label: 'Not started' },
  in_progress: { tone: 'info', icon: 'pencil', label: 'In progress' },
  earned: { tone: 'success', icon: 'award', label: 'Earned' },
  overdue: { tone: 'danger', icon: 'alert', label: 'Overdue' },
} as const;

export const DUE_STATUS_LABEL = Object.fromEntries(
  Object.entries(STATUS).map(([k, v]) => [k, v.label]),
) as Record<DueStatusView, string>;

/** Where an educator stands on an assignment: words and an icon, red only as well as "Overdue". */
export function DueStatusChip({ status }: { status: DueStatusView }) {
  const s = STATUS[status];
  return (
    <StatusChip tone={s.tone} icon={s.icon}>
      {s.label}
    </StatusChip>
  );
}

/** "Due Dec 14 · in 21 days", "Due today", "Was due Nov 20 · 3 days ago". */
export function dueText(dueOn: string | null, daysLeft: number | null, format: (d: string) => string) {
  if (!dueOn || daysLeft === null) return 'No due date';
  if (daysLeft === 0) return `Due today (${format(dueOn)})`;
  if (daysLeft > 0) return `Due ${format(dueOn)} · in ${daysLeft} ${daysLeft === 1 ? 'day' : 'days'}`;
  const ago = -daysLeft;
  return `Was due ${format(dueOn)} · ${ago} ${ago === 1 ? 'day' : 'days'} ago`;
}
