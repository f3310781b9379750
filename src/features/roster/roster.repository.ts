import { PostgresAdapter } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { OrganizationKind, RosterRole } from '../../db/schema.js';
import type { ExistingEntry } from '../../domain/roster-plan.js';

export type TreeOrg = {
  id: string;
  kind: OrganizationKind;
  name: string;
  slug: string;
  parent_id: string | null;
  external_id: string | null;
};

export type StoredEntry = ExistingEntry & { schoolId: string | null; role: RosterRole };

/** Rows per INSERT / IN list: far below SQLite's and PostgreSQL's parameter limits. */
export const CHUNK = 100;

export function chunks<T>(xs: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

const ORG_COLUMNS = ['id', 'kind', 'name', 'slug', 'parent_id', 'external_id'] as const;

export async function findOrg(db: Queryable, idOrSlug: string): Promise<TreeOrg | undefined> {
  return db
    .selectFrom('organizations')
    .select(ORG_COLUMNS)
    .where((eb) => eb.or([eb('id', '=', idOrSlug), eb('slug', '=', idOrSlug)]))
    .executeTakeFirst();
}

/** The organization and everything below it. */
export async function subtree(db: Queryable, root: TreeOrg): Promise<TreeOrg[]> {
  const all = [root];
  let frontier = [root.id];
  while (frontier.length) {
    const children = await db
      .selectFrom('organizations')
      .select(ORG_COLUMNS)
      .where('parent_id', 'in', frontier)
      .execute();
    all.push(...children);
    frontier = children.map((c) => c.id);
  }
  return all;
}

/** The organization and its ancestors' ids. */
export async function lineageIds(db: Queryable, orgId: string): Promise<string[]> {
  const ids: string[] = [];
  let next: string | null = orgId;
  while (next && ids.length < 10) {
    ids.push(next);
    const row: { parent_id: string | null } | undefined = await db
      .selectFrom('organizations')
      .select('parent_id')
      .where('id', '=', next)
      .executeTakeFirst();
    next = row?.parent_id ?? null;
  }
  return ids;
}

/** An organization outside the tree whose external id is `ref`, for "belongs elsewhere" messages. */
export async function orgWithExternalId(db: Queryable, ref: string) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('external_id', '=', ref)
    .executeTakeFirst();
}

/**
 * Locks the organization's row until the transaction ends, so two roster imports into it run one
 * after the other (PostgreSQL; SQLite already runs one writing transaction at a time).
 */
export async function lockOrg(db: Queryable, orgId: string) {
  const q = db.selectFrom('organizations').select('id').where('id', '=', orgId);
  await (db.getExecutor().adapter instanceof PostgresAdapter ? q.forUpdate() : q).execute();
}

export async function loadEntries(db: Queryable, orgId: string): Promise<Map<string, StoredEntry>> {
  const rows = await db
    .selectFrom('roster_entries')
    .select(['source_id', 'user_id', 'fingerprint', 'status', 'school_id', 'role'])
    .where('org_id', '=', orgId)
    .execute();
  return new Map(
    rows.map((r) => [
      r.source_id,
      {
        sourceId: r.source_id,
        userId: r.user_id,
        fingerprint: r.fingerprint,
        status: r.status,
        schoolId: r.school_id,
        role: r.role,
      },
    ]),
  );
}

/** Accounts by email (their sign-in email or a linked one), for the given lower-cased emails. */
export async function usersByEmail(
  db: Queryable,
  emails: string[],
): Promise<Map<string, { id: string; status: string; hasPassword: boolean }>> {
  const found = new Map<string, { id: string; status: string; hasPassword: boolean }>();
  for (const part of chunks(emails, 500)) {
    const direct = await db
      .selectFrom('users')
      .select(['id', 'email', 'status', 'password_hash'])
      .where('email', 'in', part)
      .execute();
    for (const u of direct)
      found.set(u.email.toLowerCase(), { id: u.id, status: u.status, hasPassword: !!u.password_hash });
    const rest = part.filter((e) => !found.has(e));
    if (!rest.length) continue;
    const linked = await db
      .selectFrom('user_emails as e')
      .innerJoin('users as u', 'u.id', 'e.user_id')
      .select(['e.email', 'u.id', 'u.status', 'u.password_hash'])
      .where('e.email', 'in', rest)
      .execute();
    for (const u of linked)
      found.set(u.email.toLowerCase(), { id: u.id, status: u.status, hasPassword: !!u.password_hash });
  }
  return found;
}

export type Account = { id: string; status: string; hasPassword: boolean; governed: boolean };

/**
 * The accounts with these ids, and whether the importing organization governs each: every
 * membership of the account lies in its tree (`treeIds`), or it has none and the organization's
 * roster brought it in (it has a roster entry of `orgId`). Only governed accounts may be renamed or
 * brought back by the roster; others only gain a membership.
 */
export async function accountsById(
  db: Queryable,
  ids: string[],
  orgId: string,
  treeIds: ReadonlySet<string>,
): Promise<Map<string, Account>> {
  const found = new Map<string, Account>();
  for (const part of chunks([...new Set(ids)], 500)) {
    const users = await db
      .selectFrom('users')
      .select(['id', 'status', 'password_hash'])
      .where('id', 'in', part)
      .execute();
    const memberships = await db
      .selectFrom('memberships')
      .select(['user_id', 'org_id'])
      .where('user_id', 'in', part)
      .execute();
    const rostered = await db
      .selectFrom('roster_entries')
      .select('user_id')
      .where('user_id', 'in', part)
      .where('org_id', '=', orgId)
      .execute();
    const inside = new Map<string, boolean>();
    for (const m of memberships)
      inside.set(m.user_id, (inside.get(m.user_id) ?? true) && treeIds.has(m.org_id));
    const ours = new Set(rostered.map((r) => r.user_id));
    for (const u of users)
      found.set(u.id, {
        id: u.id,
        status: u.status,
        hasPassword: !!u.password_hash,
        governed: inside.get(u.id) ?? ours.has(u.id),
      });
  }
  return found;
}

export async function listImports(db: Queryable, orgId: string, limit: number) {
  return db
    .selectFrom('roster_imports as i')
    .leftJoin('users as u', 'u.id', 'i.actor_id')
    .select([
      'i.id',
      'i.org_id',
      'i.file_name',
      'i.format',
      'i.dry_run',
      'i.created_at',
      'i.created',
      'i.changed',
      'i.unchanged',
      'i.deactivated',
      'i.rejected',
      'i.report',
      'u.name as actor_name',
    ])
    .where('i.org_id', '=', orgId)
    .orderBy('i.created_at', 'desc')
    .limit(limit)
    .execute();
}
