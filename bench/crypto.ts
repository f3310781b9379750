/**
 * The crypto benchmark (run at the end of `npm run bench`, or alone with `npx tsx bench/crypto.ts`):
 * bulk issuance through the signing pool and verification (first time, and repeated through the
 * cache), each as a ratio of `@digitalbazaar/vc` measured in the same process and the same run.
 * See docs/BENCHMARKS.md.
 *
 * Environment: BENCH_CRYPTO_SECONDS (measured seconds per phase, default 3), BENCH_CRYPTO_WORKERS
 * (signing pool size, default one per core).
 */
import { runAlone } from './run-alone.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import SQLite from 'better-sqlite3';
import { buildOpenBadgeCredential } from '../src/openbadges/build-credential.js';
import { MULTIKEY_V1_CONTEXT } from '../src/openbadges/contexts.js';
import { signBoth } from '../src/openbadges/sign-both.js';
import { createSigningPool, type SignedBoth, type SigningJob } from '../src/openbadges/signing-pool.js';
import {
  buildTestCredentialInput,
  buildTestIssuer,
  independentLoader,
} from '../src/openbadges/test-fixtures.js';
import type { JsonObject } from '../src/openbadges/types.js';
import { createCachedVerifier } from '../src/openbadges/verify-cache.js';
import { verifyCredential, type VerifyOptions } from '../src/openbadges/verify.js';
import { printTable } from './table.js';

/** Bulk issuance (both proofs, stored) on every core: at least this multiple of the library's rate. */
export const BULK_MIN_RATIO = 1.6;
/** A first verification costs at most this multiple of the library's time per verification. */
export const FIRST_VERIFY_MAX_COST = 1.2;
/** A repeated verification (cache, status still checked): at least this multiple of the library's rate. */
export const CACHED_VERIFY_MIN_RATIO = 20;

/** Alternating rounds of reference A and the pool. */
const ROUNDS = 3;
/** Credentials per `pool.sign` call in bulk issuance; each call is stored in one transaction. */
const CHUNK = 64;

const LIST_URL = 'https://localhost:3000/issuers/acme/status/1';
const LIST_ENTRIES = 131072;

const log = (s = '') => process.stdout.write(`${s}\n`);

function num(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return n;
}

/** Runs `step` sequentially for about `seconds`; returns completed runs per second. */
async function ratePerSecond(seconds: number, step: (n: number) => Promise<void>): Promise<number> {
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  let n = 0;
  while (performance.now() < until) await step(n++);
  return n / ((performance.now() - started) / 1000);
}

const uuid = (n: number) => `urn:uuid:00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/**
 * How much faster `count` threads of pure JavaScript run than one, right now: what the machine
 * (its cores, and whatever else is running on it) allows any pool before signing is involved.
 */
async function parallelHeadroom(count: number): Promise<number> {
  const code = `const { parentPort } = require('node:worker_threads');
    const fib = (n) => (n < 2 ? n : fib(n - 1) + fib(n - 2));
    const t = performance.now(); let n = 0;
    while (performance.now() - t < 1000) { fib(20); n++; }
    parentPort.postMessage(n / ((performance.now() - t) / 1000));`;
  const run = async (threads: number) => {
    const workers = Array.from({ length: threads }, () => new Worker(code, { eval: true }));
    const rates = await Promise.all(
      workers.map((w) => new Promise<number>((resolve) => w.once('message', resolve))),
    );
    await Promise.all(workers.map((w) => w.terminate()));
    return rates.reduce((a, b) => a + b, 0);
  };
  const one = await run(1);
  return (await run(count)) / one;
}

export interface CryptoBenchResult {
  pass: boolean;
  file: string;
}

/** Runs every phase, prints the table and PASS/FAIL lines, writes JSON to bench/results/. */
export async function runCryptoBench(): Promise<CryptoBenchResult> {
  const started = performance.now();
  const seconds = num('BENCH_CRYPTO_SECONDS', 3);
  const workers = Math.round(num('BENCH_CRYPTO_WORKERS', os.availableParallelism()));
  log(`\nmicrocred crypto benchmark — ${os.availableParallelism()} cores, node ${process.version}`);

  // A realistic OB 3.0 credential: achievement with criteria, image, alignment and creator; hashed
  // email identifier; evidence; credentialSchema; a Bitstring Status List entry. Each one distinct.
  const issuer = await buildTestIssuer('acme');
  const unsignedCredential = (n: number): JsonObject =>
    buildOpenBadgeCredential(
      buildTestCredentialInput(issuer.did, {
        id: uuid(n),
        validFrom: '2025-09-01T08:30:00Z',
        recipient: { id: `did:example:teacher-${n}`, email: `teacher${n}@school.example` },
        credentialStatus: {
          id: `${LIST_URL}#${n % LIST_ENTRIES}`,
          type: 'BitstringStatusListEntry',
          statusPurpose: 'revocation',
          statusListIndex: String(n % LIST_ENTRIES),
          statusListCredential: LIST_URL,
        },
      }),
    ) as JsonObject;

  // ---- Reference A: @digitalbazaar/vc issue(), one process, one credential after another.
  const libraryLoader = independentLoader(issuer.didDocument);
  const keyPair = await Ed25519Multikey.from({
    '@context': MULTIKEY_V1_CONTEXT,
    type: 'Multikey',
    id: issuer.signingKey.verificationMethod,
    controller: issuer.did,
    publicKeyMultibase: issuer.signingKey.publicKeyMultibase,
    secretKeyMultibase: issuer.signingKey.secretKeyMultibase,
  });
  const signingSuite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite });
  const prepared = Array.from({ length: 64 }, (_, n) => unsignedCredential(1_000_000 + n));
  const libraryIssue = async (n: number) => {
    await vc.issue({
      credential: structuredClone(prepared[n % prepared.length]!),
      suite: signingSuite,
      documentLoader: libraryLoader,
    });
  };
  for (let n = 0; n < 30; n++) await libraryIssue(n);
  for (let n = 0; n < 30; n++) await signBoth(prepared[n % prepared.length]!, issuer.signingKey);
  log('signBoth in-process …');
  const inProcessBoth = await ratePerSecond(seconds / 2, async (n) => {
    await signBoth(prepared[n % prepared.length]!, issuer.signingKey);
  });

  const headroom = await parallelHeadroom(workers);
  log(
    `parallel headroom: ${workers} threads of plain JavaScript run ${headroom.toFixed(2)}× one thread right now`,
  );

  // ---- Bulk issuance through the pool: both proofs, stored in SQLite.
  const pool = createSigningPool({ size: workers });
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'microcred-crypto-bench-'));
  const sqlite = new SQLite(path.join(folder, 'bench.sqlite'));
  let bulk: { count: number; seconds: number; rate: number; perWorker: { jobs: number; rate: number }[] };
  let texts: string[];
  const issueRuns: number[] = [];
  try {
    // The same settings as the app's openDatabase.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.exec(
      'CREATE TABLE credentials (id TEXT PRIMARY KEY, document TEXT NOT NULL, jwt TEXT NOT NULL, issued_at TEXT NOT NULL)',
    );
    const insert = sqlite.prepare(
      'INSERT INTO credentials (id, document, jwt, issued_at) VALUES (?, ?, ?, ?)',
    );
    // Stored as the app stores them: the JSON text as signed, the JWT, under the credential's id.
    const store = sqlite.transaction((jobs: SigningJob[], rows: SignedBoth[]) => {
      const at = new Date().toISOString();
      rows.forEach(({ document, jwt }, i) =>
        insert.run((jobs[i]!.unsigned as JsonObject).id, document, jwt, at),
      );
    });

    const job = (n: number): SigningJob => ({ unsigned: unsignedCredential(n), key: issuer.signingKey });
    log('reference A (@digitalbazaar/vc issue()) and bulk issuance through the pool, alternating …');
    // Warm-up: start the workers and let their JIT see the code.
    await pool.sign(Array.from({ length: workers * 20 }, (_, n) => job(2_000_000 + n)));
    const statsBefore = pool.stats();

    // Rounds of the library and the pool, alternating (A, pool, A, pool, …, A), so that load from
    // elsewhere on the machine falls on both sides of the ratio alike.
    let count = 0;
    let bulkMs = 0;
    for (let round = 0; round < ROUNDS; round++) {
      issueRuns.push(await ratePerSecond(seconds / ROUNDS, libraryIssue));
      // Sized from the in-process rate, so that each round keeps the pool busy for about its share of the time.
      const roundCount = Math.max(workers * 16, Math.round((inProcessBoth * workers * seconds) / ROUNDS));
      const jobs = Array.from({ length: roundCount }, (_, n) => job(count + n));
      log(`  round ${round + 1}: ${roundCount} credentials on ${workers} workers …`);
      const roundStart = performance.now();
      // Every chunk is queued at once; each is stored as soon as it is signed, while later ones sign.
      const pending = [];
      for (let start = 0; start < roundCount; start += CHUNK) {
        const chunk = jobs.slice(start, start + CHUNK);
        pending.push(pool.sign(chunk).then((signed) => [chunk, signed] as const));
      }
      for (const done of pending) store(...(await done));
      bulkMs += performance.now() - roundStart;
      count += roundCount;
    }
    issueRuns.push(await ratePerSecond(seconds / ROUNDS, libraryIssue));
    const bulkSeconds = bulkMs / 1000;
    const stored = sqlite.prepare('SELECT count(*) AS n FROM credentials').get() as { n: number };
    if (stored.n !== count) throw new Error(`stored ${stored.n} credentials, expected ${count}`);
    const perWorker = pool.stats().map((s, i) => {
      const jobsDone = s.jobs - (statsBefore[i]?.jobs ?? 0);
      const busy = (s.busyMs - (statsBefore[i]?.busyMs ?? 0)) / 1000;
      return { jobs: jobsDone, rate: busy > 0 ? jobsDone / busy : 0 };
    });
    bulk = { count, seconds: bulkSeconds, rate: count / bulkSeconds, perWorker };
    texts = (
      sqlite.prepare('SELECT document FROM credentials ORDER BY id').all() as { document: string }[]
    ).map((row) => row.document);
  } finally {
    await pool.close();
    sqlite.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
  const issueRate = issueRuns.reduce((a, b) => a + b, 0) / issueRuns.length;

  // ---- Verification. Status: one bit per credential in an in-memory list, read on every call.
  const revoked = new Uint8Array(LIST_ENTRIES / 8);
  const isRevoked = (credential: JsonObject): boolean | undefined => {
    const entry = credential.credentialStatus as { statusListIndex?: string } | undefined;
    if (entry?.statusListIndex === undefined) return undefined;
    const index = Number(entry.statusListIndex);
    return ((revoked[index >> 3] ?? 0) & (0x80 >> (index % 8))) !== 0;
  };
  let statusReads = 0;
  const checkStatus: VerifyOptions['checkStatus'] = (credential) => {
    statusReads++;
    const value = isRevoked(credential);
    return Promise.resolve(
      value === undefined ? undefined : { valid: !value, message: value ? 'Revoked.' : 'Not revoked.' },
    );
  };
  const one = JSON.parse(texts[0]!) as JsonObject;
  const verifySuite = new DataIntegrityProof({ cryptosuite });
  const libraryVerify = async () => {
    const result = await vc.verifyCredential({
      credential: one,
      suite: verifySuite,
      documentLoader: libraryLoader,
      checkStatus: (options: object) =>
        Promise.resolve({
          verified: isRevoked((options as { credential: JsonObject }).credential) === false,
        }),
    });
    if (!result.verified) throw new Error(`the library did not verify: ${String(result.error)}`);
  };
  const ourOptions: VerifyOptions = { documentLoader: issuer.documentLoader, checkStatus };
  let distinct = 0;
  const firstVerify = async () => {
    const text = texts[distinct++ % texts.length]!;
    const result = await verifyCredential(text, ourOptions);
    if (!result.verified)
      throw new Error(`verifyCredential did not verify: ${JSON.stringify(result.checks)}`);
  };
  for (let n = 0; n < 20; n++) {
    await libraryVerify();
    await firstVerify();
  }
  distinct = 0;
  log(`reference B and first verification (${texts.length} distinct credentials), alternating …`);
  // Alternate in short rounds so that load from elsewhere on the machine falls on both alike.
  let libraryRuns = 0;
  let libraryMs = 0;
  let firstRuns = 0;
  let firstMs = 0;
  const roundsUntil = performance.now() + seconds * 2 * 1000;
  while (performance.now() < roundsUntil && firstRuns < texts.length) {
    let t = performance.now();
    for (let n = 0; n < 10; n++) await libraryVerify();
    libraryMs += performance.now() - t;
    libraryRuns += 10;
    t = performance.now();
    for (let n = 0; n < 10 && distinct < texts.length; n++, firstRuns++) await firstVerify();
    firstMs += performance.now() - t;
  }
  const verifyRate = (libraryRuns / libraryMs) * 1000;
  const firstRate = (firstRuns / firstMs) * 1000;

  const cachedVerify = createCachedVerifier({ verify: verifyCredential });
  const repeated = texts[0]!;
  statusReads = 0;
  log('repeated verification through the cache …');
  const cachedRate = await ratePerSecond(seconds / 2, async () => {
    const result = await cachedVerify(repeated, ourOptions);
    if (!result.verified)
      throw new Error(`the cached verifier did not verify: ${JSON.stringify(result.checks)}`);
  });
  const cachedRuns = statusReads;
  // The cache must still see a revocation made now.
  const index = Number((one.credentialStatus as { statusListIndex: string }).statusListIndex);
  revoked[index >> 3]! |= 0x80 >> (index % 8);
  const afterRevocation = await cachedVerify(repeated, ourOptions);
  const revocationSeen =
    !afterRevocation.verified && afterRevocation.checks.some((c) => c.id === 'status' && !c.valid);

  // ---- Report.
  const bulkRatio = bulk.rate / issueRate;
  const firstCost = verifyRate / firstRate;
  const cachedRatio = cachedRate / verifyRate;
  const rows: [string, string, string][] = [
    [`A: @digitalbazaar/vc issue(), Data Integrity, 1 process`, issueRate.toFixed(0), '(reference A)'],
    [
      'signBoth in-process (Data Integrity + VC-JWT), 1 process',
      inProcessBoth.toFixed(0),
      (inProcessBoth / issueRate).toFixed(2),
    ],
    [
      `bulk issuance: pool of ${workers}, both proofs, stored in SQLite`,
      bulk.rate.toFixed(0),
      bulkRatio.toFixed(2),
    ],
    ...bulk.perWorker.map((w, i): [string, string, string] => [
      `  worker ${i + 1}: ${w.jobs} credentials, rate while busy`,
      w.rate.toFixed(0),
      (w.rate / issueRate).toFixed(2),
    ]),
    [`B: @digitalbazaar/vc verifyCredential(), same credential`, verifyRate.toFixed(0), '(reference B)'],
    [
      `verifyCredential, first time (distinct credentials)`,
      firstRate.toFixed(0),
      (firstRate / verifyRate).toFixed(2),
    ],
    [`cached verifier, same credential, status checked`, cachedRate.toFixed(0), cachedRatio.toFixed(1)],
  ];
  const header: [string, string, string] = ['target', 'per second', 'ratio to reference'];
  printTable(log, header, rows);
  log(
    `\nreference A runs: ${issueRuns.map((r) => r.toFixed(0)).join(', ')} per second; ` +
      `bulk: ${bulk.count} credentials in ${bulk.seconds.toFixed(2)} s; ` +
      `first verification ${(1000 / firstRate).toFixed(2)} ms vs library ${(1000 / verifyRate).toFixed(2)} ms`,
  );

  const bounds = [
    {
      id: 'bulk-issuance',
      pass: bulkRatio >= BULK_MIN_RATIO,
      text: `bulk issuance (both proofs, stored) on ${workers} workers runs at ${bulkRatio.toFixed(2)}× the library's single-process signing rate (bound ≥ ${BULK_MIN_RATIO}×)`,
    },
    {
      id: 'first-verification',
      pass: firstCost <= FIRST_VERIFY_MAX_COST,
      text: `a first verification costs ${firstCost.toFixed(2)}× the library's time (bound ≤ ${FIRST_VERIFY_MAX_COST}×)`,
    },
    {
      id: 'cached-verification',
      pass: cachedRatio >= CACHED_VERIFY_MIN_RATIO && cachedRuns > 0 && revocationSeen,
      text: `a repeated verification (status checked ${cachedRuns} times${revocationSeen ? ', a new revocation seen' : ', a new revocation MISSED'}) runs at ${cachedRatio.toFixed(1)}× the library's rate (bound ≥ ${CACHED_VERIFY_MIN_RATIO}×)`,
    },
  ];
  for (const bound of bounds) log(`${bound.pass ? 'PASS' : 'FAIL'}: ${bound.text}`);
  const pass = bounds.every((bound) => bound.pass);

  const resultsDir = path.join(import.meta.dirname, 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const at = new Date().toISOString();
  const file = path.join(resultsDir, `crypto-${at.replace(/[:.]/g, '-')}.json`);
  const report = {
    at,
    pass,
    bounds: bounds.map(({ id, pass: ok }) => ({ id, pass: ok })),
    limits: {
      bulkMinRatio: BULK_MIN_RATIO,
      firstVerifyMaxCost: FIRST_VERIFY_MAX_COST,
      cachedVerifyMinRatio: CACHED_VERIFY_MIN_RATIO,
    },
    environment: {
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model,
    },
    settings: { seconds, workers },
    parallelHeadroom: headroom,
    issuance: {
      libraryPerSecond: issueRate,
      libraryRuns: issueRuns,
      signBothInProcessPerSecond: inProcessBoth,
      bulk: { ...bulk, ratioToLibrary: bulkRatio },
    },
    verification: {
      libraryPerSecond: verifyRate,
      firstPerSecond: firstRate,
      firstCostToLibrary: firstCost,
      cachedPerSecond: cachedRate,
      cachedRatioToLibrary: cachedRatio,
      revocationSeenByCache: revocationSeen,
    },
  };
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  log(
    `results written to ${path.relative(process.cwd(), file)} (crypto run ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  return { pass, file };
}

// Run alone: `npx tsx bench/crypto.ts`.
runAlone(import.meta, 'crypto', runCryptoBench);
