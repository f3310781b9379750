/**
 * Where an autosave's time goes — a diagnostic behind docs/BENCHMARKS.md, not part of
 * `npm run bench`. Run: `npx tsx bench/autosave-profile.ts` (SQLite; PostgreSQL with
 * TEST_DATABASE_URL). One educator, one 5,000-word draft, everything in process, one call at a time:
 * the save and the echo route (same body, same cookie) through `app.inject`, then each step of a
 * save on its own, each the median of many calls, with the draft's history as the saves left it.
 */
import { SaveDraftRequest } from '../src/contracts/submissions.js';
import { resolveSession } from '../src/features/auth/resolve-session.js';
import { revisionsToDrop } from '../src/domain/draft-thinning.js';
import { loadOwnSubmission } from '../src/features/submissions/own-submission.js';
import { THIN_EVERY } from '../src/features/submissions/draft-versions.js';
import { saveSubmissionDraft } from '../src/features/submissions/save-submission-draft.js';
import * as repo from '../src/features/submissions/submissions.repository.js';
import { buildApp } from '../src/server/app.js';
import { SESSION_COOKIE } from '../src/server/http.js';
import { ECHO_PATH, saveBody } from './autosave-client.js';
import { draftBodies } from './autosave-draft.js';
import { registerEchoRoutes, seed, startDrafts } from './autosave.js';
import { createBenchDeps } from './setup.js';

const SAVES = Number(process.env.BENCH_PROFILE_SAVES ?? 300);
const log = (s = '') => process.stdout.write(`${s}\n`);

async function median(n: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(n / 2)]!;
}

const deps = await createBenchDeps();
try {
  log(`autosave profile — ${deps.databaseLabel}`);
  const world = await seed(deps, 1, 1);
  const app = await buildApp(deps, { logger: false, serveWeb: false });
  registerEchoRoutes(app);
  const bodies = draftBodies(world.questions, 5000, 48);
  const [session] = await startDrafts(app, world, bodies[0]!);
  const { cookie, submissions } = session!;
  const sub = submissions[0]!;
  let v = 1;
  const save = async () => {
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/v1/submissions/${sub.id}/draft`,
      headers: { cookie, 'content-type': 'application/json' },
      payload: saveBody(sub.revision, bodies[v++ % bodies.length]!),
    });
    if (res.statusCode !== 200) throw new Error(`save → ${res.statusCode}: ${res.body}`);
    sub.revision = res.json<{ revision: number }>().revision;
  };
  const echo = () =>
    app.inject({
      method: 'POST',
      url: ECHO_PATH,
      headers: { cookie, 'content-type': 'application/json' },
      payload: saveBody(sub.revision, bodies[v % bodies.length]!),
    });
  await median(50, echo);
  const saveMs = await median(SAVES, save);
  const echoMs = await median(SAVES, echo);
  log(`after ${SAVES} saves of one draft (thinned every ${THIN_EVERY}th save; all under two minutes old):`);
  log(`  PATCH …/draft via inject   ${saveMs.toFixed(3)} ms`);
  log(`  echo via inject            ${echoMs.toFixed(3)} ms   (ratio ${(saveMs / echoMs).toFixed(2)})`);

  const token = cookie.slice(SESSION_COOKIE.length + 1);
  const auth = (await resolveSession(deps, token))!;
  const own = await loadOwnSubmission(deps.db, auth, sub.id);
  const body = saveBody(sub.revision, bodies[1]!);
  const parsed = JSON.parse(body) as unknown;
  const parsedAnswers = JSON.parse(own.attempt.answers) as unknown;
  const history = await repo.listDraftRevisions(deps.db, own.attempt.id);
  const steps: [string, () => unknown][] = [
    ['JSON.parse of the body', () => JSON.parse(body)],
    ['zod SaveDraftRequest.parse', () => SaveDraftRequest.parse(parsed)],
    ['resolveSession (3 queries)', () => resolveSession(deps, token)],
    ['loadOwnSubmission (1 query, content cached)', () => loadOwnSubmission(deps.db, auth, sub.id)],
    ['JSON.parse of the stored answers', () => JSON.parse(own.attempt.answers)],
    ['JSON.stringify of the answers', () => JSON.stringify(parsedAnswers)],
    [
      `listDraftRevisions (${history.length} versions)`,
      () => repo.listDraftRevisions(deps.db, own.attempt.id),
    ],
    [
      'revisionsToDrop',
      () =>
        revisionsToDrop(
          history.map((h) => ({ revision: h.revision, savedAt: h.saved_at })),
          new Date(),
        ),
    ],
    [
      'saveSubmissionDraft (the use case)',
      async () => {
        const input = SaveDraftRequest.parse(
          JSON.parse(saveBody(sub.revision, bodies[v++ % bodies.length]!)),
        );
        const r = await saveSubmissionDraft(deps, auth, sub.id, { ...input, revision: sub.revision });
        sub.revision = r.revision;
      },
    ],
  ];
  for (const [label, fn] of steps) log(`  ${label.padEnd(46)} ${(await median(100, fn)).toFixed(3)} ms`);
  await app.close();
} finally {
  await deps.close();
}
