/**
 * The renewal benchmark (chained by `npm run bench`, or alone with `npx tsx bench/renewal.ts`).
 *
 * A state with a renewal policy, a district of 20,000 educators (each with a license and a few
 * credentials) and educators elsewhere holding the rest. Measured: the median of
 * `GET /api/v1/me/renewal` for one educator and of the district admin's `GET /api/v1/admin/renewal`
 * (first page, and its summary computed over all 20,000), first with 100,000 credentials in the
 * database, then with 1,000,000; each beside a bare route's median in the same run. Bound: with
 * 1,000,000 credentials present the district page costs at most 1.5 × what it costs with 100,000.
 * Synthetic rows are inserted directly, in multi-row batches inside one transaction.
 *
 * Environment: BENCH_RENEWAL_DISTRICT (educators in the district, default 20000),
 * BENCH_RENEWAL_SMALL / BENCH_RENEWAL_LARGE (credentials present, default 100000 / 1000000),
 * BENCH_RENEWAL_SAMPLES (requests per median, default 9), DATABASE_URL=postgres://… or
 * TEST_DATABASE_URL (run on PostgreSQL).
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Db } from '../src/db/database.js';
import { createMicroCredential } from '../src/features/catalog/author-micro-credential.js';
import { publishMicroCredential } from '../src/features/catalog/publish-micro-credential.js';
import { createPolicy } from '../src/features/renewal/renewal-policies.js';
import { buildApp } from '../src/server/app.js';
import { PUBLIC_ROUTE, type App } from '../src/server/http.js';
import { authFor, buildOrg, buildUser } from '../src/test-support/factories.js';
import { signIn } from '../src/test-support/http.js';
import { benchContent } from './catalog-content.js';
import { runAlone } from './run-alone.js';
import { createBenchDeps, type BenchDeps } from './setup.js';
import { printTable } from './table.js';

/** The district page may cost at most this multiple with the large table as with the small one. */
export const MAX_GROWTH = 1.5;

const log = (s = '') => process.stdout.write(`${s}\n`);
const ms = (n: number) => `${n.toFixed(1)} ms`;
function num(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

/** Rows per multi-row INSERT: well under SQLite's and PostgreSQL's limits on bound parameters. */
const BATCH = 1000;

type World = {
  versions: { id: string; micro_credential_id: string; issuer_id: string }[];
  districtEducators: string[];
  otherEducators: string[];
  educatorEmail: string;
  adminEmail: string;
};

/** Inserts `rows` rows in multi-row batches, committing every TRANSACTION_ROWS rows (a WAL that stays small). */
const TRANSACTION_ROWS = 50_000;
async function insertBatches<T>(
  db: Db,
  rows: number,
  make: (i: number) => T,
  insert: (db: Db, batch: T[]) => Promise<unknown>,
) {
  for (let from = 0; from < rows; from += TRANSACTION_ROWS) {
    const to = Math.min(rows, from + TRANSACTION_ROWS);
    await db.transaction().execute(async (tx) => {
      for (let start = from; start < to; start += BATCH) {
        const batch: T[] = [];
        for (let i = start; i < Math.min(to, start + BATCH); i++) batch.push(make(i));
        await insert(tx as unknown as Db, batch);
      }
    });
  }
}

export async function seed(deps: BenchDeps, districtSize: number): Promise<World> {
  const { db } = deps;
  const state = await buildOrg(db, 'state', 'State of Example');
  const district = await buildOrg(db, 'district', 'Big District', state.id);
  const schools = await Promise.all(
    [1, 2, 3, 4].map((n) => buildOrg(db, 'school', `School ${n}`, district.id)),
  );
  const otherDistrict = await buildOrg(db, 'district', 'Other District', state.id);
  const otherSchool = await buildOrg(db, 'school', 'Other School', otherDistrict.id);
  const issuer = await buildOrg(db, 'issuer', 'Bench Institute');
  const issuerAdmin = await buildUser(db, { roles: [['issuer_admin', issuer.id]] });
  const stateAdmin = await buildUser(db, { roles: [['state_admin', state.id]] });
  const districtAdmin = await buildUser(db, { roles: [['district_admin', district.id]] });
  const educator = await buildUser(db, { roles: [['educator', schools[0]!.id]] });
  const author = await authFor(db, issuerAdmin.id);
  for (let i = 0; i < 20; i++) {
    const created = await createMicroCredential(deps, author, {
      issuerId: issuer.id,
      slug: `renewal-bench-${i}`,
      content: benchContent(i),
    });
    await publishMicroCredential(deps, author, created.id);
  }
  const versions = await db
    .selectFrom('micro_credential_versions')
    .select(['id', 'micro_credential_id', 'issuer_id'])
    .execute();
  const topics = await db.selectFrom('micro_credential_versions').select('topic').distinct().execute();
  const stateAuth = await authFor(db, stateAdmin.id);
  await createPolicy(deps, stateAuth, {
    orgId: state.id,
    name: 'Bench renewal',
    licenseTypes: ['Professional Educator'],
    counts: { mode: 'topics', values: topics.slice(0, Math.max(1, topics.length - 1)).map((t) => t.topic) },
    hoursMode: 'fixed',
    fixedHours: 6,
    capHours: 30,
    requiredHours: 60,
    cycleYears: 5,
    effectiveFrom: '2015-01-01',
    effectiveUntil: null,
  });
  await createPolicy(deps, await authFor(db, districtAdmin.id), {
    orgId: district.id,
    name: 'Bench district addition',
    licenseTypes: [],
    counts: { mode: 'list', values: [versions[0]!.micro_credential_id] },
    hoursMode: 'credit',
    fixedHours: null,
    capHours: null,
    requiredHours: 60,
    cycleYears: 5,
    effectiveFrom: '2015-01-01',
    effectiveUntil: null,
  });

  const now = new Date().toISOString();
  const people = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => ({ id: randomUUID(), prefix, i }));
  const district20k = people(districtSize - 1, 'd');
  const others = people(districtSize, 'o');
  const everyone = [...district20k, ...others];
  await insertBatches(
    db,
    everyone.length,
    (i) => {
      const p = everyone[i]!;
      return {
        id: p.id,
        email: `${p.prefix}${p.i}@bench.test`,
        name: `Educator ${p.prefix}${p.i}`,
        password_hash: null,
        status: 'active' as const,
        created_at: now,
      };
    },
    (tx, batch) => tx.insertInto('users').values(batch).execute(),
  );
  await insertBatches(
    db,
    everyone.length,
    (i) => {
      const p = everyone[i]!;
      const org = p.prefix === 'd' ? schools[p.i % schools.length]!.id : otherSchool.id;
      return { id: randomUUID(), user_id: p.id, org_id: org, role: 'educator' as const, created_at: now };
    },
    (tx, batch) => tx.insertInto('memberships').values(batch).execute(),
  );
  const licensed = [educator.id, ...everyone.map((p) => p.id)];
  await insertBatches(
    db,
    licensed.length,
    (i) => ({
      id: randomUUID(),
      user_id: licensed[i]!,
      state_id: state.id,
      license_type: 'Professional Educator',
      number: `PE-${i}`,
      issued_on: `${2019 + (i % 6)}-0${1 + (i % 9)}-15`,
      expires_on: null,
      created_at: now,
      updated_at: now,
    }),
    (tx, batch) => tx.insertInto('licenses').values(batch).execute(),
  );
  return {
    versions,
    districtEducators: [educator.id, ...district20k.map((p) => p.id)],
    otherEducators: others.map((p) => p.id),
    educatorEmail: educator.email,
    adminEmail: districtAdmin.email,
  };
}

/** Adds `count` credentials held by `holders` (round robin), issued over the last six years. */
export async function addCredentials(db: Db, world: World, holders: string[], count: number, offset: number) {
  const day = 86_400_000;
  const base = Date.now();
  await insertBatches(
    db,
    count,
    (i) => {
      const n = offset + i;
      const v = world.versions[n % world.versions.length]!;
      const r = n % 50;
      return {
        id: randomUUID(),
        submission_id: null,
        attempt_id: null,
        educator_id: holders[i % holders.length]!,
        issuer_id: v.issuer_id,
        micro_credential_id: v.micro_credential_id,
        version_id: v.id,
        title: `Bench micro-credential ${n % world.versions.length}`,
        status: r === 0 ? ('revoked' as const) : r === 1 ? ('suspended' as const) : ('valid' as const),
        issued_at: new Date(base - ((n * 7919) % (6 * 365)) * day).toISOString(),
        valid_until: r === 2 ? new Date(base - day).toISOString() : null,
        document: '{}',
        verification_method: 'bench',
      };
    },
    (tx, batch) => tx.insertInto('credentials').values(batch).execute(),
  );
}

async function median(
  base: string,
  path: string,
  cookie: string | undefined,
  samples: number,
  expect: (body: string) => void,
) {
  const times: number[] = [];
  for (let i = 0; i < samples + 1; i++) {
    const t = performance.now();
    // A connection left idle during the big insert may have been closed by the server: retry once.
    const get = () => fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });
    const res = await get().catch(get);
    const body = await res.text();
    const elapsed = performance.now() - t;
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${body.slice(0, 200)}`);
    if (i === 0) expect(body);
    else times.push(elapsed); // the first request warms up and checks the answer
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export interface RenewalBenchResult {
  pass: boolean;
  educator: [number, number];
  district: [number, number];
  bare: [number, number];
  ratio: number;
}

export async function runRenewalBench(): Promise<RenewalBenchResult> {
  const settings = {
    district: num('BENCH_RENEWAL_DISTRICT', 20_000),
    small: num('BENCH_RENEWAL_SMALL', 100_000),
    large: num('BENCH_RENEWAL_LARGE', 1_000_000),
    samples: num('BENCH_RENEWAL_SAMPLES', 9),
  };
  if (settings.large <= settings.small)
    throw new Error('BENCH_RENEWAL_LARGE must exceed BENCH_RENEWAL_SMALL');
  const deps = await createBenchDeps();
  try {
    log(
      `\nmicrocred renewal benchmark — ${deps.databaseLabel}, ${os.availableParallelism()} cores, node ${process.version}`,
    );
    let t = performance.now();
    const world = await seed(deps, settings.district);
    log(
      `  ${settings.district.toLocaleString()} district educators and as many elsewhere, with licenses: ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    // The district holds 2 credentials per educator; the rest of the first table belongs to others.
    const districtCredentials = Math.min(settings.small, settings.district * 2);
    t = performance.now();
    await addCredentials(deps.db, world, world.districtEducators, districtCredentials, 0);
    await addCredentials(
      deps.db,
      world,
      world.otherEducators,
      settings.small - districtCredentials,
      districtCredentials,
    );
    log(
      `  ${settings.small.toLocaleString()} credentials inserted: ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    const app: App = await buildApp(deps, { logger: false, serveWeb: false });
    app.get('/bench/bare', { config: PUBLIC_ROUTE, schema: { hide: true } }, async () => ({ ok: true }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    try {
      const educatorCookie = await signIn(app, world.educatorEmail);
      const adminCookie = await signIn(app, world.adminEmail);
      const measureAll = async () => ({
        bare: await median(base, '/bench/bare', undefined, settings.samples * 3, () => undefined),
        educator: await median(base, '/api/v1/me/renewal', educatorCookie, settings.samples * 3, (body) => {
          if (!JSON.parse(body).policy) throw new Error('the bench educator has no policy');
        }),
        district: await median(
          base,
          '/api/v1/admin/renewal?limit=25',
          adminCookie,
          settings.samples,
          (body) => {
            const page = JSON.parse(body) as { total: number; items: unknown[] };
            if (page.total !== settings.district || page.items.length !== 25)
              throw new Error(`district page saw ${page.total} educators`);
          },
        ),
      });
      const small = await measureAll();
      log(
        `  medians with ${settings.small.toLocaleString()}: bare ${ms(small.bare)}, one educator ${ms(small.educator)}, district page ${ms(small.district)}`,
      );
      t = performance.now();
      await addCredentials(
        deps.db,
        world,
        world.otherEducators,
        settings.large - settings.small,
        settings.small,
      );
      log(
        `  ${(settings.large - settings.small).toLocaleString()} more credentials inserted: ${((performance.now() - t) / 1000).toFixed(1)} s`,
      );
      if (deps.dialect === 'postgres') await sql`analyze`.execute(deps.db);
      const large = await measureAll();
      const ratio = large.district / small.district;
      const pass = ratio <= MAX_GROWTH;
      printTable(
        log,
        [
          'median',
          `${settings.small.toLocaleString()} credentials`,
          `${settings.large.toLocaleString()} credentials`,
          'ratio',
        ],
        [
          ['bare route', ms(small.bare), ms(large.bare), (large.bare / small.bare).toFixed(2)],
          [
            'GET /api/v1/me/renewal (one educator)',
            ms(small.educator),
            ms(large.educator),
            (large.educator / small.educator).toFixed(2),
          ],
          [
            `GET /api/v1/admin/renewal (page 1 + summary of ${settings.district.toLocaleString()})`,
            ms(small.district),
            ms(large.district),
            ratio.toFixed(2),
          ],
        ],
      );
      log(
        `\ndistrict page with ${settings.large.toLocaleString()} vs ${settings.small.toLocaleString()} credentials: ${ratio.toFixed(2)}× (bound ≤ ${MAX_GROWTH}×) ${pass ? 'PASS' : 'FAIL'}`,
      );
      return {
        pass,
        educator: [small.educator, large.educator],
        district: [small.district, large.district],
        bare: [small.bare, large.bare],
        ratio,
      };
    } finally {
      await app.close();
    }
  } finally {
    await deps.close();
  }
}

runAlone(import.meta, 'renewal', runRenewalBench);
