import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  AdminDataRequestView,
  CreateDataRequestBody,
  DataRequestView,
} from '../../contracts/privacy.js';
import type { Queryable } from '../../db/database.js';
import type { DataRequestsTable, DataRequestStatus } from '../../db/schema.js';
import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import { isPlatformAdmin, requireAuth, type Auth } from '../auth/auth-context.js';
import { notify } from '../notifications/notify.js';

export const presentRequest = (r: DataRequestsTable): DataRequestView => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  reason: r.reason,
  createdAt: r.created_at,
  completedAt: r.completed_at,
});

export function requirePlatformAdmin(auth: Auth | null) {
  const a = requireAuth(auth);
  if (!isPlatformAdmin(a))
    throw new AppError('FORBIDDEN', 'Only platform admins handle requests to delete account data.');
  return a;
}

/** Submissions waiting for or under review hold a deletion back until they are decided. */
export const UNDER_REVIEW = ['submitted', 'in_review'] as const;

/**
 * Takes the user's row lock for the rest of the transaction (a no-op update), so two requests
 * made at once queue up and the second sees the first.
 */
const lockUser = (db: Queryable, userId: string) =>
  db
    .updateTable('users')
    .set((eb) => ({ status: eb.ref('status') }))
    .where('id', '=', userId)
    .execute();

/** Asks the platform admins to delete the user's account data; one request may wait at a time. */
export async function requestDeletion(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
  input: z.infer<typeof CreateDataRequestBody>,
): Promise<DataRequestView> {
  const a = requireAuth(auth);
  const at = clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
    await lockUser(trx, a.userId);
    const pending = await trx
      .selectFrom('data_requests')
      .select('id')
      .where('user_id', '=', a.userId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (pending)
      throw new AppError(
        'ALREADY_EXISTS',
        'You already have a request waiting. Cancel it first if you want to change it.',
      );
    const row: DataRequestsTable = {
      id: randomUUID(),
      user_id: a.userId,
      kind: input.kind,
      status: 'pending',
      reason: input.reason?.trim() || null,
      created_at: at,
      completed_at: null,
      completed_by: null,
    };
    await trx.insertInto('data_requests').values(row).execute();
    const admins = await trx
      .selectFrom('memberships')
      .select('user_id')
      .distinct()
      .where('role', '=', 'platform_admin')
      .execute();
    for (const admin of admins)
      await notify(trx, at, {
        userId: admin.user_id,
        kind: 'data_request',
        title: 'Someone asked for their account data to be deleted',
        body: 'A request to delete account data is waiting for a platform admin.',
        link: '/admin/data-requests',
      });
    return presentRequest(row);
  });
}

export async function listMyRequests({ db }: Pick<Deps, 'db'>, auth: Auth | null) {
  const a = requireAuth(auth);
  const rows = await db
    .selectFrom('data_requests')
    .selectAll()
    .where('user_id', '=', a.userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return { items: rows.map(presentRequest) };
}

/** Withdraws the user's own request while it is still waiting; anyone else's is "not found". */
export async function cancelRequest(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
  id: string,
): Promise<DataRequestView> {
  const a = requireAuth(auth);
  const row = await db
    .selectFrom('data_requests')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', a.userId)
    .executeTakeFirst();
  if (!row) throw notFound('That request');
  const done = await db
    .updateTable('data_requests')
    .set({ status: 'cancelled', completed_at: clock.now().toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) !== 1)
    throw new AppError(
      'INVALID_STATE',
      row.status === 'completed'
        ? 'This request has been carried out; it can no longer be cancelled.'
        : 'This request was already cancelled.',
    );
  return presentRequest({ ...row, status: 'cancelled', completed_at: clock.now().toISOString() });
}

const adminRows = (db: Queryable) =>
  db
    .selectFrom('data_requests as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .selectAll('r')
    .select([
      'u.name',
      'u.email',
      (eb) =>
        eb
          .selectFrom('submissions as s')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('s.educator_id', '=', 'r.user_id')
          .where('s.status', 'in', UNDER_REVIEW)
          .as('under_review'),
      (eb) =>
        eb
          .selectFrom('credentials as c')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('c.educator_id', '=', 'r.user_id')
          .as('credentials'),
    ]);

const presentForAdmin = (
  r: Awaited<ReturnType<ReturnType<typeof adminRows>['execute']>>[number],
): AdminDataRequestView => ({
  ...presentRequest(r),
  user: { id: r.user_id, name: r.name, email: r.email },
  workUnderReview: Number(r.under_review ?? 0),
  credentials: Number(r.credentials ?? 0),
});

/** Requests for the platform admins (waiting ones oldest first), with what stands in the way of each. */
export async function listRequestsForAdmin(
  { db }: Pick<Deps, 'db'>,
  auth: Auth | null,
  status: DataRequestStatus,
): Promise<{ items: AdminDataRequestView[] }> {
  requirePlatformAdmin(auth);
  const rows = await adminRows(db)
    .where('r.status', '=', status)
    .orderBy('r.created_at', status === 'pending' ? 'asc' : 'desc')
    .orderBy('r.id')
    .limit(500)
    .execute();
  return { items: rows.map(presentForAdmin) };
}

/** One request as the platform admins see it. */
export const requestForAdmin = async (db: Queryable, id: string) =>
  presentForAdmin((await adminRows(db).where('r.id', '=', id).executeTakeFirst())!);
