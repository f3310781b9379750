import { sql, type Insertable } from 'kysely';
import { openDatabase, type Db, type Queryable } from '../src/db/database.js';
import type { Deps } from '../src/server/deps.js';
import type { Database } from '../src/db/schema.js';

/** Bound parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMS = 30_000;
/** Rows per multi-row INSERT; 500–2,000 measured alike on both databases here, fewer were slower. */
const MAX_ROWS = 1_000;

/**
 * Inserts synthetic rows with multi-row INSERTs. Pass a transaction: one commit per call is what
 * makes a million rows take seconds rather than minutes. Foreign keys are checked as usual.
 */
export async function insertRows<T extends keyof Database & string>(
  db: Queryable,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  if (!rows.length) return;
  const perStatement = Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / Object.keys(rows[0]!).length));
  for (let i = 0; i < rows.length; i += perStatement) {
    // Kysely cannot relate a generic table name to its row type; the signature above does.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + perStatement) as never)
      .execute();
  }
}

/** Id spaces of synthetic rows, so sequential ids of different kinds and phases never collide. */
export const ID_SPACE = {
  user: 1,
  membership: 2,
  submission: 3,
  attempt: 4,
  review: 5,
} as const;

/**
 * A UUID-shaped id, sequential within its space and phase: rows go in at the end of each primary
 * key index, as the time-ordered ids of a long-running system would.
 */
export const syntheticId = (space: number, phase: number, n: number) =>
  `${space.toString(16).padStart(4, '0')}${phase.toString(16).padStart(4, '0')}-0000-4000-8000-${n
    .toString(16)
    .padStart(12, '0')}`;

/** A stable pseudo-random number in [0, 1) for `n` (Knuth's multiplicative hash). */
export const spread = (n: number, salt = 0) => (((n + salt * 7919) * 2654435761) >>> 0) / 2 ** 32;

/** Refreshes the planner's statistics, as an operator would after a bulk load. */
export async function analyze(db: Queryable): Promise<void> {
  await sql`analyze`.execute(db);
}

export const DAY_MS = 86_400_000;
export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();

/** SQLite page cache of the loading connection, in KiB: enough for the indexes of a million reviews. */
const LOADER_CACHE_KIB = 512 * 1024;

/**
 * The connection bulk loads go through. On SQLite a second connection to the same file, opened as
 * the app opens it (WAL, foreign keys on) but with a large page cache: with SQLite's default 2 MB a
 * million-row load spends most of its time re-reading index pages, and the app's own connection
 * keeps its settings for the measurements. On PostgreSQL the app's pool.
 */
export async function openLoader(
  deps: Pick<Deps, 'db' | 'dialect' | 'config'>,
): Promise<{ db: Db; close: () => Promise<void> }> {
  if (deps.dialect !== 'sqlite') return { db: deps.db, close: async () => {} };
  const handle = openDatabase(deps.config.databaseUrl);
  await sql.raw(`pragma cache_size = -${LOADER_CACHE_KIB}`).execute(handle.db);
  return { db: handle.db, close: handle.close };
}
