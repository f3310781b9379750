import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import { choosePool, poolOrder } from '../../domain/seat-pool.js';
import { AppError } from '../../server/errors.js';
import { educatorOrgChain } from './org-chain.js';
import * as repo from './seats.repository.js';

export type SeatStart = {
  userId: string;
  microCredentialId: string;
  submissionId: string;
  /** What the micro-credential costs the educator; 0 for free ones. */
  priceCents: number;
  /** The educator accepted paying themselves when no funded seat is left. */
  selfPay: boolean;
  /** The day (UTC) pools are open on, and the time of the start. */
  today: string;
  at: string;
};

export type SeatTaken = { poolId: string; orgName: string; fundingSource: string | null };

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/** A redemption no longer holds its seat once given back or its submission was withdrawn. */
export const holdsSeat = (r: { released_at: string | null; submission_status: string | null }) =>
  r.released_at === null && r.submission_status !== 'withdrawn';

/**
 * Takes a funded seat for a start, in the start's transaction: from an open pool of the nearest
 * organization the educator belongs to (school, district, state) that covers the micro-credential
 * and has a seat left. The pools' rows are locked before seats are counted, so two people never
 * take the last seat. When every covering pool is full, a free micro-credential starts unfunded
 * (the pool only tracked a budget), while a paid one is refused with NO_SEATS_LEFT unless the
 * educator said they will pay themselves.
 */
export async function redeemSeatOnStart(trx: Queryable, s: SeatStart): Promise<SeatTaken | null> {
  const chain = await educatorOrgChain(trx, s.userId);
  if (!chain.length) return null;
  const pools = await repo.coveringPools(
    trx,
    chain.map((c) => c.id),
    s.microCredentialId,
    s.today,
  );
  if (!pools.length) return null;
  const depthOf = new Map(chain.map((c) => [c.id, c.depth]));
  const mine = new Map(
    (await repo.redemptionsOf(trx, s.userId, s.microCredentialId)).map((r) => [r.pool_id, r]),
  );
  // A pool this person already used a seat of (and kept it) does not pay for them twice.
  const usable = pools.filter((p) => {
    const r = mine.get(p.id);
    return !r || !holdsSeat(r);
  });
  const ordered = poolOrder(
    usable.map((p) => ({ id: p.id, depth: depthOf.get(p.org_id) ?? 99, remaining: 0, endsOn: p.ends_on })),
  );
  const candidates = [];
  for (const c of ordered) {
    await repo.lockPool(trx, c.id);
    const pool = usable.find((p) => p.id === c.id)!;
    candidates.push({ ...c, remaining: pool.total_seats - (await repo.usedSeats(trx, c.id)) });
  }
  const chosen = choosePool(candidates);
  if (chosen) {
    const pool = usable.find((p) => p.id === chosen.id)!;
    const prior = mine.get(chosen.id);
    if (prior) {
      await trx
        .updateTable('seat_redemptions')
        .set({ submission_id: s.submissionId, redeemed_at: s.at, released_at: null })
        .where('id', '=', prior.id)
        .execute();
    } else {
      await trx
        .insertInto('seat_redemptions')
        .values({
          id: randomUUID(),
          pool_id: chosen.id,
          user_id: s.userId,
          micro_credential_id: s.microCredentialId,
          submission_id: s.submissionId,
          redeemed_at: s.at,
          released_at: null,
        })
        .execute();
    }
    return { poolId: pool.id, orgName: pool.org_name, fundingSource: pool.funding_source };
  }
  if (s.priceCents > 0 && !s.selfPay) {
    const orgs = [...new Set(pools.map((p) => p.org_name))];
    throw new AppError(
      'NO_SEATS_LEFT',
      usable.length
        ? `Every seat ${orgs.join(' and ')} funds for this micro-credential is taken. You can still start it and pay ${dollars(s.priceCents)} yourself, or ask about more seats.`
        : `You have already used your funded seat for this micro-credential. You can start it again and pay ${dollars(s.priceCents)} yourself.`,
      { priceCents: s.priceCents, funders: orgs },
    );
  }
  return null;
}
