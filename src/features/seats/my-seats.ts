import type { MySeatView } from '../../contracts/seats.js';
import { poolOrder } from '../../domain/seat-pool.js';
import type { Deps } from '../../server/deps.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';
import { educatorOrgChain } from './org-chain.js';
import { holdsSeat } from './redeem-seat.js';
import * as repo from './seats.repository.js';

/**
 * The micro-credentials an organization funds for the signed-in educator today: the seat they
 * hold, or else the pool their start would draw on (nearest organization with a seat left).
 */
export async function mySeats(deps: Deps, auth: Auth | null): Promise<MySeatView[]> {
  const a = requireAuth(auth);
  const chain = await educatorOrgChain(deps.db, a.userId);
  if (!chain.length) return [];
  const today = deps.clock.now().toISOString().slice(0, 10);
  const depthOf = new Map(chain.map((c) => [c.id, c.depth]));
  const pools = await repo.poolsOf(
    deps.db,
    chain.map((c) => c.id),
  );
  const open = pools.filter((p) => p.starts_on <= today && (p.ends_on === null || p.ends_on >= today));
  const ids = open.map((p) => p.id);
  const [items, counts, mine] = await Promise.all([
    repo.poolItems(deps.db, ids),
    repo.poolCounts(deps.db, ids),
    repo.redemptionsOf(deps.db, a.userId),
  ]);
  const held = new Set(mine.filter(holdsSeat).map((r) => `${r.pool_id}:${r.micro_credential_id}`));
  const result = new Map<string, MySeatView>();
  const ordered = poolOrder(
    open.map((p) => ({
      id: p.id,
      depth: depthOf.get(p.org_id) ?? 99,
      remaining: Number(p.total_seats) - (counts.get(p.id)?.used ?? 0),
      endsOn: p.ends_on,
    })),
  );
  for (const c of ordered) {
    const pool = open.find((p) => p.id === c.id)!;
    for (const item of items.filter((i) => i.pool_id === c.id)) {
      const redeemed = held.has(`${c.id}:${item.id}`);
      const current = result.get(item.id);
      // A seat already held wins; else the nearest pool with a seat left; else the nearest at all.
      if (current?.redeemed || (current && current.seatsLeft > 0 && !redeemed)) continue;
      result.set(item.id, {
        microCredentialId: item.id,
        poolId: c.id,
        orgName: pool.org_name,
        fundingSource: pool.funding_source,
        redeemed,
        seatsLeft: Math.max(0, c.remaining),
      });
    }
  }
  return [...result.values()];
}
