/**
 * The assessment benchmark (run at the end of `npm run bench`, or alone with
 * `npx tsx bench/assessment.ts`). See docs/BENCHMARKS.md.
 *
 * 1. Backlog assignment: a backlog of 10,000 submitted attempts drained by `assignWaiting` (the
 *    real code, as the server's sweep calls it) across a pool of 500 assessors. Its cost per
 *    attempt is printed against a backlog a tenth the size and against one plain INSERT per review
 *    row, in the same run; every assignment rule is checked (the bound).
 * 2. Queue and dashboard: an assessor's queue (`GET /api/v1/reviews`) and the issuer dashboard
 *    (`GET /api/v1/issuers/:id/assessment/dashboard`), signed in, and the use cases behind them,
 *    with a tenth of the reviews and then, in the same database grown, with all of them (default
 *    100,000 then 1,000,000). The measured assessor's and issuer's recent activity is the same at
 *    both sizes. Bound: median time at the larger size ≤ 1.5 × at the smaller.
 *
 * Environment: BENCH_ASSESSMENT_REVIEWS (reviews at the larger size, default 1000000),
 * BENCH_ASSESSMENT_BACKLOG (attempts in the measured backlog, default 10000),
 * BENCH_ASSESSMENT_ASSESSORS (pool size, default 500), BENCH_ASSESSMENT_SECONDS (timed seconds
 * per target and size, default 3), BENCH_ASSESSMENT_ANALYZE (0 skips ANALYZE after each bulk
 * load, default 1), DATABASE_URL=postgres://… or TEST_DATABASE_URL (run on PostgreSQL).
 */
import { runAlone } from './run-alone.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../src/db/database.js';
import {
  checkAssignments,
  drainBacklog,
  plainInsertMs,
  submitBacklog,
  type BacklogAttempt,
} from './assessment-backlog.js';
import {
  DASHBOARD_DAYS,
  measureAtTwoSizes,
  printSizes,
  RECENT_REVIEWS,
  TARGETS,
} from './assessment-scale.js';
import { buildWorld, type World } from './assessment-world.js';
import { createBenchDeps } from './setup.js';
import { printTable } from './table.js';

/** Median time with all the reviews at most this multiple of the time with a tenth of them. */
export const MAX_GROWTH = 1.5;
/** The bare route's ratio between sizes beyond which the machine's speed changed too much to compare. */
const STEADY_MACHINE = [0.8, 1.25] as const;

const log = (s = '') => process.stdout.write(`${s}\n`);
const fmt = (n: number) => n.toLocaleString('en-US');
const seconds = (ms: number) => (ms / 1000).toFixed(1);

function num(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return n;
}

export interface AssessmentBenchResult {
  pass: boolean;
  file: string;
}

/** Runs both parts, prints the tables and PASS/FAIL lines, writes JSON to bench/results/. */
export async function runAssessmentBench(): Promise<AssessmentBenchResult> {
  const started = performance.now();
  const settings = {
    reviews: num('BENCH_ASSESSMENT_REVIEWS', 1_000_000),
    backlog: num('BENCH_ASSESSMENT_BACKLOG', 10_000),
    assessors: num('BENCH_ASSESSMENT_ASSESSORS', 500),
    seconds: num('BENCH_ASSESSMENT_SECONDS', 3),
    analyze: process.env.BENCH_ASSESSMENT_ANALYZE !== '0',
  };
  const deps = await createBenchDeps();
  try {
    log(
      `\nmicrocred assessment benchmark — ${deps.databaseLabel}, ${os.availableParallelism()} cores, node ${process.version}`,
    );
    const smallBacklog = Math.max(1, Math.round(settings.backlog / 10));
    const world = await buildWorld(deps, new Date(), {
      assessors: settings.assessors,
      // Each educator submits at most once to each of the issuer's ten micro-credentials.
      educators: Math.max(2_000, Math.ceil((smallBacklog + settings.backlog) / 10)),
      otherAssessorsPerIssuer: 500,
    });
    log(
      `world: ${fmt(world.pool.length)} assessors in the measured pool (capacities 20/30/40, ` +
        `${world.pool.filter((m) => m.away).length} away, all qualified), ${fmt(world.educators.length)} ` +
        `educators over 50 schools in 10 districts, ${world.microCredentials.length} micro-credentials of 4 issuers`,
    );
    const assignment = await assignBacklogs(deps.db, world, smallBacklog, settings.backlog);
    const [few, many] = await measureAtTwoSizes(deps, world, settings);
    const ratios = printSizes(few, many);

    const sameShape = JSON.stringify(few.shape) === JSON.stringify(many.shape);
    const { small, big, problems } = assignment;
    const bounds = [
      {
        id: 'assignment',
        pass: problems.length === 0,
        text:
          `${fmt(small.attempts + big.attempts)} attempts (${fmt(small.reviews + big.reviews)} reviews) assigned by the rules; ` +
          `${fmt(big.attempts)} in ${seconds(big.ms)} s, ${big.msPerAttempt.toFixed(2)} ms per attempt` +
          problems.map((p) => `\n  ${p}`).join(''),
      },
      {
        id: 'same-shape',
        pass: sameShape,
        text: sameShape
          ? 'the measured assessor and admin were shown the same amount at both sizes'
          : `what was shown changed between sizes: ${JSON.stringify(few.shape)} vs ${JSON.stringify(many.shape)}`,
      },
      ...TARGETS.map((t) => ({
        id: t.id,
        pass: ratios[t.id] <= MAX_GROWTH,
        text: `${t.label}: ${many.timings[t.id].medianMs.toFixed(2)} ms with ${fmt(many.totalReviews)} reviews = ${ratios[t.id].toFixed(2)} × with ${fmt(few.totalReviews)} (bound ≤ ${MAX_GROWTH})`,
      })),
    ];
    if (ratios.bare < STEADY_MACHINE[0] || ratios.bare > STEADY_MACHINE[1]) {
      log(
        `\nWARNING: the bare route took ${ratios.bare.toFixed(2)} × as long at the larger size: the machine's ` +
          'speed changed between the two measurements, so their ratios say little; run again.',
      );
    }
    for (const bound of bounds) log(`${bound.pass ? 'PASS' : 'FAIL'}: ${bound.text}`);
    const pass = bounds.every((b) => b.pass);

    const resultsDir = path.join(import.meta.dirname, 'results');
    fs.mkdirSync(resultsDir, { recursive: true });
    const stamp = new Date().toISOString();
    const file = path.join(resultsDir, `assessment-${stamp.replace(/[:.]/g, '-')}.json`);
    const report = {
      at: stamp,
      pass,
      bounds: bounds.map(({ id, pass: ok }) => ({ id, pass: ok })),
      limits: { maxGrowth: MAX_GROWTH },
      environment: {
        node: process.version,
        platform: `${os.platform()} ${os.arch()}`,
        cpus: os.availableParallelism(),
        cpuModel: os.cpus()[0]?.model,
        database: deps.databaseLabel,
      },
      settings: { ...settings, recentReviews: RECENT_REVIEWS, dashboardDays: DASHBOARD_DAYS },
      assignment,
      sizes: [few, many],
      ratios,
    };
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    log(
      `results written to ${path.relative(process.cwd(), file)} (assessment run ${seconds(performance.now() - started)} s)`,
    );
    return { pass, file };
  } finally {
    await deps.close();
  }
}

interface AssignmentRun {
  attempts: number;
  reviews: number;
  /** `assignWaiting` calls (transactions) it took. */
  calls: number;
  ms: number;
  msPerAttempt: number;
  msPerReview: number;
}

/**
 * Part 1: the reference backlog (`small` attempts), then the measured one (`big`), each put in the
 * backlog and drained; between them the plain-INSERT floor; every rule checked after each.
 */
async function assignBacklogs(db: Db, world: World, small: number, big: number) {
  const at = world.now.toISOString();
  const drain = async (attempts: BacklogAttempt[]): Promise<AssignmentRun> => {
    const reviews = attempts.reduce((n, a) => n + (a.doubleScored ? 2 : 1), 0);
    const drained = await drainBacklog(db, world.issuerId, at);
    return {
      attempts: attempts.length,
      reviews,
      calls: drained.calls,
      ms: drained.ms,
      msPerAttempt: drained.ms / attempts.length,
      msPerReview: drained.ms / reviews,
    };
  };
  log(`backlog of ${fmt(small)} attempts (the reference size) …`);
  const smallAttempts = await submitBacklog(db, world, 0, small);
  const smallRun = await drain(smallAttempts);
  const smallCheck = await checkAssignments(db, world, smallAttempts);
  log(`backlog of ${fmt(big)} attempts …`);
  const bigAttempts = await submitBacklog(db, world, small, big);
  const floorMs = await plainInsertMs(db, world, bigAttempts);
  const bigRun = await drain(bigAttempts);
  const { problems, ...check } = await checkAssignments(db, world, [...smallAttempts, ...bigAttempts]);
  const floorPerReview = floorMs / bigRun.reviews;
  printTable(
    log,
    ['backlog assignment', 'attempts', 'reviews', 'calls', 'seconds', 'ms/attempt', 'ms/review', 'ratio'],
    [
      [
        'reference: one INSERT per review row, rolled back',
        '',
        fmt(bigRun.reviews),
        '',
        seconds(floorMs),
        '',
        floorPerReview.toFixed(3),
        '(reference)',
      ],
      ...[smallRun, bigRun].map((r) => [
        `assignWaiting, ${fmt(r.attempts)} attempts`,
        fmt(r.attempts),
        fmt(r.reviews),
        String(r.calls),
        seconds(r.ms),
        r.msPerAttempt.toFixed(3),
        r.msPerReview.toFixed(3),
        `${(r.msPerReview / floorPerReview).toFixed(1)}×`,
      ]),
    ],
  );
  const perAttemptGrowth = bigRun.msPerAttempt / smallRun.msPerAttempt;
  log(
    `\nper-attempt cost, ${fmt(big)} vs ${fmt(small)} attempts: ${perAttemptGrowth.toFixed(2)}×; ` +
      `${fmt(check.resubmissions)} resubmissions, ${fmt(check.backToFirstAssessor)} back to their first assessor; ` +
      `fullest assessor at ${(check.fullestShare * 100).toFixed(0)} % of capacity`,
  );
  return {
    reference: { reviews: bigRun.reviews, ms: floorMs, msPerReview: floorPerReview },
    small: smallRun,
    big: bigRun,
    perAttemptGrowth,
    check,
    problems: [...smallCheck.problems.map((p) => `first backlog: ${p}`), ...problems],
  };
}

// Run alone: `npx tsx bench/assessment.ts`.
runAlone(import.meta, 'assessment', runAssessmentBench);
