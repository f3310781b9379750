import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SignedBoth } from './sign-both.js';
import type { SignedCredential, SigningKey } from './sign.js';
import type { WorkerJob, WorkerReply, WorkerRequest } from './signing-worker.js';

export { signBoth, type SignedBoth } from './sign-both.js';

/** A signed result whose `credential` is parsed from its text only when someone reads it. */
function signedFromText(document: string, jwt: string): SignedBoth {
  let parsed: SignedCredential | undefined;
  return {
    document,
    jwt,
    get credential() {
      parsed ??= JSON.parse(document) as SignedCredential;
      return parsed;
    },
  };
}

/** One credential to sign in bulk. */
export interface SigningJob {
  unsigned: object;
  key: SigningKey;
  /** When the proof says it was made (ISO date-time); now by default. */
  created?: string;
}

/** What one worker has done since the pool started (for benchmarks and monitoring). */
export interface SigningWorkerStats {
  /** Credentials signed (or refused) by this worker. */
  jobs: number;
  /** Milliseconds this worker spent on batches, from sending to the answer. */
  busyMs: number;
}

/** Signs credentials on every core: see `createSigningPool`. */
export interface SigningPool {
  /** Number of worker threads. */
  readonly size: number;
  /** Signs every job (Data Integrity proof and VC-JWT); the results are in the order of `jobs`. */
  sign(jobs: readonly SigningJob[]): Promise<SignedBoth[]>;
  stats(): SigningWorkerStats[];
  /** Stops the workers; calls still waiting are rejected. */
  close(): Promise<void>;
}

export interface SigningPoolOptions {
  /** Worker threads; one per core by default. */
  size?: number;
  /**
   * Jobs sent to a worker at once. By default a call's jobs are cut into about four batches per
   * worker (at most 16 jobs each), so every worker stays busy to the end of a bulk issuance.
   */
  batchSize?: number;
}

/** A job that could not be signed; `index` is its position in the list given to `sign`. */
export class SigningJobError extends Error {
  readonly index: number;
  constructor(index: number, message: string) {
    super(`credential ${index} could not be signed: ${message}`);
    this.name = 'SigningJobError';
    this.index = index;
  }
}

interface Call {
  results: (SignedBoth | undefined)[];
  remaining: number;
  settled: boolean;
  resolve: (results: SignedBoth[]) => void;
  reject: (error: Error) => void;
}

interface Batch {
  id: number;
  jobs: WorkerJob[];
  call: Call;
}

interface Slot {
  worker: Worker;
  busy?: { batch: Batch; since: number };
  alive: boolean;
  stats: SigningWorkerStats;
}

const messageOf = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : String(error);

/** The ESM entry of tsx's register API, found through tsx's package.json exports. */
function tsxRegisterUrl(): string {
  const require = createRequire(import.meta.url);
  let manifestPath: string;
  try {
    manifestPath = require.resolve('tsx/package.json');
  } catch {
    throw new Error('the signing pool runs from TypeScript sources, which needs the tsx package installed');
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as {
    exports?: Record<string, { import?: { default?: string } } | string>;
  };
  const entry = manifest.exports?.['./esm/api'];
  const relative = typeof entry === 'object' ? entry.import?.default : undefined;
  if (!relative) throw new Error('the installed tsx does not export tsx/esm/api');
  return pathToFileURL(path.join(path.dirname(manifestPath), relative)).href;
}

/**
 * Starts one worker. Compiled, the worker is `signing-worker.js` beside this file. From sources
 * (tsx, vitest) it is `signing-worker.ts`, which plain Node cannot load; `execArgv: ['--import',
 * 'tsx']` does not reach worker threads on Node 20, so a two-line bootstrap registers tsx inside the
 * worker first.
 */
function startWorker(): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  if (!fromSources) return new Worker(new URL('./signing-worker.js', import.meta.url));
  const entry = new URL('./signing-worker.ts', import.meta.url).href;
  const bootstrap =
    `import(${JSON.stringify(tsxRegisterUrl())})` +
    `.then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/** Why a job cannot be signed at all, found before it is sent to a worker. */
function problemOf(job: SigningJob | undefined): string | undefined {
  if (typeof job !== 'object' || job === null) return 'the job is not an object';
  if (typeof job.unsigned !== 'object' || job.unsigned === null) return 'it has no credential to sign';
  if (typeof job.key !== 'object' || job.key === null || typeof job.key.verificationMethod !== 'string') {
    return 'it has no signing key (verificationMethod, publicKeyMultibase, secretKeyMultibase)';
  }
  if (job.created !== undefined && Number.isNaN(Date.parse(job.created))) {
    return `its proof date "${String(job.created)}" is not a valid date`;
  }
  return undefined;
}

function positiveInteger(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${what} must be a whole number ≥ 1, got ${value}`);
  return value;
}

/**
 * A pool of worker threads that sign credentials with the same code as single issuance (`signBoth`:
 * Data Integrity `eddsa-rdfc-2022` and VC-JWT). Signing is CPU work, so one process signs on one
 * core; the pool spreads bulk issuance over all of them. Secret keys travel to the workers by
 * postMessage inside this process and are never written anywhere. Idle workers do not keep the
 * process alive, so a pool that is never closed does not stop the process from exiting.
 */
export function createSigningPool(options: SigningPoolOptions = {}): SigningPool {
  const size = positiveInteger(options.size ?? os.availableParallelism(), 'the signing pool size');
  const fixedBatchSize =
    options.batchSize === undefined ? undefined : positiveInteger(options.batchSize, 'the batch size');
  const queue: Batch[] = [];
  let nextBatchId = 0;
  let closed = false;
  let lastWorkerError = '';

  function fail(call: Call, error: Error): void {
    if (call.settled) return;
    call.settled = true;
    call.reject(error);
  }

  function failEverything(error: Error): void {
    for (const slot of slots) if (slot.busy) fail(slot.busy.batch.call, error);
    for (const batch of queue.splice(0)) fail(batch.call, error);
  }

  function onReply(slot: Slot, reply: WorkerReply): void {
    const busy = slot.busy;
    if (!busy || busy.batch.id !== reply.batch) return;
    slot.busy = undefined;
    slot.worker.unref();
    slot.stats.jobs += reply.outcomes.length;
    slot.stats.busyMs += performance.now() - busy.since;
    const { call } = busy.batch;
    if (!call.settled) {
      const failed = reply.outcomes.find((outcome) => !outcome.ok);
      if (failed && !failed.ok) {
        fail(call, new SigningJobError(failed.index, failed.message));
      } else {
        for (const outcome of reply.outcomes) {
          if (outcome.ok) call.results[outcome.index] = signedFromText(outcome.document, outcome.jwt);
        }
        call.remaining -= reply.outcomes.length;
        if (call.remaining === 0) {
          call.settled = true;
          call.resolve(call.results as SignedBoth[]);
        }
      }
    }
    dispatch();
  }

  function onStopped(slot: Slot, reason: string): void {
    if (!slot.alive) return;
    slot.alive = false;
    lastWorkerError = reason;
    if (slot.busy) fail(slot.busy.batch.call, new Error(`a signing worker stopped: ${reason}`));
    slot.busy = undefined;
    if (!slots.some((s) => s.alive)) {
      failEverything(new Error(`the signing pool has no workers left: ${reason}`));
    } else {
      dispatch();
    }
  }

  /** Sends the batch; a job that cannot be copied to a worker (e.g. holds a function) fails its call. */
  function send(slot: Slot, batch: Batch): boolean {
    const request: WorkerRequest = { batch: batch.id, jobs: batch.jobs };
    try {
      slot.worker.postMessage(request);
      return true;
    } catch (error) {
      const culprit = batch.jobs.find((job) => {
        try {
          structuredClone(job);
          return false;
        } catch {
          return true;
        }
      });
      fail(
        batch.call,
        culprit
          ? new SigningJobError(culprit.index, `it cannot be sent to a signing worker (${messageOf(error)})`)
          : new Error(`the credentials could not be sent to a signing worker: ${messageOf(error)}`),
      );
      return false;
    }
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (!slot.alive || slot.busy) continue;
      for (;;) {
        const batch = queue.shift();
        if (!batch) return;
        if (batch.call.settled || !send(slot, batch)) continue;
        slot.busy = { batch, since: performance.now() };
        // A worker with work keeps the process alive until the answer arrives; idle, it does not.
        slot.worker.ref();
        break;
      }
    }
  }

  const slots: Slot[] = Array.from({ length: size }, () => {
    const slot: Slot = {
      worker: startWorker(),
      alive: true,
      stats: { jobs: 0, busyMs: 0 },
    };
    slot.worker.unref();
    slot.worker.on('message', (reply: WorkerReply) => onReply(slot, reply));
    slot.worker.on('error', (error) => onStopped(slot, messageOf(error)));
    slot.worker.on('exit', (code) => {
      if (!closed) onStopped(slot, `it exited with code ${code}`);
    });
    return slot;
  });

  return {
    size,
    sign(jobs) {
      if (closed) return Promise.reject(new Error('the signing pool is closed'));
      if (!Array.isArray(jobs)) return Promise.reject(new TypeError('sign() expects a list of jobs'));
      if (!slots.some((slot) => slot.alive)) {
        return Promise.reject(new Error(`the signing pool has no workers left: ${lastWorkerError}`));
      }
      if (jobs.length === 0) return Promise.resolve([]);
      const invalid = jobs.findIndex((job) => problemOf(job) !== undefined);
      if (invalid !== -1) return Promise.reject(new SigningJobError(invalid, problemOf(jobs[invalid])!));
      return new Promise<SignedBoth[]>((resolve, reject) => {
        const call: Call = {
          results: new Array<SignedBoth | undefined>(jobs.length),
          remaining: jobs.length,
          settled: false,
          resolve,
          reject,
        };
        const batchSize = fixedBatchSize ?? Math.min(16, Math.max(1, Math.ceil(jobs.length / (size * 4))));
        for (let start = 0; start < jobs.length; start += batchSize) {
          const batchJobs = jobs.slice(start, start + batchSize).map((job, offset): WorkerJob => ({
            index: start + offset,
            unsigned: job.unsigned,
            key: job.key,
            ...(job.created === undefined ? {} : { created: job.created }),
          }));
          queue.push({ id: nextBatchId++, jobs: batchJobs, call });
        }
        dispatch();
      });
    },
    stats() {
      return slots.map((slot) => ({ ...slot.stats }));
    },
    async close() {
      if (closed) return;
      closed = true;
      failEverything(new Error('the signing pool was closed before these credentials were signed'));
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
