import type { MyCredentialView } from '../../api/types.js';
import type { IconName } from '../../components/Icon.js';
import { StatusChip, type Tone } from '../../components/StatusChip.js';

const STATUS: Record<MyCredentialView['status'], { label: string; tone: Tone; icon: IconName }> = {
  valid: { label: 'Valid', tone: 'success', icon: 'check' },
  revoked: { label: 'Revoked', tone: 'danger', icon: 'x' },
  suspended: { label: 'Suspended', tone: 'warning', icon: 'alert' },
  expired: { label: 'Expired', tone: 'neutral', icon: 'clock' },
};

export function CredentialStatusChip({ status }: { status: MyCredentialView['status'] }) {
  const s = STATUS[status];
  return (
    <StatusChip tone={s.tone} icon={s.icon}>
      {s.label}
    </StatusChip>
  );
}
