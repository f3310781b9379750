import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import type { CreateSeatPoolBody, SeatPoolView, UpdateSeatPoolBody } from '../../contracts/seats.js';
import { addDays } from '../../domain/due-status.js';
import { seatCountProblem } from '../../domain/seat-pool.js';
import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';
import { adminScope, inScope } from '../orgs/org-scope.js';
import { orgSubtree } from '../orgs/org-scope.js';
import { presentPool } from './seats.presenter.js';
import * as repo from './seats.repository.js';

const FUNDERS = new Set(['state', 'district', 'school']);
const todayOf = (d: Date) => d.toISOString().slice(0, 10);

/** The organizations whose pools an admin sees: one subtree when asked, else all they look after. */
export async function poolOrgs(db: Queryable, auth: Auth | null, orgId?: string): Promise<string[] | 'all'> {
  const scope = await adminScope(db, auth);
  if (orgId) {
    if (!inScope(scope, orgId)) throw notFound('That organization');
    return [...(await orgSubtree(db, orgId))];
  }
  return scope.all ? 'all' : [...scope.ids];
}

/** Pools as views, with their micro-credentials and seats used. */
export async function presentPools(
  db: Queryable,
  rows: repo.PoolRow[],
  today: string,
): Promise<SeatPoolView[]> {
  const ids = rows.map((r) => r.id);
  const [items, counts] = await Promise.all([repo.poolItems(db, ids), repo.poolCounts(db, ids)]);
  return rows.map((r) => presentPool(r, items, counts.get(r.id), today));
}

export async function listSeatPools(deps: Deps, auth: Auth | null, orgId?: string) {
  const orgs = await poolOrgs(deps.db, auth, orgId);
  return presentPools(deps.db, await repo.poolsOf(deps.db, orgs), todayOf(deps.clock.now()));
}

/** A pool the admin looks after, or NOT_FOUND. */
async function poolInScope(db: Queryable, auth: Auth | null, id: string) {
  const scope = await adminScope(db, auth);
  const pool = await repo.findPool(db, id);
  if (!pool || !inScope(scope, pool.org_id)) throw notFound('That seat pool');
  return pool;
}

export async function createSeatPool(deps: Deps, auth: Auth | null, body: CreateSeatPoolBody) {
  const a = requireAuth(auth);
  const scope = await adminScope(deps.db, a);
  if (!inScope(scope, body.orgId)) throw notFound('That organization');
  const org = await deps.db
    .selectFrom('organizations')
    .select('kind')
    .where('id', '=', body.orgId)
    .executeTakeFirst();
  if (!org) throw notFound('That organization');
  if (!FUNDERS.has(org.kind))
    throw new AppError('VALIDATION_FAILED', 'Seats are funded by a state, a district or a school.', [
      { path: 'orgId', message: 'Choose a state, district or school.' },
    ]);
  const mcIds = [...new Set(body.microCredentialIds)];
  const mcs = await deps.db
    .selectFrom('micro_credentials')
    .select(['id', 'status'])
    .where('id', 'in', mcIds)
    .execute();
  const startable = new Set(mcs.filter((m) => m.status === 'published').map((m) => m.id));
  const refused = mcIds.filter((id) => !startable.has(id));
  if (refused.length)
    throw new AppError(
      'VALIDATION_FAILED',
      'Seats can only cover published micro-credentials; remove the ones that are not.',
      refused.map((id) => ({
        path: `microCredentialIds.${mcIds.indexOf(id)}`,
        message: 'Not a published micro-credential.',
      })),
    );
  const id = randomUUID();
  const at = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('seat_pools')
      .values({
        id,
        org_id: body.orgId,
        name: body.name,
        total_seats: body.totalSeats,
        cost_cents: body.costCents,
        funding_source: body.fundingSource || null,
        starts_on: body.startsOn,
        ends_on: body.endsOn ?? null,
        created_by: a.userId,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await trx
      .insertInto('seat_pool_items')
      .values(mcIds.map((m) => ({ pool_id: id, micro_credential_id: m })))
      .execute();
  });
  return (await presentPools(deps.db, [(await repo.findPool(deps.db, id))!], todayOf(deps.clock.now())))[0]!;
}

/** Renames, resizes (never below the seats used), moves the last day, or closes a pool today. */
export async function updateSeatPool(deps: Deps, auth: Auth | null, id: string, body: UpdateSeatPoolBody) {
  const pool = await poolInScope(deps.db, auth, id);
  const now = deps.clock.now();
  const endsOn = body.close
    ? addDays(todayOf(now), -1)
    : body.endsOn === undefined
      ? pool.ends_on
      : body.endsOn;
  if (!body.close && endsOn !== null && endsOn < pool.starts_on)
    throw new AppError('VALIDATION_FAILED', 'The last day cannot be before the first day.', [
      { path: 'endsOn', message: `Choose ${pool.starts_on} or later.` },
    ]);
  await deps.db.transaction().execute(async (trx) => {
    if (body.totalSeats !== undefined) {
      // Counted under the pool's lock, so a start cannot slip in between the check and the change.
      await repo.lockPool(trx, id);
      const used = await repo.usedSeats(trx, id);
      const problem = seatCountProblem(body.totalSeats, used);
      if (problem) throw new AppError('INVALID_STATE', problem, { used, asked: body.totalSeats });
    }
    await trx
      .updateTable('seat_pools')
      .set({
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.totalSeats !== undefined ? { total_seats: body.totalSeats } : {}),
        ...(body.fundingSource !== undefined ? { funding_source: body.fundingSource || null } : {}),
        ends_on: endsOn,
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
  });
  return (await presentPools(deps.db, [(await repo.findPool(deps.db, id))!], todayOf(now)))[0]!;
}

export async function listRedemptions(deps: Deps, auth: Auth | null, poolId: string) {
  await poolInScope(deps.db, auth, poolId);
  return repo.redemptionsOfPool(deps.db, poolId);
}
