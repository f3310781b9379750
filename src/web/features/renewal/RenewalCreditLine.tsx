import { Icon } from '../../components/Icon.js';
import { hoursText, useRenewalHours } from './renewal-api.js';

/**
 * "Counts for N hours toward your renewal", for the signed-in educator, when it does; nothing when
 * nobody is signed in, there is no license or policy, or the micro-credential would not count.
 */
export function RenewalCreditLine({
  microCredentialId,
  className = '',
}: {
  microCredentialId: string;
  className?: string;
}) {
  const hours = useRenewalHours().data?.hours[microCredentialId];
  if (!hours) return null;
  return (
    <p className={`flex items-center gap-1.5 text-sm font-medium text-emerald-800 ${className}`}>
      <Icon name="check" className="h-4 w-4 shrink-0" />
      Counts for {hoursText(hours)} toward your renewal
    </p>
  );
}
