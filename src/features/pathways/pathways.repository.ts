import type { Queryable } from '../../db/database.js';
import type { PathwaysTable } from '../../db/schema.js';

const PATHWAY_COLUMNS = [
  'p.id',
  'p.org_id',
  'p.issuer_id',
  'p.slug',
  'p.title',
  'p.description',
  'p.rule',
  'p.required_count',
  'p.ordered',
  'p.role_title',
  'p.pay_step',
  'p.status',
  'o.name as org_name',
  'i.name as issuer_name',
] as const;

function pathways(db: Queryable) {
  return db
    .selectFrom('pathways as p')
    .innerJoin('organizations as o', 'o.id', 'p.org_id')
    .innerJoin('organizations as i', 'i.id', 'p.issuer_id')
    .select(PATHWAY_COLUMNS);
}
export type PathwayRow = Awaited<ReturnType<typeof findPathway>> & {};

export const findPathway = (db: Queryable, id: string) =>
  pathways(db).where('p.id', '=', id).executeTakeFirst();

/** A published or retired pathway (a retired one still describes the credentials it stacked). */
export const findPublicBySlug = (db: Queryable, slug: string) =>
  pathways(db).where('p.slug', '=', slug).where('p.status', '!=', 'draft').executeTakeFirst();

export const listPublished = (db: Queryable) =>
  pathways(db).where('p.status', '=', 'published').orderBy('p.title').execute();

/**
 * Pathways defined by these organizations or signed by these issuers (all of them when `orgIds` is
 * null): an issuer admin sees the drafts districts and states wrote for their issuer to publish.
 */
export function listDefinedBy(db: Queryable, orgIds: string[] | null, issuerIds: string[] = []) {
  let q = pathways(db);
  if (orgIds) {
    if (!orgIds.length && !issuerIds.length) return Promise.resolve([]);
    q = q.where((eb) =>
      eb.or([
        ...(orgIds.length ? [eb('p.org_id', 'in', orgIds)] : []),
        ...(issuerIds.length ? [eb('p.issuer_id', 'in', issuerIds)] : []),
      ]),
    );
  }
  return q.orderBy('p.status').orderBy('p.title').execute();
}

/** Items of these pathways, in order, with the current title of each micro-credential. */
export function itemsOf(db: Queryable, pathwayIds: string[]) {
  if (!pathwayIds.length) return Promise.resolve([]);
  return db
    .selectFrom('pathway_items as pi')
    .innerJoin('micro_credentials as m', 'm.id', 'pi.micro_credential_id')
    .innerJoin('organizations as o', 'o.id', 'm.issuer_id')
    .leftJoin('micro_credential_versions as v', 'v.id', 'm.current_version_id')
    .select([
      'pi.pathway_id',
      'pi.micro_credential_id',
      'pi.position',
      'v.title',
      'v.id as version_id',
      'v.version',
      'm.slug',
      'm.issuer_id',
      'o.name as issuer_name',
    ])
    .where('pi.pathway_id', 'in', pathwayIds)
    .orderBy('pi.pathway_id')
    .orderBy('pi.position')
    .execute();
}
export type PathwayItemRow = Awaited<ReturnType<typeof itemsOf>>[number];

/** Published micro-credentials among these ids, with their issuer. */
export const publishedMicroCredentials = (db: Queryable, ids: string[]) =>
  db
    .selectFrom('micro_credentials')
    .select(['id', 'issuer_id'])
    .where('id', 'in', ids)
    .where('status', '=', 'published')
    .where('current_version_id', 'is not', null)
    .execute();

export const slugTaken = (db: Queryable, slug: string, exceptId?: string) => {
  let q = db.selectFrom('pathways').select('id').where('slug', '=', slug);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return q.executeTakeFirst().then((r) => r !== undefined);
};

export const insertPathway = (db: Queryable, row: PathwaysTable) =>
  db.insertInto('pathways').values(row).execute();

export const updatePathway = (db: Queryable, id: string, values: Partial<PathwaysTable>) =>
  db.updateTable('pathways').set(values).where('id', '=', id).execute();

export async function replaceItems(db: Queryable, pathwayId: string, items: string[]) {
  await db.deleteFrom('pathway_items').where('pathway_id', '=', pathwayId).execute();
  await db
    .insertInto('pathway_items')
    .values(items.map((id, position) => ({ pathway_id: pathwayId, micro_credential_id: id, position })))
    .execute();
}

/** Published pathways holding this micro-credential. */
export const publishedContaining = (db: Queryable, microCredentialId: string) =>
  pathways(db)
    .innerJoin('pathway_items as pi', 'pi.pathway_id', 'p.id')
    .where('pi.micro_credential_id', '=', microCredentialId)
    .where('p.status', '=', 'published')
    .execute();

/**
 * One page of the educators holding a valid credential of any of these micro-credentials, by id
 * after `after` (keyset paging, so a long list is walked in bounded batches).
 */
export const holdersOf = (
  db: Queryable,
  microCredentialIds: string[],
  after: string | null,
  limit: number,
) => {
  let q = db
    .selectFrom('credentials')
    .select('educator_id')
    .distinct()
    .where('micro_credential_id', 'in', microCredentialIds)
    .where('status', '=', 'valid');
  if (after !== null) q = q.where('educator_id', '>', after);
  return q
    .orderBy('educator_id')
    .limit(limit)
    .execute()
    .then((rows) => rows.map((r) => r.educator_id));
};

/** The educator's credentials of micro-credentials (stacked ones are not parts of anything). */
export const heldCredentials = (db: Queryable, educatorId: string) =>
  db
    .selectFrom('credentials')
    .select(['id', 'micro_credential_id', 'issued_at', 'status', 'valid_until', 'title'])
    .where('educator_id', '=', educatorId)
    .where('micro_credential_id', 'is not', null)
    .execute();

export const completionsOf = (db: Queryable, userId: string) =>
  db
    .selectFrom('pathway_completions')
    .select(['pathway_id', 'credential_id', 'completed_at'])
    .where('user_id', '=', userId)
    .execute();

/**
 * Records the completion; the primary key (pathway, user) makes it happen once. Returns whether
 * this call inserted it (false when it was already there).
 */
export async function insertCompletion(
  db: Queryable,
  row: {
    pathway_id: string;
    user_id: string;
    district_id: string | null;
    role_title: string | null;
    pay_step: string | null;
    completed_at: string;
  },
): Promise<boolean> {
  const result = await db
    .insertInto('pathway_completions')
    .values({ ...row, credential_id: null })
    .onConflict((oc) => oc.columns(['pathway_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export const setCompletionCredential = (
  db: Queryable,
  pathwayId: string,
  userId: string,
  credentialId: string,
) =>
  db
    .updateTable('pathway_completions')
    .set({ credential_id: credentialId })
    .where('pathway_id', '=', pathwayId)
    .where('user_id', '=', userId)
    .execute();

/** Completions recorded for these districts (all when `districtIds` is null), newest first. */
export function listCompletions(db: Queryable, districtIds: string[] | null, pathwayOrgIds: string[] | null) {
  let q = db
    .selectFrom('pathway_completions as c')
    .innerJoin('pathways as p', 'p.id', 'c.pathway_id')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .leftJoin('organizations as d', 'd.id', 'c.district_id')
    .select([
      'c.pathway_id',
      'p.title as pathway_title',
      'c.user_id',
      'u.name',
      'u.email',
      'c.district_id',
      'd.name as district_name',
      'c.role_title',
      'c.pay_step',
      'c.completed_at',
      'c.credential_id',
    ]);
  if (districtIds !== null || pathwayOrgIds !== null) {
    const districts = districtIds ?? [];
    const orgs = pathwayOrgIds ?? [];
    if (!districts.length && !orgs.length) return Promise.resolve([]);
    q = q.where((eb) =>
      eb.or([
        ...(districts.length ? [eb('c.district_id', 'in', districts)] : []),
        ...(orgs.length ? [eb('p.org_id', 'in', orgs)] : []),
      ]),
    );
  }
  return q.orderBy('c.completed_at', 'desc').limit(500).execute();
}

/** The educator's district: the district of a school they belong to, or a district itself. */
export async function districtOf(db: Queryable, userId: string): Promise<string | null> {
  const orgs = await db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.org_id')
    .leftJoin('organizations as parent', 'parent.id', 'o.parent_id')
    .select(['o.id', 'o.kind', 'parent.id as parent_id', 'parent.kind as parent_kind'])
    .where('m.user_id', '=', userId)
    .orderBy('m.created_at')
    .execute();
  for (const o of orgs) {
    if (o.kind === 'district') return o.id;
    if (o.kind === 'school' && o.parent_kind === 'district') return o.parent_id;
  }
  return null;
}

/** Locks the user's row until the transaction ends (PostgreSQL; SQLite already serializes writes). */
export async function lockUser(db: Queryable, dialect: 'sqlite' | 'postgres', userId: string) {
  let q = db.selectFrom('users').select('id').where('id', '=', userId);
  if (dialect === 'postgres') q = q.forUpdate();
  await q.executeTakeFirst();
}

/** The topic of a pathway's first micro-credential: its badge wears that topic's colors. */
export const pathwayTopic = (db: Queryable, pathwayId: string) =>
  db
    .selectFrom('pathway_items as pi')
    .innerJoin('micro_credentials as m', 'm.id', 'pi.micro_credential_id')
    .innerJoin('micro_credential_versions as v', 'v.id', 'm.current_version_id')
    .select('v.topic')
    .where('pi.pathway_id', '=', pathwayId)
    .orderBy('pi.position')
    .executeTakeFirst()
    .then((r) => r?.topic ?? 'teacher-leadership');
