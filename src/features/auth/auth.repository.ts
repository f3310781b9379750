import type { Queryable } from '../../db/database.js';
import type { Membership } from './auth-context.js';

/**
 * The account an address belongs to: its own address, or one of its linked addresses
 * (`user_emails`: a personal and a district address of one person).
 */
export async function findUserByEmail(db: Queryable, email: string) {
  const address = email.trim().toLowerCase();
  const own = await db.selectFrom('users').selectAll().where('email', '=', address).executeTakeFirst();
  if (own) return own;
  return db
    .selectFrom('user_emails as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .selectAll('u')
    .where('e.email', '=', address)
    .executeTakeFirst();
}

export const findUserById = (db: Queryable, id: string) =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

export async function listMemberships(db: Queryable, userId: string): Promise<Membership[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.org_id')
    .select(['m.org_id', 'm.role', 'o.name', 'o.kind', 'o.slug'])
    .where('m.user_id', '=', userId)
    .orderBy('o.name')
    .execute();
  return rows.map((r) => ({
    orgId: r.org_id,
    orgName: r.name,
    orgKind: r.kind,
    orgSlug: r.slug,
    role: r.role,
  }));
}

export const insertSession = (
  db: Queryable,
  row: { id: string; user_id: string; created_at: string; expires_at: string; last_seen_at: string },
) => db.insertInto('sessions').values(row).execute();

export const findSession = (db: Queryable, id: string) =>
  db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();

export const touchSession = (db: Queryable, id: string, at: string) =>
  db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();

export const deleteSession = (db: Queryable, id: string) =>
  db.deleteFrom('sessions').where('id', '=', id).execute();

export const recordLoginFailure = (
  db: Queryable,
  row: { id: string; email: string; ip: string; created_at: string },
) => db.insertInto('login_failures').values(row).execute();

export async function countLoginFailures(
  db: Queryable,
  column: 'email' | 'ip',
  value: string,
  since: string,
) {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(column, '=', value)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const clearLoginFailures = (db: Queryable, email: string) =>
  db.deleteFrom('login_failures').where('email', '=', email).execute();

export const deleteLoginFailure = (db: Queryable, id: string) =>
  db.deleteFrom('login_failures').where('id', '=', id).execute();

/** Marks a checked, failed guess with the address it came from. */
export const confirmLoginFailure = (db: Queryable, id: string, ip: string) =>
  db.updateTable('login_failures').set({ ip }).where('id', '=', id).execute();
