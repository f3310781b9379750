import { loadDashboard } from '../src/features/assessment/dashboard.js';
import { listMyReviews } from '../src/features/reviews/review-use-cases.js';
import { buildApp } from '../src/server/app.js';
import { PUBLIC_ROUTE, type App } from '../src/server/http.js';
import { authFor } from '../src/test-support/factories.js';
import { signIn } from '../src/test-support/http.js';
import { analyze, openLoader } from './assessment-bulk.js';
import { historyWork, insertDecidedWork, MEASURED_RECENT, recentWork } from './assessment-history.js';
import { sampleInRounds, type Timing } from './assessment-measure.js';
import type { World } from './assessment-world.js';
import type { BenchDeps } from './setup.js';
import { printTable } from './table.js';

/** Reviews the measured issuer completed in the dashboard window, besides the resubmissions' first decisions. */
export const RECENT_REVIEWS = 2_000;
export const DASHBOARD_DAYS = 90;
/** Rounds each size's timing is split into (every target once per round). */
const ROUNDS = 5;

export type TargetId = 'queue-route' | 'dashboard-route' | 'queue-use-case' | 'dashboard-use-case';
export const TARGETS: { id: TargetId; label: string }[] = [
  { id: 'queue-route', label: 'GET /api/v1/reviews (assessor, signed in)' },
  { id: 'dashboard-route', label: `GET …/assessment/dashboard?days=${DASHBOARD_DAYS} (issuer admin)` },
  { id: 'queue-use-case', label: 'listMyReviews (in process)' },
  { id: 'dashboard-use-case', label: `loadDashboard, ${DASHBOARD_DAYS} days (in process)` },
];

export interface SizeResult {
  totalReviews: number;
  loadSeconds: number;
  analyzeSeconds: number | null;
  /** Completed reviews, all time: of the measured assessor, and of the measured issuer. */
  history: { assessor: number; issuer: number };
  /** What the measured assessor and admin were shown: must not change between sizes. */
  shape: { queueOpen: number; queueCompleted: number; windowReviews: number; openReviews: number };
  /** The targets, and a bare route timed in the same rounds (the machine's speed at the time). */
  timings: Record<TargetId | 'bare', Timing>;
}

const log = (s = '') => process.stdout.write(`${s}\n`);
const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * The measured issuer's recent activity, then history up to `reviews / 10` reviews in all, measure;
 * history up to `reviews`, measure. Bulk loads go through `openLoader`; ANALYZE follows each.
 */
export async function measureAtTwoSizes(
  deps: BenchDeps,
  world: World,
  settings: { reviews: number; seconds: number; analyze: boolean },
): Promise<[SizeResult, SizeResult]> {
  const loader = await openLoader(deps);
  const app = await buildApp(deps, { logger: false, serveWeb: false });
  // The reference for the machine's speed: what every request pays, and no database.
  app.get('/bench/bare', { config: PUBLIC_ROUTE, schema: { hide: true } }, async () => ({ ok: true }));
  try {
    log(`\nrecent activity of the measured issuer: ${fmt(RECENT_REVIEWS)} reviews in the last 85 days …`);
    await insertDecidedWork(loader.db, world, recentWork(world, RECENT_REVIEWS));
    const cookies = {
      assessor: await signIn(app, world.measured.email),
      admin: await signIn(app, world.admin.email),
    };
    const sizes: SizeResult[] = [];
    for (const [phase, total] of [
      [3, Math.round(settings.reviews / 10)],
      [4, settings.reviews],
    ] as const) {
      const have = await countReviews(deps.db);
      if (have > total) {
        throw new Error(
          `${fmt(have)} reviews before any history, more than ${fmt(total)}: raise BENCH_ASSESSMENT_REVIEWS or lower BENCH_ASSESSMENT_BACKLOG`,
        );
      }
      log(`history: ${fmt(total - have)} older reviews to reach ${fmt(total)} …`);
      const loadStarted = performance.now();
      await insertDecidedWork(loader.db, world, historyWork(world, phase, total - have), (n) =>
        log(`  ${fmt(n)} (${((performance.now() - loadStarted) / 1000).toFixed(1)} s)`),
      );
      const loadSeconds = (performance.now() - loadStarted) / 1000;
      const analyzeStarted = performance.now();
      if (settings.analyze) await analyze(deps.db);
      const analyzeSeconds = settings.analyze ? (performance.now() - analyzeStarted) / 1000 : null;
      log(
        `  ${fmt(total - have)} reviews (with their submissions, attempts, educators) in ${loadSeconds.toFixed(1)} s, ` +
          `${fmt(Math.round((total - have) / loadSeconds))} reviews/s; ANALYZE ${analyzeSeconds === null ? 'skipped' : `${analyzeSeconds.toFixed(1)} s`}`,
      );
      const measured = await measureSize(app, deps, world, cookies, settings.seconds);
      sizes.push({ totalReviews: total, loadSeconds, analyzeSeconds, ...measured });
    }
    return sizes as [SizeResult, SizeResult];
  } finally {
    await app.close();
    await loader.close();
  }
}

async function countReviews(db: BenchDeps['db']): Promise<number> {
  const row = await db
    .selectFrom('reviews')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Times the targets and the bare route at one size, in rounds; every response is checked first. */
async function measureSize(
  app: App,
  deps: BenchDeps,
  world: World,
  cookies: { assessor: string; admin: string },
  seconds: number,
): Promise<Pick<SizeResult, 'history' | 'shape' | 'timings'>> {
  const get = async (url: string, cookie = '') => {
    const res = await app.inject({ url, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode}: ${res.body.slice(0, 300)}`);
    return res;
  };
  const queueUrl = '/api/v1/reviews';
  const dashboardUrl = `/api/v1/issuers/${world.issuerId}/assessment/dashboard?days=${DASHBOARD_DAYS}`;
  const queue = (await get(queueUrl, cookies.assessor)).json<{ items: { status: string }[] }>();
  const dashboard = (await get(dashboardUrl, cookies.admin)).json<{
    turnaround: { count: number };
    backlog: { open: number };
  }>();
  const auth = await authFor(deps.db, world.measured.id);
  const completed = (column: 'assessor_id' | 'issuer_id', id: string) =>
    deps.db
      .selectFrom('reviews')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(column, '=', id)
      .where('status', '=', 'completed')
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  const history = {
    assessor: await completed('assessor_id', world.measured.id),
    issuer: await completed('issuer_id', world.issuerId),
  };
  log(
    `  completed reviews, all time: ${fmt(history.assessor)} by the measured assessor, ${fmt(history.issuer)} of the measured issuer`,
  );
  const timings = await sampleInRounds<TargetId | 'bare'>(
    {
      'queue-route': () => get(queueUrl, cookies.assessor),
      'dashboard-route': () => get(dashboardUrl, cookies.admin),
      'queue-use-case': () => listMyReviews(deps, auth),
      'dashboard-use-case': () => loadDashboard(deps.db, world.issuerId, deps.clock.now(), DASHBOARD_DAYS),
      bare: () => get('/bench/bare'),
    },
    { seconds, rounds: ROUNDS },
  );
  for (const [id, t] of Object.entries(timings)) {
    log(`  ${id.padEnd(18)} median ${t.medianMs.toPrecision(3)} ms (${t.runs} runs)`);
  }
  return {
    history,
    shape: {
      queueOpen: queue.items.filter((i) => i.status === 'assigned').length,
      queueCompleted: queue.items.filter((i) => i.status === 'completed').length,
      windowReviews: dashboard.turnaround.count,
      openReviews: dashboard.backlog.open,
    },
    timings,
  };
}

/** What a call handles: queue items shown, or reviews in the dashboard window. */
const itemsOf = (shape: SizeResult['shape'], id: TargetId) =>
  id.startsWith('queue') ? shape.queueOpen + shape.queueCompleted : shape.windowReviews;

/** Prints the table of both sizes; returns each target's ratio, larger size to smaller. */
export function printSizes(few: SizeResult, many: SizeResult): Record<TargetId | 'bare', number> {
  const ratio = (id: TargetId | 'bare') => many.timings[id].medianMs / few.timings[id].medianMs;
  const row = (id: TargetId | 'bare', label: string, perItem: string) => [
    label,
    `${few.timings[id].medianMs.toPrecision(3)} (${few.timings[id].runs})`,
    `${many.timings[id].medianMs.toPrecision(3)} (${many.timings[id].runs})`,
    perItem,
    ratio(id).toFixed(2),
  ];
  printTable(
    log,
    [
      'median ms per call (calls)',
      `${fmt(few.totalReviews)} reviews`,
      `${fmt(many.totalReviews)} reviews`,
      'µs per item',
      'ratio',
    ],
    [
      ...TARGETS.map((t) =>
        row(t.id, t.label, ((many.timings[t.id].medianMs * 1000) / itemsOf(many.shape, t.id)).toFixed(0)),
      ),
      row('bare', 'bare route, no database (the machine’s speed)', ''),
    ],
  );
  log(
    `\nshown at both sizes: a queue of ${few.shape.queueOpen} open and ${few.shape.queueCompleted} completed reviews ` +
      `(the measured assessor completed ${MEASURED_RECENT} in the last 25 days), ` +
      `${fmt(few.shape.windowReviews)} reviews in the dashboard window, ${fmt(few.shape.openReviews)} open reviews of the issuer; ` +
      `per item: queue items shown, or reviews in the window`,
  );
  return Object.fromEntries(
    [...TARGETS.map((t) => t.id), 'bare' as const].map((id) => [id, ratio(id)]),
  ) as Record<TargetId | 'bare', number>;
}
