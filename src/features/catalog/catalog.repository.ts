import { sql, type SqlBool, type Expression } from 'kysely';
import type { DialectName, Queryable } from '../../db/database.js';
import type { CatalogQuery } from '../../contracts/catalog.js';
import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { MicroCredentialVersionsTable } from '../../db/schema.js';

/** Words of a search, as prefixes; anything else in the query is ignored. */
export const searchTokens = (q: string | undefined): string[] =>
  (q?.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);

const catalogBase = (db: Queryable) =>
  db
    .selectFrom('micro_credential_versions as v')
    .innerJoin('micro_credentials as m', 'm.current_version_id', 'v.id')
    .innerJoin('organizations as o', 'o.id', 'v.issuer_id')
    .where('m.status', '=', 'published');

type Filters = Omit<CatalogQuery, 'limit' | 'offset'>;

function filtered(db: Queryable, dialect: DialectName, f: Filters) {
  let query = catalogBase(db);
  const tokens = searchTokens(f.q);
  if (tokens.length) {
    if (dialect === 'postgres') {
      const tsquery = tokens.map((t) => `${t}:*`).join(' & ');
      query = query.where(sql<SqlBool>`v.search_vector @@ to_tsquery('english', ${tsquery})`);
    } else {
      const match = tokens.map((t) => `"${t}"*`).join(' ');
      query = query.where(
        'v.id',
        'in',
        sql<string>`(select version_id from catalog_fts where catalog_fts match ${match})`,
      );
    }
  }
  if (f.topic) query = query.where('v.topic', '=', f.topic);
  if (f.subject) query = query.where('v.subject', '=', f.subject);
  if (f.gradeBand) query = query.where('v.grade_band', '=', f.gradeBand);
  if (f.issuer)
    query = query.where((eb) => eb.or([eb('o.id', '=', f.issuer!), eb('o.slug', '=', f.issuer!)]));
  if (f.minCredit !== undefined) query = query.where('v.credit_hours', '>=', f.minCredit);
  if (f.maxCredit !== undefined) query = query.where('v.credit_hours', '<=', f.maxCredit);
  return query;
}

export async function searchCatalog(db: Queryable, dialect: DialectName, q: CatalogQuery) {
  const base = filtered(db, dialect, q);
  const tokens = searchTokens(q.q);
  const rank: Expression<number> | null =
    tokens.length && dialect === 'postgres'
      ? sql<number>`ts_rank(v.search_vector, to_tsquery('english', ${tokens.map((t) => `${t}:*`).join(' & ')}))`
      : null;
  let rowsQuery = base
    .select([
      'm.id',
      'm.slug',
      'v.id as version_id',
      'v.version',
      'v.title',
      'v.summary',
      'v.topic',
      'v.subject',
      'v.grade_band',
      'v.credit_hours',
      'v.estimated_hours',
      'v.price_cents',
      'o.id as issuer_id',
      'o.name as issuer_name',
      'o.slug as issuer_slug',
    ])
    .limit(q.limit)
    .offset(q.offset);
  rowsQuery = rank
    ? rowsQuery.orderBy(rank, 'desc').orderBy('v.title')
    : rowsQuery.orderBy('v.title').orderBy('m.id');
  const [rows, count] = await Promise.all([
    rowsQuery.execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
export type CatalogRow = Awaited<ReturnType<typeof searchCatalog>>['rows'][number];

export async function catalogFacets(db: Queryable) {
  const count = (column: 'v.topic' | 'v.subject' | 'v.grade_band') =>
    catalogBase(db)
      .select([`${column} as id`, (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(column)
      .execute();
  const [topics, subjects, gradeBands, issuers] = await Promise.all([
    count('v.topic'),
    count('v.subject'),
    count('v.grade_band'),
    catalogBase(db)
      .select(['o.id', 'o.name', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['o.id', 'o.name'])
      .execute(),
  ]);
  return { topics, subjects, gradeBands, issuers };
}

export const findMicroCredential = (db: Queryable, id: string) =>
  db.selectFrom('micro_credentials').selectAll().where('id', '=', id).executeTakeFirst();

export const findVersion = (db: Queryable, id: string) =>
  db.selectFrom('micro_credential_versions').selectAll().where('id', '=', id).executeTakeFirst();

/** A version's number and parsed content: what a submission is worked and judged against. */
export type VersionContent = { id: string; version: number; content: MicroCredentialContent };

const VERSION_CACHE_SIZE = 500;
const versionContents = new Map<string, VersionContent>();

/** Freezes parsed JSON and everything in it, so no caller can change the copy others share. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

/**
 * A version's number and content, parsed once per process: a version's content and number never
 * change once it is published and ids are random and never reused, so a copy cannot go stale (only
 * `is_current` changes, and it is not part of this). The most recently used 500 are kept; every
 * autosave of a draft needs its version's questions, so this spares a read and a parse per save.
 */
export async function findVersionContent(db: Queryable, id: string): Promise<VersionContent | undefined> {
  const hit = versionContents.get(id);
  if (hit) {
    versionContents.delete(id);
    versionContents.set(id, hit);
    return hit;
  }
  const row = await db
    .selectFrom('micro_credential_versions')
    .select(['id', 'version', 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const entry = deepFreeze({
    id: row.id,
    version: Number(row.version),
    content: JSON.parse(row.content) as MicroCredentialContent,
  });
  versionContents.set(id, entry);
  if (versionContents.size > VERSION_CACHE_SIZE) versionContents.delete(versionContents.keys().next().value!);
  return entry;
}

/**
 * A published version of a micro-credential with its issuer: the current one, or `version` when
 * given. Retired ones stay readable, so criteria links in credentials already issued keep working.
 * By id only: slugs are unique per issuer, not across issuers.
 */
export const findPublicVersion = (db: Queryable, id: string, version?: number) =>
  db
    .selectFrom('micro_credentials as m')
    .innerJoin('micro_credential_versions as v', (join) =>
      version === undefined
        ? join.onRef('v.id', '=', 'm.current_version_id')
        : join.onRef('v.micro_credential_id', '=', 'm.id').on('v.version', '=', version),
    )
    .innerJoin('organizations as o', 'o.id', 'm.issuer_id')
    .select([
      'm.id',
      'm.slug',
      'm.status',
      'v.id as version_id',
      'v.version',
      'v.content',
      'v.published_at',
      'v.is_current',
      'o.id as issuer_id',
      'o.name as issuer_name',
      'o.slug as issuer_slug',
      'o.url as issuer_url',
      'o.description as issuer_description',
    ])
    .where('m.id', '=', id)
    .where('m.status', '!=', 'draft')
    .executeTakeFirst();

/** The current version of a micro-credential people can start now. */
export const findPublished = async (db: Queryable, id: string) => {
  const row = await findPublicVersion(db, id);
  return row?.status === 'published' ? row : undefined;
};

export const listForIssuers = (db: Queryable, issuerIds: string[]) =>
  db
    .selectFrom('micro_credentials as m')
    .innerJoin('organizations as o', 'o.id', 'm.issuer_id')
    .leftJoin('micro_credential_versions as v', 'v.id', 'm.current_version_id')
    .select([
      'm.id',
      'm.slug',
      'm.status',
      'm.draft_content',
      'm.updated_at',
      'v.version',
      'v.title as version_title',
      'o.id as issuer_id',
      'o.name as issuer_name',
      'o.slug as issuer_slug',
    ])
    .where('m.issuer_id', 'in', issuerIds.length ? issuerIds : [''])
    .orderBy('m.updated_at', 'desc')
    .execute();

export const listVersions = (db: Queryable, microCredentialId: string) =>
  db
    .selectFrom('micro_credential_versions')
    .select(['id', 'version', 'title', 'published_at', 'content', 'is_current'])
    .where('micro_credential_id', '=', microCredentialId)
    .orderBy('version', 'desc')
    .execute();

export const insertMicroCredential = (
  db: Queryable,
  row: { id: string; issuer_id: string; slug: string; draft_content: string; created_by: string; at: string },
) =>
  db
    .insertInto('micro_credentials')
    .values({
      id: row.id,
      issuer_id: row.issuer_id,
      slug: row.slug,
      status: 'draft',
      draft_content: row.draft_content,
      draft_updated_at: row.at,
      current_version_id: null,
      created_by: row.created_by,
      created_at: row.at,
      updated_at: row.at,
    })
    .execute();

export const findBySlug = (db: Queryable, issuerId: string, slug: string) =>
  db
    .selectFrom('micro_credentials')
    .select('id')
    .where('issuer_id', '=', issuerId)
    .where('slug', '=', slug)
    .executeTakeFirst();

/** Saves the working copy, only over `baseUpdatedAt` when given; returns whether it saved. */
export async function saveDraft(
  db: Queryable,
  id: string,
  draft: string,
  at: string,
  baseUpdatedAt?: string,
) {
  let q = db
    .updateTable('micro_credentials')
    .set({ draft_content: draft, draft_updated_at: at, updated_at: at })
    .where('id', '=', id);
  if (baseUpdatedAt !== undefined) q = q.where('updated_at', '=', baseUpdatedAt);
  return Number((await q.executeTakeFirst()).numUpdatedRows) === 1;
}

/** A version row as publishing writes it; `is_current` is set by `insertCurrentVersion`. */
export type NewVersion = Omit<MicroCredentialVersionsTable, 'is_current'>;

/** Adds a version and makes it the one the catalog shows; earlier versions stay as they were. */
export async function insertCurrentVersion(
  db: Queryable,
  dialect: DialectName,
  v: NewVersion,
  draftUpdatedAt: string,
) {
  // First, and only if the draft is still the one that was checked: a save that lands meanwhile
  // makes this publish fail instead of being dropped with the draft.
  const moved = await db
    .updateTable('micro_credentials')
    .set({
      current_version_id: v.id,
      status: 'published',
      draft_content: null,
      draft_updated_at: null,
      updated_at: v.published_at,
    })
    .where('id', '=', v.micro_credential_id)
    .where('updated_at', '=', draftUpdatedAt)
    // Timestamps can repeat within a millisecond; a publish that won meanwhile has cleared the
    // draft, which a waiting publish sees when PostgreSQL re-checks the row after the lock.
    .where('draft_content', 'is not', null)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) return false;
  await db
    .updateTable('micro_credential_versions')
    .set({ is_current: 0 })
    .where('micro_credential_id', '=', v.micro_credential_id)
    .execute();
  await db
    .insertInto('micro_credential_versions')
    .values({ ...v, is_current: 1 })
    .execute();
  if (dialect === 'sqlite') {
    await sql`delete from catalog_fts where version_id in (select id from micro_credential_versions where micro_credential_id = ${v.micro_credential_id})`.execute(
      db,
    );
    await sql`insert into catalog_fts (version_id, search_text) values (${v.id}, ${v.search_text})`.execute(
      db,
    );
  }
  return true;
}

export const latestVersionNumber = async (db: Queryable, microCredentialId: string) => {
  const row = await db
    .selectFrom('micro_credential_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('micro_credential_id', '=', microCredentialId)
    .executeTakeFirst();
  return Number(row?.v ?? 0);
};

export const setStatus = (db: Queryable, id: string, status: 'published' | 'retired', at: string) =>
  db.updateTable('micro_credentials').set({ status, updated_at: at }).where('id', '=', id).execute();
