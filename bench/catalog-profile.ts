/**
 * Where the catalog search's time goes and what candidate fixes would buy — a diagnostic behind
 * docs/BENCHMARKS.md, not part of `npm run bench`. Run: `npx tsx bench/catalog-profile.ts`
 * (SQLite only; BENCH_SECONDS per measurement, default 3; takes about two minutes).
 *
 * 1. As migrated: in-process timings (no HTTP) of searchCatalog and its SQL; HTTP throughput, as a
 *    ratio of the bare route, of the real route and of the same handler without the zod response
 *    serializer (JSON.stringify) and with fast-json-stringify.
 * 2. The same after adding two indexes.
 * 3. Two candidate designs, on top of 2: one FTS5 table that carries the catalog card's columns
 *    (no joins), and a per-query response cache checked against a catalog generation row.
 */
import type { AddressInfo } from 'node:net';
import SQLite from 'better-sqlite3';
import fastJson from 'fast-json-stringify';
import { sql } from 'kysely';
import { z } from 'zod';
import { CatalogPage, CatalogQuery } from '../src/contracts/catalog.js';
import { badgeImagePath, presentCatalogItem } from '../src/features/catalog/catalog.presenter.js';
import { searchCatalog, searchTokens } from '../src/features/catalog/catalog.repository.js';
import { buildApp } from '../src/server/app.js';
import { PUBLIC_ROUTE } from '../src/server/http.js';
import { BROWSE_TOPICS, SEARCH_QUERIES } from './catalog-content.js';
import { measure, type LoadSettings } from './measure.js';
import { createBenchDeps, seedCatalog } from './setup.js';

const load: LoadSettings = {
  seconds: Number(process.env.BENCH_SECONDS ?? 3),
  warmupSeconds: 1,
  connections: 10,
  workers: Number(process.env.BENCH_WORKERS ?? 1),
};
const log = (s = '') => process.stdout.write(`${s}\n`);

const deps = await createBenchDeps();
if (deps.dialect !== 'sqlite') throw new Error('the profile runs on SQLite only');
await seedCatalog(deps, 2000);
const app = await buildApp(deps, { logger: false, serveWeb: false });
app.get('/bench/bare', { config: PUBLIC_ROUTE, schema: { hide: true } }, async () => ({ ok: true }));

const handler = async (query: CatalogQuery) => {
  const { rows, total } = await searchCatalog(deps.db, deps.dialect, query);
  return { items: rows.map(presentCatalogItem), total };
};
const route = { config: PUBLIC_ROUTE, schema: { hide: true, querystring: CatalogQuery } };
const json = 'application/json; charset=utf-8';

// The real handler without a response schema: Fastify falls back to JSON.stringify.
app.get('/exp/plain', route, (req) => handler(req.query));

// The real handler with the response schema compiled by fast-json-stringify instead of zod.
const stringify = fastJson(z.toJSONSchema(CatalogPage, { io: 'output' }) as Parameters<typeof fastJson>[0]);
app.get('/exp/fjs', route, async (req, reply) => reply.type(json).send(stringify(await handler(req.query))));

// Candidate: one FTS5 table holding what a catalog card shows, so a search is one MATCH, no joins.
// (Filled below, after phase 2; a real version is maintained by publish/retire.)
const cards: { page?: SQLite.Statement; count?: SQLite.Statement } = {};
app.get(
  '/exp/fts-table',
  { config: PUBLIC_ROUTE, schema: { hide: true, querystring: CatalogQuery, response: { 200: CatalogPage } } },
  (req) => {
    const match = searchTokens(req.query.q)
      .map((t) => `"${t}"*`)
      .join(' ');
    type Row = Record<string, string | number>;
    const rows = cards.page!.all(match, req.query.limit, req.query.offset) as Row[];
    const total = (cards.count!.get(match) as { n: number }).n;
    return {
      items: rows.map((r) => ({
        id: String(r.id),
        slug: String(r.slug),
        title: String(r.title),
        summary: String(r.summary),
        topic: String(r.topic),
        subject: String(r.subject),
        gradeBand: String(r.grade_band),
        creditHours: Number(r.credit_hours),
        estimatedHours: Number(r.estimated_hours),
        priceCents: Number(r.price_cents),
        version: Number(r.version),
        imageUrl: badgeImagePath(String(r.version_id)),
        issuer: { id: String(r.issuer_id), name: String(r.issuer_name), slug: String(r.issuer_slug) },
      })),
      total,
    };
  },
);

// Candidate: the serialized page cached per normalized query, valid while the catalog generation
// (one row, bumped by publish and retire in their transaction) is unchanged.
const cache = new Map<string, { generation: number; body: string }>();
app.get('/exp/cached', route, async (req, reply) => {
  const generation = (
    await sql<{ g: number }>`select generation as g from bench_catalog_generation`.execute(deps.db)
  ).rows[0]!.g;
  const key = JSON.stringify(req.query);
  let hit = cache.get(key);
  if (hit?.generation !== generation) {
    hit = { generation, body: stringify(await handler(req.query)) };
    cache.set(key, hit);
  }
  return reply.type(json).send(hit.body);
});

await app.listen({ host: '127.0.0.1', port: 0 });
const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

const qs = (prefix: string) => SEARCH_QUERIES.map((q) => `${prefix}?q=${encodeURIComponent(q)}&limit=20`);
const browse = BROWSE_TOPICS.map((t) => `/api/v1/micro-credentials?topic=${t}&limit=20`);

async function inProcess() {
  const time = async (label: string, fn: () => Promise<unknown>) => {
    for (let i = 0; i < 50; i++) await fn();
    const runs: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      for (let i = 0; i < 100; i++) await fn();
      runs.push((performance.now() - t) * 10);
    }
    log(`  ${label.padEnd(52)} ${String(Math.round(runs.sort((a, b) => a - b)[2]!)).padStart(6)} µs`);
  };
  for (const q of [{ q: 'feedback' }, { q: 'math' }, { topic: 'formative-assessment' }, {}]) {
    const query = CatalogQuery.parse({ ...q, limit: 20 });
    await time(`searchCatalog ${JSON.stringify(q)}`, () => searchCatalog(deps.db, deps.dialect, query));
  }
  const from = `from micro_credential_versions v join micro_credentials m on m.current_version_id = v.id
    join organizations o on o.id = v.issuer_id where m.status = 'published'
    and v.id in (select version_id from catalog_fts where catalog_fts match '"math"*')`;
  await time('  its page query alone, q=math (270 matches)', () =>
    sql.raw(`select v.title, v.summary, m.slug ${from} order by v.title, m.id limit 20`).execute(deps.db),
  );
  await time('  its count query alone, q=math', () => sql.raw(`select count(*) ${from}`).execute(deps.db));
  await time('  the FTS5 MATCH alone, q=math', () =>
    sql.raw(`select count(*) from catalog_fts where catalog_fts match '"math"*'`).execute(deps.db),
  );
  const plan = await sql.raw(`explain query plan select count(*) ${from}`).execute(deps.db);
  log(`  plan: ${(plan.rows as { detail: string }[]).map((r) => r.detail).join(' | ')}`);
}

/** Each target between two runs of the bare route; its ratio is to the mean of those two. */
async function overHttp(targets: [string, string[]][]) {
  let before = await measure(baseUrl, ['/bench/bare'], load);
  for (const [label, paths] of targets) {
    const m = await measure(baseUrl, paths, load);
    const after = await measure(baseUrl, ['/bench/bare'], load);
    const bare = (before.requestsPerSecond + after.requestsPerSecond) / 2;
    const broken = m.non2xx || m.errors ? `  (${m.non2xx} non-2xx, ${m.errors} errors!)` : '';
    log(
      `  ${label.padEnd(52)} ${String(Math.round(m.requestsPerSecond)).padStart(6)} req/s, ` +
        `p50 ${m.latencyMs.p50} ms, ratio ${(m.requestsPerSecond / bare).toFixed(3)} (bare ${Math.round(bare)})${broken}`,
    );
    before = after;
  }
}

log(`== 1. as migrated`);
await inProcess();
await overHttp([
  ['search (real route)', qs('/api/v1/micro-credentials')],
  ['search, no response schema (JSON.stringify)', qs('/exp/plain')],
  ['search, fast-json-stringify', qs('/exp/fjs')],
  ['browse by topic (real route)', browse],
]);

log('\n== 2. + indexes micro_credentials (current_version_id),');
log('        micro_credential_versions (is_current, topic, title)');
await sql`create index bench_mc_current_version on micro_credentials (current_version_id)`.execute(deps.db);
await sql`create index bench_mcv_current_topic_title on micro_credential_versions (is_current, topic, title)`.execute(
  deps.db,
);
await sql`analyze`.execute(deps.db);
await inProcess();
await overHttp([
  ['search (real route)', qs('/api/v1/micro-credentials')],
  ['search, fast-json-stringify', qs('/exp/fjs')],
  ['browse by topic (real route)', browse],
]);

log('\n== 3. candidate designs (with the indexes of 2)');
const file = deps.config.databaseUrl.slice('sqlite:'.length);
const raw = new SQLite(file);
raw.exec(`create virtual table bench_catalog_cards using fts5(
  id unindexed, slug unindexed, version_id unindexed, version unindexed, title unindexed, summary unindexed,
  topic unindexed, subject unindexed, grade_band unindexed, credit_hours unindexed, estimated_hours unindexed,
  price_cents unindexed, issuer_id unindexed, issuer_name unindexed, issuer_slug unindexed, search_text,
  tokenize = 'porter unicode61')`);
raw.exec(`insert into bench_catalog_cards
  select m.id, m.slug, v.id, v.version, v.title, v.summary, v.topic, v.subject, v.grade_band, v.credit_hours,
         v.estimated_hours, v.price_cents, o.id, o.name, o.slug, v.search_text
  from micro_credential_versions v join micro_credentials m on m.current_version_id = v.id
  join organizations o on o.id = v.issuer_id where m.status = 'published'`);
raw.exec(
  `create table bench_catalog_generation (generation integer not null); insert into bench_catalog_generation values (1)`,
);
cards.page = raw.prepare(
  `select * from bench_catalog_cards where bench_catalog_cards match ? order by title, id limit ? offset ?`,
);
cards.count = raw.prepare(`select count(*) as n from bench_catalog_cards where bench_catalog_cards match ?`);
await overHttp([
  ['search, one FTS5 table with the card columns (zod)', qs('/exp/fts-table')],
  ['search, cached per query + generation check', qs('/exp/cached')],
]);

raw.close();
await app.close();
await deps.close();
