import type { MyCredentialView } from '../../api/types.js';
import type { IconName } from '../../components/Icon.js';
import { StatusChip, type Tone } from '../../components/StatusChip.js';
import { formatDate } from '../../lib/format.js';

export type CredentialStatusId = MyCredentialView['status'];

const STATUS: Record<CredentialStatusId, { label: string; tone: Tone; icon: IconName }> = {
  valid: { label: 'Valid', tone: 'success', icon: 'check' },
  revoked: { label: 'Revoked', tone: 'danger', icon: 'x' },
  suspended: { label: 'Suspended', tone: 'warning', icon: 'alert' },
  expired: { label: 'Expired', tone: 'neutral', icon: 'clock' },
};

export const credentialStatusLabel = (status: CredentialStatusId) => STATUS[status].label;

export function CredentialStatusChip({ status }: { status: CredentialStatusId }) {
  const s = STATUS[status];
  return (
    <StatusChip tone={s.tone} icon={s.icon}>
      {s.label}
    </StatusChip>
  );
}

/**
 * One line saying where a credential stands and until when, in words (the chip gives the
 * status; this gives the consequence): "Valid until Mar 3, 2027", "Never expires", "Expired on…".
 */
export function validityText(
  status: CredentialStatusId,
  validUntil: string | null | undefined,
  now: Date = new Date(),
): string {
  if (!validUntil) return status === 'revoked' ? 'Revoked for good' : 'Never expires';
  const until = formatDate(validUntil);
  if (status === 'expired' || new Date(validUntil).getTime() <= now.getTime()) return `Expired on ${until}`;
  return `Valid until ${until}`;
}

/** Why the issuer revoked or suspended it, for the statuses that carry a reason. */
export function statusReasonText(
  status: CredentialStatusId,
  reason: string | null | undefined,
): string | null {
  if (status !== 'revoked' && status !== 'suspended') return null;
  const why = reason?.trim();
  const verb = status === 'revoked' ? 'Revoked by the issuer' : 'Suspended by the issuer';
  return why ? `${verb}: ${why}` : `${verb}.`;
}
