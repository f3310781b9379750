import { Icon } from '../../components/Icon.js';
import { useMySeats } from '../seats/seats-api.js';

/**
 * "A seat funded by Riverside Unified School District covers this" beside the start button, when
 * one of the educator's organizations funds this micro-credential for them.
 */
export function FundedSeatNote({ microCredentialId }: { microCredentialId: string }) {
  const seats = useMySeats();
  const seat = seats.data?.items.find((s) => s.microCredentialId === microCredentialId);
  if (!seat) return null;
  const source = seat.fundingSource ? ` (${seat.fundingSource})` : '';
  const text = seat.redeemed
    ? `You are using a seat funded by ${seat.orgName}${source}.`
    : seat.seatsLeft > 0
      ? `A seat funded by ${seat.orgName} covers this${source}. Starting takes one of ${seat.seatsLeft} left.`
      : `Every seat ${seat.orgName} funds for this is taken.`;
  return (
    <p className="flex items-start gap-2 text-sm text-slate-800" data-testid="funded-seat">
      <Icon
        name={seat.seatsLeft > 0 || seat.redeemed ? 'award' : 'info'}
        className="mt-0.5 h-4 w-4 shrink-0 text-emerald-700"
      />
      <span>{text}</span>
    </p>
  );
}
