import type { Queryable } from '../../db/database.js';

export type ChainOrg = { id: string; name: string; depth: number };

/**
 * The organizations an educator belongs to, nearest first: their schools (depth 0), then each
 * school's district (1), then the state (2). An organization reached two ways keeps its nearest depth.
 */
export async function educatorOrgChain(db: Queryable, userId: string): Promise<ChainOrg[]> {
  const own = await db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.org_id')
    .select(['o.id', 'o.name', 'o.parent_id'])
    .where('m.user_id', '=', userId)
    .where('m.role', '=', 'educator')
    .execute();
  const seen = new Map<string, ChainOrg>();
  let frontier: { id: string; name: string; parent_id: string | null }[] = own;
  for (let depth = 0; frontier.length; depth++) {
    const next: string[] = [];
    for (const o of frontier) {
      if (seen.has(o.id)) continue;
      seen.set(o.id, { id: o.id, name: o.name, depth });
      if (o.parent_id) next.push(o.parent_id);
    }
    if (!next.length) break;
    const parents = await db
      .selectFrom('organizations')
      .select(['id', 'name', 'parent_id', 'kind'])
      .where('id', 'in', next)
      .execute();
    // Funding comes from schools, districts and states, never from the platform above them.
    frontier = parents.filter((p) => p.kind !== 'platform');
  }
  return [...seen.values()].sort((a, b) => a.depth - b.depth);
}
