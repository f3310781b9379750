/**
 * The upload benchmark (run in `npm run bench`, or alone with `npx tsx bench/uploads.ts`). See
 * docs/BENCHMARKS.md.
 *
 * A 1 GB video is uploaded through the real tus endpoint (`/api/v1/uploads`) by a client in
 * another process, signed in as an educator, into a draft: one creation, then the whole file in
 * one streamed PATCH, then the server's own checks (type sniffing, SHA-256, moving it into the blob
 * store) until the artifact is attached. Reference, in the same run and on the same disk: `cp` of
 * the same file (the median of three copies, two before the upload and one after; dirty pages are
 * written out with `sync` before each copy and before the upload). Bounds: upload throughput ≥ 0.5 × cp's, and the server's peak RSS during the
 * upload < 100 MB above its idle RSS just before.
 *
 * Environment: BENCH_UPLOAD_MB (file size, default 1024), DATABASE_URL=postgres://… or
 * TEST_DATABASE_URL (run on PostgreSQL).
 */
import { runAlone } from './run-alone.js';
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildApp } from '../src/server/app.js';
import { authFor, buildOrg, buildUser } from '../src/test-support/factories.js';
import { signIn } from '../src/test-support/http.js';
import { mp4Bytes } from '../src/test-support/evidence-files.js';
import { publishSample } from '../src/test-support/publish.js';
import { createBenchDeps } from './setup.js';
import { printTable } from './table.js';

const MB = 1024 * 1024;
const MIN_THROUGHPUT_RATIO = 0.5;
const MAX_RSS_GROWTH = 100 * MB;

const log = (s = '') => process.stdout.write(`${s}\n`);
const here = path.dirname(fileURLToPath(import.meta.url));

/** Writes `mb` MiB: an MP4 header, then random bytes (nothing along the way can compress them). */
async function writeVideo(file: string, mb: number) {
  const out = fs.createWriteStream(file);
  const write = (b: Buffer) =>
    new Promise<void>((resolve, reject) => out.write(b, (err) => (err ? reject(err) : resolve())));
  await write(mp4Bytes(MB));
  const chunk = randomBytes(8 * MB);
  for (let left = mb - 1; left > 0; left -= 8) await write(left >= 8 ? chunk : chunk.subarray(0, left * MB));
  await new Promise<void>((resolve) => out.end(resolve));
}

const run = promisify(execFile);

/**
 * Writes dirty pages out first, so neither `cp` nor the upload pays for what came before it
 * (the source file just written, the previous copy).
 */
const settle = () => run('sync');

/** Milliseconds `cp` takes to copy `from` beside itself (the copy is removed). */
async function cpMs(from: string): Promise<number> {
  const to = `${from}.copy`;
  await settle();
  const t0 = performance.now();
  await run('cp', [from, to]);
  const ms = performance.now() - t0;
  fs.rmSync(to, { force: true });
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The server's RSS, sampled every 10 ms until stopped; returns the peak. */
function sampleRss() {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage.rss());
  };
}

function runClient(args: string[]) {
  return new Promise<{ ms: number; artifactId: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'upload-client.ts'), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim()) as { ms: number; artifactId: string })
        : reject(new Error(`client exited ${code}`)),
    );
  });
}

export async function runUploadBench(): Promise<{ pass: boolean }> {
  const mb = Number(process.env.BENCH_UPLOAD_MB ?? 1024);
  const deps = await createBenchDeps();
  const app = await buildApp(deps, { logger: false, serveWeb: false });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const issuer = await buildOrg(deps.db, 'issuer', 'Bench Upload Issuer');
    const admin = await buildUser(deps.db, { roles: [['issuer_admin', issuer.id]] });
    const mc = await publishSample(deps, await authFor(deps.db, admin.id), issuer.id);
    const educator = await buildUser(deps.db);
    const cookie = await signIn(app, educator.email);
    const started = await app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: { cookie },
      payload: { microCredentialId: mc.id },
    });
    const submissionId = started.json<{ id: string }>().id;
    // On the blob store's own disk, as the upload is.
    const source = path.join(deps.blobs.stagingDir('bench'), 'source.mp4');
    log(`\n== Upload: a ${mb} MB video through tus, against cp on the same disk (${deps.dialect})`);
    await writeVideo(source, mb);
    const cpBefore = [await cpMs(source), await cpMs(source)];

    await settle();
    await new Promise((r) => setTimeout(r, 500));
    const idle = process.memoryUsage.rss();
    const stop = sampleRss();
    const upload = await runClient([base, cookie, submissionId, 'lesson-plan', source]);
    const peak = stop();
    const cpAfter = await cpMs(source);
    const cps = [...cpBefore, cpAfter];

    const artifact = await deps.db
      .selectFrom('artifacts')
      .select(['size_bytes', 'content_type'])
      .where('id', '=', upload.artifactId)
      .executeTakeFirstOrThrow();
    if (Number(artifact.size_bytes) !== mb * MB)
      throw new Error(`attached ${artifact.size_bytes} bytes, sent ${mb * MB}`);

    const cp = median(cps);
    const rate = (ms: number) => (mb / (ms / 1000)).toFixed(0);
    const ratio = cp / upload.ms;
    const growth = peak - idle;
    const throughputOk = ratio >= MIN_THROUGHPUT_RATIO;
    const memoryOk = growth < MAX_RSS_GROWTH;
    printTable(
      log,
      ['measure', 'value', 'reference', 'ratio / bound', 'result'],
      [
        [
          'upload throughput (MB/s)',
          rate(upload.ms),
          `cp ${rate(cp)} (median of ${cps.map(rate).join(', ')})`,
          `${ratio.toFixed(2)} ≥ ${MIN_THROUGHPUT_RATIO}`,
          throughputOk ? 'PASS' : 'FAIL',
        ],
        [
          'server RSS during upload (MB)',
          `peak ${(peak / MB).toFixed(0)}`,
          `idle ${(idle / MB).toFixed(0)}`,
          `+${(growth / MB).toFixed(1)} < ${MAX_RSS_GROWTH / MB}`,
          memoryOk ? 'PASS' : 'FAIL',
        ],
      ],
    );
    return { pass: throughputOk && memoryOk };
  } finally {
    await app.close();
    await deps.close();
  }
}

// Run alone: `npx tsx bench/uploads.ts`.
runAlone(import.meta, 'upload', runUploadBench);
