/** Funded seats: when a pool is open, which pool pays for a start, and what a pool has cost. */

export type PoolPhase = 'scheduled' | 'open' | 'closed';

/**
 * A pool is open from its first day through its last day (inclusive); no end means open-ended. A
 * pool closed before it started (its last day set before its first) is closed, not scheduled.
 */
export function poolPhase(pool: { startsOn: string; endsOn: string | null }, today: string): PoolPhase {
  if (pool.endsOn !== null && today > pool.endsOn) return 'closed';
  if (today < pool.startsOn) return 'scheduled';
  return 'open';
}

export type PoolCandidate = {
  id: string;
  /** 0 for the educator's own school, 1 for its district, 2 for the state. */
  depth: number;
  remaining: number;
  endsOn: string | null;
};

/**
 * The order to try pools in: the nearest organization first (school, then district, then state);
 * between pools of one organization, the one ending soonest, so seats that would lapse are used.
 */
export function poolOrder(candidates: readonly PoolCandidate[]): PoolCandidate[] {
  return [...candidates].sort(
    (a, b) =>
      a.depth - b.depth ||
      (a.endsOn ?? '9999-12-31').localeCompare(b.endsOn ?? '9999-12-31') ||
      a.id.localeCompare(b.id),
  );
}

/** The pool that pays: the first in `poolOrder` with a seat left, or null when all are full. */
export function choosePool(candidates: readonly PoolCandidate[]): PoolCandidate | null {
  return poolOrder(candidates).find((c) => c.remaining > 0) ?? null;
}

export type SeatCounts = { total: number; used: number; earned: number };
export type SeatUsage = SeatCounts & {
  inProgress: number;
  remaining: number;
  /** Seats used × cost per seat. */
  spentCents: number;
  /** All seats × cost per seat: what the pool commits. */
  budgetCents: number;
  /** Spent ÷ earned, rounded to the cent; null until someone earns. */
  costPerEarnedCents: number | null;
};

/** Seats used and left, and what each earned micro-credential cost. */
export function seatUsage(c: SeatCounts, costCents: number): SeatUsage {
  const spentCents = c.used * costCents;
  return {
    ...c,
    inProgress: c.used - c.earned,
    remaining: Math.max(0, c.total - c.used),
    spentCents,
    budgetCents: c.total * costCents,
    costPerEarnedCents: c.earned > 0 ? Math.round(spentCents / c.earned) : null,
  };
}

/** Adds usage of several pools (an organization's report); cost per earned from the sums. */
export function sumUsage(items: readonly SeatUsage[]): SeatUsage {
  const total = items.reduce((s, u) => s + u.total, 0);
  const used = items.reduce((s, u) => s + u.used, 0);
  const earned = items.reduce((s, u) => s + u.earned, 0);
  const spentCents = items.reduce((s, u) => s + u.spentCents, 0);
  return {
    total,
    used,
    earned,
    inProgress: used - earned,
    remaining: items.reduce((s, u) => s + u.remaining, 0),
    spentCents,
    budgetCents: items.reduce((s, u) => s + u.budgetCents, 0),
    costPerEarnedCents: earned > 0 ? Math.round(spentCents / earned) : null,
  };
}

/** Why a new seat count cannot be taken, or null when it can: never below seats already used. */
export function seatCountProblem(newTotal: number, used: number): string | null {
  if (newTotal < used)
    return `${used} ${used === 1 ? 'seat is' : 'seats are'} already used, so the pool needs at least ${used} seats.`;
  return null;
}
