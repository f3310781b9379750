// A worker thread of the signing pool (signing-pool.ts): signs the batches it is sent, one job at a
// time, and answers each batch with one outcome per job. Keys arrive by postMessage from the parent
// thread and live only in this thread's memory.
import { parentPort } from 'node:worker_threads';
import { signBoth } from './sign-both.js';
import type { SigningKey } from './sign.js';

/** One credential to sign, with its position in the caller's list. */
export interface WorkerJob {
  index: number;
  unsigned: object;
  key: SigningKey;
  created?: string;
}

/** What the pool sends: a batch of jobs under an id the reply repeats. */
export interface WorkerRequest {
  batch: number;
  jobs: WorkerJob[];
}

export type WorkerOutcome =
  { index: number; ok: true; document: string; jwt: string } | { index: number; ok: false; message: string };

/** What the worker answers: every job's outcome, in the order of the batch. */
export interface WorkerReply {
  batch: number;
  outcomes: WorkerOutcome[];
}

const messageOf = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : String(error);

async function signBatch(request: WorkerRequest): Promise<WorkerReply> {
  const outcomes: WorkerOutcome[] = [];
  for (const job of request.jobs) {
    try {
      // Text crosses threads far more cheaply than an object graph; the parent parses on demand.
      const { document, jwt } = await signBoth(job.unsigned, job.key, job.created);
      outcomes.push({ index: job.index, ok: true, document, jwt });
    } catch (error) {
      outcomes.push({ index: job.index, ok: false, message: messageOf(error) });
    }
  }
  return { batch: request.batch, outcomes };
}

const port = parentPort;
if (!port) throw new Error('signing-worker runs only as a worker thread started by createSigningPool');
port.on('message', (request: WorkerRequest) => {
  void signBatch(request).then((reply) => port.postMessage(reply));
});
