import type { Queryable } from '../../db/database.js';
import type { OidcLoginsTable, OidcProvidersTable, UserIdentitiesTable } from '../../db/schema.js';

export type ProviderRow = OidcProvidersTable;

export const findProviderBySlug = (db: Queryable, slug: string) =>
  db.selectFrom('oidc_providers').selectAll().where('slug', '=', slug).executeTakeFirst();

export const findProviderById = (db: Queryable, id: string) =>
  db.selectFrom('oidc_providers').selectAll().where('id', '=', id).executeTakeFirst();

/** Providers with their organization's name; `orgIds` limits to those organizations (null: all). */
export function listProviders(db: Queryable, orgIds: string[] | null) {
  let q = db
    .selectFrom('oidc_providers as p')
    .innerJoin('organizations as o', 'o.id', 'p.org_id')
    .selectAll('p')
    .select('o.name as org_name')
    .orderBy('o.name')
    .orderBy('p.name');
  if (orgIds) {
    if (!orgIds.length) return Promise.resolve([]);
    q = q.where('p.org_id', 'in', orgIds);
  }
  return q.execute();
}

export const listEnabledProviders = (db: Queryable) =>
  db
    .selectFrom('oidc_providers')
    .select(['slug', 'name', 'kind'])
    .where('enabled', '=', 1)
    .orderBy('name')
    .execute();

export const insertProvider = (db: Queryable, row: ProviderRow) =>
  db.insertInto('oidc_providers').values(row).execute();

export const updateProvider = (db: Queryable, id: string, patch: Partial<ProviderRow>) =>
  db.updateTable('oidc_providers').set(patch).where('id', '=', id).execute();

export const insertLogin = (db: Queryable, row: OidcLoginsTable) =>
  db.insertInto('oidc_logins').values(row).execute();

export const findLogin = (db: Queryable, id: string) =>
  db.selectFrom('oidc_logins').selectAll().where('id', '=', id).executeTakeFirst();

/** Deletes a login; the caller that deleted it (1 row) is the only one allowed to finish it. */
export async function takeLogin(db: Queryable, id: string): Promise<boolean> {
  const res = await db.deleteFrom('oidc_logins').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

export const deleteExpiredLogins = (db: Queryable, now: string) =>
  db.deleteFrom('oidc_logins').where('expires_at', '<=', now).execute();

export const findIdentity = (db: Queryable, providerId: string, subject: string) =>
  db
    .selectFrom('user_identities')
    .selectAll()
    .where('provider_id', '=', providerId)
    .where('subject', '=', subject)
    .executeTakeFirst();

export const insertIdentity = (db: Queryable, row: UserIdentitiesTable) =>
  db.insertInto('user_identities').values(row).execute();

export const touchIdentity = (db: Queryable, id: string, at: string, email: string | null) =>
  db.updateTable('user_identities').set({ last_used_at: at, email }).where('id', '=', id).execute();

export const listIdentities = (db: Queryable, userId: string) =>
  db
    .selectFrom('user_identities as i')
    .innerJoin('oidc_providers as p', 'p.id', 'i.provider_id')
    .select([
      'i.id',
      'i.email',
      'i.created_at',
      'i.last_used_at',
      'p.slug as provider_slug',
      'p.name as provider_name',
      'p.kind as provider_kind',
    ])
    .where('i.user_id', '=', userId)
    .orderBy('i.created_at')
    .execute();

export const deleteIdentity = (db: Queryable, userId: string, id: string) =>
  db.deleteFrom('user_identities').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();

export const countIdentities = async (db: Queryable, userId: string) =>
  Number(
    (
      await db
        .selectFrom('user_identities')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const insertUserEmail = (
  db: Queryable,
  row: { email: string; user_id: string; verified_at: string; created_at: string },
) => db.insertInto('user_emails').values(row).execute();

export const listUserEmails = (db: Queryable, userId: string) =>
  db.selectFrom('user_emails').selectAll().where('user_id', '=', userId).orderBy('email').execute();

export const deleteUserEmail = (db: Queryable, userId: string, email: string) =>
  db.deleteFrom('user_emails').where('email', '=', email).where('user_id', '=', userId).executeTakeFirst();
