import type { SeatPoolView, SeatRedemptionView } from '../../contracts/seats.js';
import { poolPhase, seatUsage } from '../../domain/seat-pool.js';
import { holdsSeat } from './redeem-seat.js';
import type { PoolRow } from './seats.repository.js';

type Item = { pool_id: string; id: string; title: string | null; price_cents: number | null };

export function presentPool(
  p: Omit<PoolRow, 'org_kind'> & { org_kind: string },
  items: Item[],
  counts: { used: number; earned: number } | undefined,
  today: string,
): SeatPoolView {
  return {
    id: p.id,
    org: { id: p.org_id, name: p.org_name, kind: p.org_kind },
    name: p.name,
    microCredentials: items
      .filter((i) => i.pool_id === p.id)
      .map((i) => ({ id: i.id, title: i.title ?? 'Untitled', priceCents: Number(i.price_cents ?? 0) })),
    totalSeats: Number(p.total_seats),
    costCents: Number(p.cost_cents),
    fundingSource: p.funding_source,
    startsOn: p.starts_on,
    endsOn: p.ends_on,
    phase: poolPhase({ startsOn: p.starts_on, endsOn: p.ends_on }, today),
    usage: seatUsage(
      { total: Number(p.total_seats), used: counts?.used ?? 0, earned: counts?.earned ?? 0 },
      Number(p.cost_cents),
    ),
  };
}

export function presentRedemption(r: {
  id: string;
  redeemed_at: string;
  released_at: string | null;
  user_id: string;
  user_name: string;
  user_email: string;
  mc_id: string;
  mc_title: string | null;
  submission_status: string | null;
}): SeatRedemptionView {
  return {
    id: r.id,
    person: { id: r.user_id, name: r.user_name, email: r.user_email },
    microCredential: { id: r.mc_id, title: r.mc_title ?? 'Untitled' },
    redeemedAt: r.redeemed_at,
    state: !holdsSeat(r) ? 'released' : r.submission_status === 'earned' ? 'earned' : 'in_progress',
  };
}
