import type { SeatReportView, SeatUsageView } from '../../contracts/seats.js';
import { sumUsage } from '../../domain/seat-pool.js';
import type { Deps } from '../../server/deps.js';
import type { Auth } from '../auth/auth-context.js';
import { poolOrgs, presentPools } from './manage-seat-pools.js';
import * as repo from './seats.repository.js';

/** Seats bought, used, earned and left, per organization and in all, with cost per earned. */
export async function seatReport(deps: Deps, auth: Auth | null, orgId?: string): Promise<SeatReportView> {
  const orgs = await poolOrgs(deps.db, auth, orgId);
  const pools = await presentPools(
    deps.db,
    await repo.poolsOf(deps.db, orgs),
    deps.clock.now().toISOString().slice(0, 10),
  );
  const byOrg = new Map<string, { id: string; name: string; kind: string; usages: SeatUsageView[] }>();
  for (const p of pools) {
    const entry = byOrg.get(p.org.id) ?? { ...p.org, usages: [] };
    entry.usages.push(p.usage);
    byOrg.set(p.org.id, entry);
  }
  return {
    totals: sumUsage(pools.map((p) => p.usage)),
    orgs: [...byOrg.values()]
      .map(({ usages, ...o }) => ({ ...o, pools: usages.length, usage: sumUsage(usages) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    pools,
  };
}
