import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { createCatalogCache } from '../features/catalog/catalog-cache.js';
import type { Clock } from '../server/clock.js';
import { createAppVerifier, type VerifierOptions } from '../features/credentials/verifier.js';
import { loadConfig } from '../server/config.js';
import type { Deps } from '../server/deps.js';
import { diskBlobStore } from '../storage/blob-store.js';

/** A clock tests can move. */
export function fixedClock(
  start = '2026-11-02T09:00:00Z',
): Clock & { advance: (ms: number) => void; set: (iso: string) => void } {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms) => (t += ms), set: (iso) => (t = Date.parse(iso)) };
}

export type TestDeps = Deps & {
  clock: ReturnType<typeof fixedClock>;
  /** Which database this is, for printing. */
  databaseLabel: string;
  close: () => Promise<void>;
};

export type TestDepsOptions = {
  /** A PostgreSQL server to create a fresh database on; defaults to TEST_DATABASE_URL. */
  postgresServer?: string;
  /** Use a temporary SQLite file (WAL) instead of an in-memory database. */
  sqliteFile?: boolean;
  overrides?: Partial<Deps>;
  /** Options of the credential verifier, e.g. other issuers' key documents. */
  verifier?: VerifierOptions;
};

/** Creates a fresh database on a PostgreSQL server; `drop` removes it once its connections are gone. */
async function freshPostgresDatabase(serverUrl: string) {
  const name = `mc_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    // Pool.end() can resolve before its sockets close; wait (up to 5 s) so the drop kills nothing.
    for (let i = 0; i < 50; i++) {
      const { rows } = await c.query<{ n: number }>(
        'select count(*)::int as n from pg_stat_activity where datname = $1',
        [name],
      );
      if (rows[0]!.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
  return { url: url.toString(), label: `PostgreSQL (${url.host}, temporary database ${name})`, drop };
}

/**
 * Fresh, migrated dependencies: an in-memory SQLite database (or a temporary file), or — when a
 * PostgreSQL server is given or TEST_DATABASE_URL is set — a new database created for this call and
 * dropped by `close()`.
 */
export async function createTestDeps(options: TestDepsOptions = {}): Promise<TestDeps> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'microcred-test-'));
  const serverUrl = options.postgresServer ?? process.env.TEST_DATABASE_URL;
  const pgDb = serverUrl ? await freshPostgresDatabase(serverUrl) : null;
  const databaseUrl =
    pgDb?.url ?? (options.sqliteFile ? `sqlite:${path.join(dataDir, 'test.sqlite')}` : 'sqlite::memory:');
  const handle = openDatabase(databaseUrl);
  await migrateToLatest(handle.db);
  const config = {
    ...loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://localhost:3000' }),
    databaseUrl,
    dataDir,
  };
  const clock = fixedClock();
  return {
    db: handle.db,
    dialect: handle.dialect,
    config,
    clock,
    verifier: createAppVerifier({ db: handle.db, config, clock }, options.verifier),
    blobs: diskBlobStore(path.join(dataDir, 'blobs')),
    catalogCache: createCatalogCache(handle.db),
    log: pino({ level: process.env.TEST_LOG ?? 'silent' }),
    secret: randomBytes(32),
    readiness: { ready: true },
    databaseLabel:
      pgDb?.label ?? (options.sqliteFile ? 'SQLite (temporary file, WAL)' : 'SQLite (in memory)'),
    ...options.overrides,
    close: async () => {
      await handle.close();
      await pgDb?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  } as TestDeps;
}
