/**
 * The autosave benchmark (run by `npm run bench` after the others, or alone with
 * `npx tsx bench/autosave.ts`). See docs/BENCHMARKS.md.
 *
 * One app serves `PATCH /api/v1/submissions/:id/draft` and bare echo routes. Educators, each signed
 * in through the real login route, save 5,000-word drafts from a closed loop of keep-alive
 * connections in a worker thread; the echo route gets the very same requests (body and session
 * cookie). Bound: a save costs at most 3 × the echo's request, cost being the CPU time spent
 * serving it (the server thread, plus PostgreSQL's backends on PostgreSQL).
 *
 * Environment: BENCH_AUTOSAVE_SECONDS (measured seconds per run, default 4),
 * BENCH_AUTOSAVE_CONNECTIONS (educators saving at once, default 10), BENCH_AUTOSAVE_DRAFTS
 * (drafts per educator, saved in turn, default 10), BENCH_AUTOSAVE_WORDS (default 5000),
 * DATABASE_URL=postgres://… or TEST_DATABASE_URL (run on PostgreSQL).
 */
import { runAlone } from './run-alone.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { findDraftRevision } from '../src/features/submissions/submissions.repository.js';
import { createMicroCredential } from '../src/features/catalog/author-micro-credential.js';
import { publishMicroCredential } from '../src/features/catalog/publish-micro-credential.js';
import { buildApp } from '../src/server/app.js';
import { PUBLIC_ROUTE, type App } from '../src/server/http.js';
import { authFor, buildOrg, buildUser } from '../src/test-support/factories.js';
import { signIn } from '../src/test-support/http.js';
import {
  ECHO_PATH,
  REPLY_PATH,
  saveBody,
  startClient,
  type ClientData,
  type RunResult,
  type Target,
} from './autosave-client.js';
import { createCpuMeter, type CpuSpent } from './autosave-cpu.js';
import { draftBodies, draftQuestions, longFormContent } from './autosave-draft.js';
import { createBenchDeps, type BenchDeps } from './setup.js';
import { printTable } from './table.js';

/** A save costs at most this multiple of the echo route's request. */
export const MAX_COST_RATIO = 3;
/** Distinct save bodies each draft cycles through. */
const BODY_VARIANTS = 48;

const log = (s = '') => process.stdout.write(`${s}\n`);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function num(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return n;
}

export interface AutosaveBenchResult {
  pass: boolean;
  file: string;
}

/** What is loaded: a route, and whether the requests carry the educator's session cookie. */
type Kind = { id: string; target: Target; withCookie: boolean; label: string };
const REFERENCE: Kind = {
  id: 'echo',
  target: 'echo',
  withCookie: true,
  label: 'echo route, same requests (reference)',
};
const SAVE: Kind = { id: 'save', target: 'save', withCookie: true, label: 'PATCH …/draft' };
/** Printed, not bounded: the echo without the sign-in hook's work, and a small reply instead of the body. */
const EXTRAS: Kind[] = [
  { id: 'echo-anonymous', target: 'echo', withCookie: false, label: 'echo route, no session cookie' },
  {
    id: 'reply-anonymous',
    target: 'reply',
    withCookie: false,
    label: 'reply of a save’s size, no cookie',
  },
];

type Run = RunResult & CpuSpent;

/** A kind's runs together: rate, latency percentiles, CPU time per request. */
function summarize(kind: Kind, runs: Run[]) {
  const latencies = runs.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!;
  const sum = (f: (r: Run) => number) => runs.reduce((n, r) => n + f(r), 0);
  const requests = sum((r) => r.requests);
  const postgres = runs.some((r) => r.databaseMs !== null);
  return {
    id: kind.id,
    label: kind.label,
    runs: runs.length,
    requests,
    requestsPerSecond: requests / sum((r) => r.seconds),
    latencyMs: { p50: at(0.5), p90: at(0.9), p99: at(0.99) },
    /** CPU per request, in µs: the server thread, PostgreSQL's backends (null on SQLite), both. */
    cpuMicros: {
      server: (sum((r) => r.serverMs) / requests) * 1000,
      database: postgres ? (sum((r) => r.databaseMs ?? 0) / requests) * 1000 : null,
      total: (sum((r) => r.serverMs + (r.databaseMs ?? 0)) / requests) * 1000,
    },
    clientUtilization: sum((r) => r.clientUtilization * r.seconds) / sum((r) => r.seconds),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    problem: runs.find((r) => r.problem)?.problem ?? null,
  };
}

/** Runs the benchmark, prints its table and PASS/FAIL line, writes JSON to bench/results/. */
export async function runAutosaveBench(): Promise<AutosaveBenchResult> {
  const started = performance.now();
  const settings = {
    seconds: num('BENCH_AUTOSAVE_SECONDS', 4),
    connections: Math.round(num('BENCH_AUTOSAVE_CONNECTIONS', 10)),
    draftsPerEducator: Math.round(num('BENCH_AUTOSAVE_DRAFTS', 10)),
    words: Math.round(num('BENCH_AUTOSAVE_WORDS', 5000)),
  };
  const deps = await createBenchDeps();
  try {
    log(
      `\nmicrocred autosave benchmark — ${deps.databaseLabel}, ${os.availableParallelism()} cores, node ${process.version}`,
    );
    const world = await seed(deps, settings.connections, settings.draftsPerEducator);
    const app = await buildApp(deps, { logger: false, serveWeb: false });
    registerEchoRoutes(app);
    try {
      return await measure(app, deps, world, settings, started);
    } finally {
      await app.close();
    }
  } finally {
    await deps.close();
  }
}

/**
 * Bare routes beside the app's own, behind the same hooks, with no schema and no database: one
 * sends the parsed JSON body back (an echo), one answers with a reply the size of a save's.
 */
export function registerEchoRoutes(app: App) {
  app.post(ECHO_PATH, { config: PUBLIC_ROUTE, schema: { hide: true } }, async (req) => req.body);
  app.post(REPLY_PATH, { config: PUBLIC_ROUTE, schema: { hide: true } }, async (req) => ({
    revision: (req.body as { revision: number }).revision + 1,
    updatedAt: new Date().toISOString(),
  }));
}

export type World = Awaited<ReturnType<typeof seed>>;

/**
 * An issuer with `perEducator` long-form micro-credentials, published through the real use cases,
 * and `educators` educators at a school.
 */
export async function seed(deps: BenchDeps, educators: number, perEducator: number) {
  const state = await buildOrg(deps.db, 'state', 'State of Example');
  const district = await buildOrg(deps.db, 'district', 'Riverbend District', state.id);
  const school = await buildOrg(deps.db, 'school', 'Maple Street Elementary', district.id);
  const issuer = await buildOrg(deps.db, 'issuer', 'Northfield Institute');
  const admin = await buildUser(deps.db, { roles: [['issuer_admin', issuer.id]] });
  const auth = await authFor(deps.db, admin.id);
  const microCredentialIds: string[] = [];
  for (let n = 0; n < perEducator; n++) {
    const created = await createMicroCredential(deps, auth, {
      issuerId: issuer.id,
      slug: `long-form-${n + 1}`,
      content: longFormContent(n),
    });
    await publishMicroCredential(deps, auth, created.id);
    microCredentialIds.push(created.id);
  }
  const people = await Promise.all(
    Array.from({ length: educators }, () => buildUser(deps.db, { roles: [['educator', school.id]] })),
  );
  return { microCredentialIds, educators: people, questions: draftQuestions(longFormContent(0)) };
}

async function measure(
  app: App,
  deps: BenchDeps,
  world: World,
  settings: { seconds: number; connections: number; draftsPerEducator: number; words: number },
  started: number,
) {
  const bodies = draftBodies(world.questions, settings.words, BODY_VARIANTS);
  const bodyBytes = Buffer.byteLength(saveBody(1, bodies[0]!));
  const sessions = await startDrafts(app, world, bodies[0]!);
  for (const url of [ECHO_PATH, REPLY_PATH]) {
    const res = await app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/json', cookie: sessions[0]!.cookie },
      payload: saveBody(1, bodies[0]!),
    });
    if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode}: ${res.body.slice(0, 300)}`);
  }
  log(
    `${sessions.length} educators signed in, ${fmt(sessions.length * settings.draftsPerEducator)} drafts of ` +
      `${fmt(settings.words)} words over ${world.questions.length} questions (${fmt(bodyBytes)} bytes a save, ` +
      `${BODY_VARIANTS} variants in turn)`,
  );

  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const client = startClient({ baseUrl: `http://127.0.0.1:${port}`, sessions, bodies });
  const meter = createCpuMeter(deps);
  const runs = new Map<string, Run[]>();
  const run = async (kind: Kind, seconds: number) => {
    const stop = await meter();
    const result = await client.run(kind.target, seconds, kind.withCookie);
    const r = { ...result, ...(await stop()) };
    runs.set(kind.id, [...(runs.get(kind.id) ?? []), r]);
    return r;
  };

  log(
    `closed loop: ${settings.connections} keep-alive connections from a worker thread, each an educator ` +
      `saving their ${settings.draftsPerEducator} drafts in turn; ${settings.seconds} s per run`,
  );
  // An untimed pass over each kind, then the reference and the save alternating (reference, save,
  // reference, save, reference), so load from elsewhere on the machine falls on both alike.
  for (const kind of [REFERENCE, SAVE, ...EXTRAS]) await client.run(kind.target, 1.5, kind.withCookie);
  for (const kind of [REFERENCE, SAVE, REFERENCE, SAVE, REFERENCE, ...EXTRAS]) {
    const r = await run(kind, settings.seconds);
    const cpu = ((r.serverMs + (r.databaseMs ?? 0)) / r.requests) * 1000;
    log(
      `  ${kind.id.padEnd(15)} ${fmt(r.requests / r.seconds).padStart(6)} req/s, ${fmt(cpu)} µs CPU a request`,
    );
  }
  const revisions = await client.finish();
  const check = await checkDrafts(deps, revisions);

  const [reference, save, ...extras] = [REFERENCE, SAVE, ...EXTRAS].map((k) => summarize(k, runs.get(k.id)!));
  const costRatio = save!.cpuMicros.total / reference!.cpuMicros.total;
  const postgres = deps.dialect === 'postgres';
  printTable(
    log,
    [
      'target',
      'req/s',
      'p50 ms',
      'p90 ms',
      postgres ? 'CPU µs/req (app + PostgreSQL)' : 'CPU µs/req',
      'save’s cost ×',
      'non-2xx/errors',
    ],
    [reference!, save!, ...extras].map((s) => [
      `${s.label} (${s.runs} run${s.runs > 1 ? 's' : ''})`,
      fmt(s.requestsPerSecond),
      s.latencyMs.p50.toFixed(2),
      s.latencyMs.p90.toFixed(2),
      postgres
        ? `${fmt(s.cpuMicros.total)} (${fmt(s.cpuMicros.server)} + ${fmt(s.cpuMicros.database!)})`
        : fmt(s.cpuMicros.total),
      s === save ? '' : (save!.cpuMicros.total / s.cpuMicros.total).toFixed(2),
      `${s.non2xx}/${s.errors}`,
    ]),
  );
  log(
    `\nsave against the reference: ${costRatio.toFixed(2)} × the CPU a request, ` +
      `${(reference!.requestsPerSecond / save!.requestsPerSecond).toFixed(2)} × the time at full load (req/s), ` +
      `p50 latency ${(save!.latencyMs.p50 / reference!.latencyMs.p50).toFixed(2)} ×, ` +
      `p90 ${(save!.latencyMs.p90 / reference!.latencyMs.p90).toFixed(2)} ×`,
  );
  log(
    `load generator busy ${(reference!.clientUtilization * 100).toFixed(0)} % (reference), ` +
      `${(save!.clientUtilization * 100).toFixed(0)} % (save); ${fmt(check.saves)} saves: every draft at the ` +
      `revision its last save returned, holding that text; ${fmt(check.versions)} versions kept`,
  );

  const all = [reference!, save!, ...extras];
  const broken = all.filter((s) => s.non2xx > 0 || s.errors > 0);
  for (const b of broken) log(`FAIL: ${b.non2xx} non-2xx, ${b.errors} errors in ${b.id}: ${b.problem}`);
  for (const p of check.problems) log(`FAIL: ${p}`);
  const pass = costRatio <= MAX_COST_RATIO && broken.length === 0 && check.problems.length === 0;
  log(
    `${pass ? 'PASS' : 'FAIL'}: an autosave of ${fmt(settings.words)} words costs ${costRatio.toFixed(2)} × ` +
      `the echo route given the same request (${fmt(save!.cpuMicros.total)} vs ` +
      `${fmt(reference!.cpuMicros.total)} µs of CPU; bound ≤ ${MAX_COST_RATIO})`,
  );

  const resultsDir = path.join(import.meta.dirname, 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const at = new Date().toISOString();
  const file = path.join(resultsDir, `autosave-${at.replace(/[:.]/g, '-')}.json`);
  const report = {
    at,
    pass,
    bound: { maxCostRatio: MAX_COST_RATIO, costRatio },
    environment: {
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model,
      database: deps.databaseLabel,
    },
    settings: { ...settings, bodyBytes, bodyVariants: BODY_VARIANTS },
    targets: all,
    runs: Object.fromEntries(
      [...runs].map(([id, rs]) => [id, rs.map(({ latenciesMs: _omitted, ...r }) => r)]),
    ),
    check,
  };
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  log(
    `results written to ${path.relative(process.cwd(), file)} (autosave run ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  return { pass, file };
}

/**
 * Every educator signs in through the login route, starts each micro-credential and saves its
 * first draft (`body` at the revision it starts at): each request the load sends is tried once.
 */
export async function startDrafts(app: App, world: World, body: string): Promise<ClientData['sessions']> {
  const sessions: ClientData['sessions'] = [];
  for (const educator of world.educators) {
    const cookie = await signIn(app, educator.email);
    const submissions = [];
    for (const microCredentialId of world.microCredentialIds) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/submissions',
        headers: { cookie },
        payload: { microCredentialId },
      });
      if (res.statusCode !== 201) throw new Error(`start → ${res.statusCode}: ${res.body.slice(0, 300)}`);
      const view = res.json<{ id: string; current: { revision: number } }>();
      const saved = await app.inject({
        method: 'PATCH',
        url: `/api/v1/submissions/${view.id}/draft`,
        headers: { cookie, 'content-type': 'application/json' },
        payload: saveBody(view.current.revision, body),
      });
      if (saved.statusCode !== 200)
        throw new Error(`save → ${saved.statusCode}: ${saved.body.slice(0, 300)}`);
      submissions.push({ id: view.id, revision: saved.json<{ revision: number }>().revision });
    }
    sessions.push({ cookie, submissions });
  }
  return sessions;
}

/** Each draft is at the revision its last save returned, with a version row holding its text. */
async function checkDrafts(deps: BenchDeps, revisions: Record<string, number>) {
  const problems: string[] = [];
  const ids = Object.keys(revisions);
  const attempts = await deps.db
    .selectFrom('attempts')
    .select(['id', 'submission_id', 'revision', 'answers'])
    .where('submission_id', 'in', ids)
    .execute();
  for (const a of attempts) {
    const version = await findDraftRevision(deps.db, a.id, a.revision);
    if (a.revision !== revisions[a.submission_id]) {
      problems.push(
        `draft ${a.submission_id} is at revision ${a.revision}, its last save returned ${revisions[a.submission_id]}`,
      );
    } else if (version?.answers !== a.answers) {
      problems.push(`draft ${a.submission_id} has no version row holding revision ${a.revision}'s text`);
    }
  }
  if (attempts.length !== ids.length) problems.push(`${ids.length - attempts.length} drafts are missing`);
  const { n } = await deps.db
    .selectFrom('draft_revisions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const saves = attempts.reduce((sum, a) => sum + a.revision, 0);
  return { saves, versions: Number(n), problems };
}

// Run alone: `npx tsx bench/autosave.ts`.
runAlone(import.meta, 'autosave', runAutosaveBench);
