/**
 * `npm run bench`: requests per second of the catalog search, a filtered catalog browse and the
 * credential JSON endpoint, each as a ratio of a bare Fastify route served by the same app, in the
 * same process and the same run. See docs/BENCHMARKS.md.
 *
 * Environment: BENCH_SECONDS (measured seconds per target, default 5), BENCH_WARMUP_SECONDS
 * (default 1), BENCH_CONNECTIONS (default 10), BENCH_COUNT (micro-credentials, default 2000),
 * BENCH_WORKERS (autocannon worker threads, default 1; 0 runs the load generator on the server's
 * own event loop), DATABASE_URL=postgres://… or TEST_DATABASE_URL (run on PostgreSQL).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/server/app.js';
import { PUBLIC_ROUTE, type App } from '../src/server/http.js';
import { BROWSE_TOPICS, SEARCH_QUERIES, TOPIC_EXTRAS } from './catalog-content.js';
import { runAssessmentBench } from './assessment.js';
import { runAutosaveBench } from './autosave.js';
import { runCryptoBench } from './crypto.js';
import { runUploadBench } from './uploads.js';
import { runRosterImportBench } from './roster-import.js';
import { runRenewalBench } from './renewal.js';
import { measure, type LoadSettings, type Measurement } from './measure.js';
import { createBenchDeps, earnCredential, seedCatalog, type BenchDeps, type Seeded } from './setup.js';
import { printTable } from './table.js';

/** The bound: catalog search keeps at least this share of the bare route's rate. */
const SEARCH_MIN_RATIO = 0.3;

const num = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return n;
};

const settings: LoadSettings & { microCredentials: number } = {
  seconds: num('BENCH_SECONDS', 5),
  warmupSeconds: num('BENCH_WARMUP_SECONDS', 1),
  connections: num('BENCH_CONNECTIONS', 10),
  microCredentials: num('BENCH_COUNT', 2000),
  workers: num('BENCH_WORKERS', 1),
};

type Target = { id: string; label: string; paths: string[] };
type Measured = Measurement & {
  id: string;
  label: string;
  bareRequestsPerSecond: number;
  ratioToBare: number;
};

const log = (s = '') => process.stdout.write(`${s}\n`);
const secondsSince = (t: number) => ((performance.now() - t) / 1000).toFixed(1);

async function main() {
  const started = performance.now();
  const deps = await createBenchDeps();
  try {
    return await bench(deps, started);
  } finally {
    await deps.close();
  }
}

async function bench(deps: BenchDeps, started: number) {
  log(`microcred benchmark — ${deps.databaseLabel}`);
  log(`seeding ${settings.microCredentials} published micro-credentials through the real use cases…`);
  const seedStart = performance.now();
  const seeded = await seedCatalog(deps, settings.microCredentials, (n) => log(`  ${n} published`));
  const seedSeconds = Number(secondsSince(seedStart));
  log(`  done in ${seedSeconds} s`);

  const app = await buildApp(deps, { logger: false, serveWeb: false });
  // The reference: a route with no schema, no database and a tiny body, behind the same hooks.
  app.get('/bench/bare', { config: PUBLIC_ROUTE, schema: { hide: true } }, async () => ({ ok: true }));
  try {
    return await measureAll(app, deps, seeded, started, seedSeconds);
  } finally {
    await app.close();
  }
}

async function measureAll(app: App, deps: BenchDeps, seeded: Seeded, started: number, seedSeconds: number) {
  const credentialId = await earnCredential(app, seeded);
  log(`earned one credential through the API: ${credentialId}`);

  // Check every request the benchmark will send before measuring anything.
  const searches = SEARCH_QUERIES.map((q) => `/api/v1/micro-credentials?q=${encodeURIComponent(q)}&limit=20`);
  const browses = BROWSE_TOPICS.map((t) => `/api/v1/micro-credentials?topic=${t}&limit=20`);
  const matches: Record<string, number> = {};
  for (const url of [...searches, ...browses]) {
    const res = await app.inject({ url });
    const body = res.json<{ items: unknown[]; total: number }>();
    if (res.statusCode !== 200 || body.items.length === 0) {
      throw new Error(`${url} → ${res.statusCode}, ${body.items?.length} items: ${res.body.slice(0, 300)}`);
    }
    matches[decodeURIComponent(url.split('?')[1]!.split('&')[0]!)] = body.total;
  }
  log(
    `matches per query: ${Object.entries(matches)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  // More distinct searches than the catalog cache holds, cycled in order: every request misses.
  const misses = SEARCH_QUERIES.flatMap((q) =>
    ['', ...BROWSE_TOPICS.map((t) => `&topic=${t}`), ...TOPIC_EXTRAS].flatMap((topic) =>
      [
        '',
        '&gradeBand=K-12',
        '&gradeBand=6-8',
        '&gradeBand=9-12',
        '&gradeBand=3-5',
        '&gradeBand=PK-2',
      ].flatMap((band) =>
        [10, 20, 25, 50].map(
          (limit) => `/api/v1/micro-credentials?q=${encodeURIComponent(q)}${topic}${band}&limit=${limit}`,
        ),
      ),
    ),
  );
  const credentialUrl = `/credentials/${credentialId}.json`;
  for (const url of ['/bench/bare', credentialUrl]) {
    const res = await app.inject({ url });
    if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode}: ${res.body.slice(0, 300)}`);
  }

  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  const targets: Target[] = [
    { id: 'search', label: `catalog search (q, ${SEARCH_QUERIES.length} words)`, paths: searches },
    { id: 'browse', label: `catalog browse (topic, no q)`, paths: browses },
    { id: 'search-uncached', label: `catalog search, uncached (${misses.length} distinct)`, paths: misses },
    { id: 'credential', label: 'credential JSON', paths: [credentialUrl] },
  ];

  log(
    `\nautocannon: ${settings.connections} connections, ${settings.warmupSeconds} s warm-up + ${settings.seconds} s ` +
      `per run, ${settings.workers ? `${settings.workers} worker thread(s)` : 'on the server event loop'}; ` +
      `${os.cpus().length} CPUs, node ${process.version}`,
  );
  log('the bare route runs before and after each target; a ratio is to the mean of those two runs\n');
  // bare, search, bare, browse, bare, credential, bare: load from elsewhere on the machine shifts
  // both sides of a ratio alike.
  const bareRuns: Measurement[] = [];
  const runBare = async () => {
    const m = await measure(baseUrl, ['/bench/bare'], settings);
    bareRuns.push(m);
    log(`  ${'bare'.padEnd(11)} ${Math.round(m.requestsPerSecond)} req/s`);
    return m;
  };
  // One pass over everything first, so the JIT has seen every route before any measurement.
  for (const paths of [['/bench/bare'], ...targets.map((t) => t.paths)]) {
    await measure(baseUrl, paths, {
      ...settings,
      seconds: Math.max(settings.warmupSeconds, 1),
      warmupSeconds: 0,
    });
  }
  let before = await runBare();
  const measured: Measured[] = [];
  for (const t of targets) {
    const m = await measure(baseUrl, t.paths, settings);
    log(`  ${t.id.padEnd(11)} ${Math.round(m.requestsPerSecond)} req/s`);
    const after = await runBare();
    const bareRate = (before.requestsPerSecond + after.requestsPerSecond) / 2;
    measured.push({
      id: t.id,
      label: t.label,
      ...m,
      bareRequestsPerSecond: bareRate,
      ratioToBare: m.requestsPerSecond / bareRate,
    });
    before = after;
  }

  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const bareSummary: Measurement = {
    requestsPerSecond: mean(bareRuns.map((b) => b.requestsPerSecond)),
    latencyMs: {
      p50: mean(bareRuns.map((b) => b.latencyMs.p50)),
      p99: mean(bareRuns.map((b) => b.latencyMs.p99)),
      average: mean(bareRuns.map((b) => b.latencyMs.average)),
    },
    requests: bareRuns.reduce((a, b) => a + b.requests, 0),
    non2xx: bareRuns.reduce((a, b) => a + b.non2xx, 0),
    errors: bareRuns.reduce((a, b) => a + b.errors, 0),
  };
  const header = ['target', 'req/s', 'p50 ms', 'p99 ms', 'ratio to bare', 'non-2xx/errors'];
  const rows = [
    { label: `bare Fastify route (mean of ${bareRuns.length} runs)`, ...bareSummary, ratioToBare: null },
    ...measured,
  ].map((m) => [
    m.label,
    Math.round(m.requestsPerSecond).toString(),
    m.latencyMs.p50.toFixed(1),
    m.latencyMs.p99.toFixed(1),
    m.ratioToBare === null ? '(reference)' : m.ratioToBare.toFixed(3),
    `${m.non2xx}/${m.errors}`,
  ]);
  printTable(log, header, rows);
  const rates = bareRuns.map((b) => b.requestsPerSecond);
  log(
    `\nbare route runs: ${rates.map((r) => Math.round(r)).join(', ')} req/s ` +
      `(spread ${(((Math.max(...rates) - Math.min(...rates)) / bareSummary.requestsPerSecond) * 100).toFixed(0)} % of the mean)`,
  );

  const search = measured.find((m) => m.id === 'search')!;
  const broken = [...measured, { id: 'bare', ...bareSummary }].filter((m) => m.non2xx > 0 || m.errors > 0);
  const pass = search.ratioToBare >= SEARCH_MIN_RATIO && broken.length === 0;
  if (broken.length) log(`FAIL: non-2xx responses or errors in ${broken.map((b) => b.id).join(', ')}`);
  log(
    `${pass ? 'PASS' : 'FAIL'}: catalog search over ${settings.microCredentials} micro-credentials keeps ` +
      `${search.ratioToBare.toFixed(2)} of the bare route's rate (bound ≥ ${SEARCH_MIN_RATIO.toFixed(2)})`,
  );

  const resultsDir = path.join(import.meta.dirname, 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const at = new Date().toISOString();
  const file = path.join(resultsDir, `bench-${at.replace(/[:.]/g, '-')}.json`);
  const report = {
    at,
    pass,
    bound: { target: 'search', minRatioToBare: SEARCH_MIN_RATIO },
    environment: {
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      database: deps.databaseLabel,
    },
    settings: { ...settings, searchQueries: SEARCH_QUERIES, browseTopics: BROWSE_TOPICS },
    seedSeconds,
    matchesPerQuery: matches,
    bare: { ...bareSummary, runs: bareRuns },
    targets: measured,
  };
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`results written to ${path.relative(process.cwd(), file)} (whole run ${secondsSince(started)} s)`);
  return pass;
}

main()
  // Then the crypto benchmark (bench/crypto.ts): signing pool and verification cache.
  .then(async (pass) => (await runCryptoBench()).pass && pass)
  // Then the assessment benchmark (bench/assessment.ts): backlog assignment, queue and dashboard at scale.
  .then(async (pass) => (await runAssessmentBench()).pass && pass)
  // Then the autosave benchmark (bench/autosave.ts): a 5,000-word draft saved, against an echo route.
  .then(async (pass) => (await runAutosaveBench()).pass && pass)
  // Then the upload benchmark (bench/uploads.ts): a 1 GB video through tus, against cp.
  .then(async (pass) => (await runUploadBench()).pass && pass)
  // Then the roster import (bench/roster-import.ts): 100,000 staff rows, streamed, against csv-parse alone.
  .then(async (pass) => (await runRosterImportBench()).pass && pass)
  // Then renewal progress (bench/renewal.ts): one educator and a 20,000-educator district, 100k vs 1M credentials.
  .then(async (pass) => (await runRenewalBench()).pass && pass)
  .then(
    (pass) => process.exit(pass ? 0 : 1),
    (err: unknown) => {
      process.stderr.write(
        `benchmark failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exit(2);
    },
  );
