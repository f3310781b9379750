import type { SubmissionStatusId } from '../../api/types.js';
import type { IconName } from '../../components/Icon.js';
import { StatusChip, type Tone } from '../../components/StatusChip.js';

/** How each submission status looks wherever it is shown (chips, admin progress counts). */
export const SUBMISSION_STATUS: Record<SubmissionStatusId, { label: string; tone: Tone; icon: IconName }> = {
  in_progress: { label: 'In progress', tone: 'info', icon: 'pencil' },
  submitted: { label: 'Submitted', tone: 'brand', icon: 'clock' },
  in_review: { label: 'In review', tone: 'brand', icon: 'eye' },
  earned: { label: 'Earned', tone: 'success', icon: 'award' },
  not_yet: { label: 'Not yet', tone: 'warning', icon: 'refresh' },
  withdrawn: { label: 'Withdrawn', tone: 'neutral', icon: 'x' },
};

export const submissionStatusLabel = (status: SubmissionStatusId) => SUBMISSION_STATUS[status].label;

export function SubmissionStatusChip({ status }: { status: SubmissionStatusId }) {
  const s = SUBMISSION_STATUS[status];
  return (
    <StatusChip tone={s.tone} icon={s.icon}>
      {s.label}
    </StatusChip>
  );
}
