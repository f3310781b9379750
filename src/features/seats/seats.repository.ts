import { sql } from 'kysely';
import type { Queryable } from '../../db/database.js';

export const findPool = (db: Queryable, id: string) =>
  db
    .selectFrom('seat_pools as p')
    .innerJoin('organizations as o', 'o.id', 'p.org_id')
    .selectAll('p')
    .select(['o.name as org_name', 'o.kind as org_kind'])
    .where('p.id', '=', id)
    .executeTakeFirst();

export type PoolRow = NonNullable<Awaited<ReturnType<typeof findPool>>>;

export const poolsOf = (db: Queryable, orgIds: string[] | 'all') => {
  let q = db
    .selectFrom('seat_pools as p')
    .innerJoin('organizations as o', 'o.id', 'p.org_id')
    .selectAll('p')
    .select(['o.name as org_name', 'o.kind as org_kind']);
  if (orgIds !== 'all') q = q.where('p.org_id', 'in', orgIds.length ? orgIds : ['']);
  return q.orderBy('p.starts_on', 'desc').orderBy('p.name').execute();
};

/** The micro-credentials each pool covers, with their current title and price. */
export const poolItems = (db: Queryable, poolIds: string[]) =>
  db
    .selectFrom('seat_pool_items as i')
    .innerJoin('micro_credentials as m', 'm.id', 'i.micro_credential_id')
    .leftJoin('micro_credential_versions as v', 'v.id', 'm.current_version_id')
    .select(['i.pool_id', 'm.id', 'm.slug', 'v.title', 'v.price_cents'])
    .where('i.pool_id', 'in', poolIds.length ? poolIds : [''])
    .orderBy('v.title')
    .execute();

/**
 * Seats in use per pool: redemptions not given back whose submission was not withdrawn (a
 * withdrawal before earning releases the seat), and how many of those were earned.
 */
export async function poolCounts(db: Queryable, poolIds: string[]) {
  const rows = await db
    .selectFrom('seat_redemptions as r')
    .leftJoin('submissions as s', 's.id', 'r.submission_id')
    .select([
      'r.pool_id',
      sql<number>`count(*)`.as('used'),
      sql<number>`coalesce(sum(case when s.status = 'earned' then 1 else 0 end), 0)`.as('earned'),
    ])
    .where('r.pool_id', 'in', poolIds.length ? poolIds : [''])
    .where('r.released_at', 'is', null)
    .where((eb) => eb.or([eb('s.id', 'is', null), eb('s.status', '!=', 'withdrawn')]))
    .groupBy('r.pool_id')
    .execute();
  return new Map(rows.map((r) => [r.pool_id, { used: Number(r.used), earned: Number(r.earned) }]));
}

export async function usedSeats(db: Queryable, poolId: string): Promise<number> {
  return (await poolCounts(db, [poolId])).get(poolId)?.used ?? 0;
}

/**
 * Takes the pool's row lock (a no-op update), so two starts competing for its last seat count one
 * after the other: on PostgreSQL the second waits here and then counts the first one's seat.
 */
export const lockPool = (db: Queryable, poolId: string) =>
  db
    .updateTable('seat_pools')
    .set((eb) => ({ total_seats: eb.ref('total_seats') }))
    .where('id', '=', poolId)
    .execute();

/** Open pools of these organizations that cover a micro-credential. */
export const coveringPools = (db: Queryable, orgIds: string[], microCredentialId: string, today: string) =>
  db
    .selectFrom('seat_pools as p')
    .innerJoin('seat_pool_items as i', 'i.pool_id', 'p.id')
    .innerJoin('organizations as o', 'o.id', 'p.org_id')
    .select(['p.id', 'p.org_id', 'p.total_seats', 'p.ends_on', 'p.funding_source', 'o.name as org_name'])
    .where('i.micro_credential_id', '=', microCredentialId)
    .where('p.org_id', 'in', orgIds.length ? orgIds : [''])
    .where('p.starts_on', '<=', today)
    .where((eb) => eb.or([eb('p.ends_on', 'is', null), eb('p.ends_on', '>=', today)]))
    .execute();

/** A person's redemptions, with the state of the submission each one paid for. */
export const redemptionsOf = (db: Queryable, userId: string, microCredentialId?: string) => {
  let q = db
    .selectFrom('seat_redemptions as r')
    .leftJoin('submissions as s', 's.id', 'r.submission_id')
    .select(['r.id', 'r.pool_id', 'r.micro_credential_id', 'r.released_at', 's.status as submission_status'])
    .where('r.user_id', '=', userId);
  if (microCredentialId) q = q.where('r.micro_credential_id', '=', microCredentialId);
  return q.execute();
};

export const redemptionsOfPool = (db: Queryable, poolId: string) =>
  db
    .selectFrom('seat_redemptions as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .innerJoin('micro_credentials as m', 'm.id', 'r.micro_credential_id')
    .leftJoin('micro_credential_versions as v', 'v.id', 'm.current_version_id')
    .leftJoin('submissions as s', 's.id', 'r.submission_id')
    .select([
      'r.id',
      'r.redeemed_at',
      'r.released_at',
      'u.id as user_id',
      'u.name as user_name',
      'u.email as user_email',
      'm.id as mc_id',
      'm.slug as mc_slug',
      'v.title as mc_title',
      's.status as submission_status',
    ])
    .where('r.pool_id', '=', poolId)
    .orderBy('r.redeemed_at', 'desc')
    .execute();
