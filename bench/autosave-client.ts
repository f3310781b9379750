/**
 * The autosave benchmark's load generator: a closed loop of keep-alive connections in a worker
 * thread, so the server's event loop keeps a core to itself. Each connection is one signed-in
 * educator saving their drafts in turn, each save naming the revision the previous one returned
 * (so saves to one submission are sequential, as a page's are); the echo routes get the very same
 * bodies (and, when asked, the same cookie). The main thread calls `startClient`; the worker runs the code at the end of this file.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * `save`: PATCH the draft, signed in. `echo`: the same body to a route that sends it back.
 * `reply`: the same body to a route that answers with a reply the size of a save's.
 */
export type Target = 'save' | 'echo' | 'reply';

export type ClientData = {
  baseUrl: string;
  /** One per connection: an educator's session cookie and their submissions. */
  sessions: { cookie: string; submissions: { id: string; revision: number }[] }[];
  /** Save bodies after `{"revision":N,` (see draftBodies), used in turn by every submission. */
  bodies: string[];
};

export type RunResult = {
  target: Target;
  requests: number;
  seconds: number;
  /** Latency of every completed request, in milliseconds. */
  latenciesMs: number[];
  non2xx: number;
  errors: number;
  /** The first failure, to print. */
  problem: string | null;
  /** The load generator's own event loop use (near 1: it, not the server, set the pace). */
  clientUtilization: number;
};

type Request = { run: { target: Target; seconds: number; withCookie: boolean } } | { finish: true };
type Reply = { result: RunResult } | { revisions: Record<string, number> } | { failed: string };

/** A complete save body at `revision`. */
export const saveBody = (revision: number, rest: string) => `{"revision":${revision},${rest}`;

export const ECHO_PATH = '/bench/echo';
export const REPLY_PATH = '/bench/echo-reply';
const pathOf = (target: Target, submissionId: string) =>
  target === 'save'
    ? `/api/v1/submissions/${submissionId}/draft`
    : target === 'echo'
      ? ECHO_PATH
      : REPLY_PATH;

/** Starts the worker. `run` measures one target for `seconds`; `finish` returns each submission's revision. */
export function startClient(data: ClientData) {
  // From sources (tsx) the worker must register tsx itself: Node 20 passes no loader to threads.
  const entry = new URL(import.meta.url).href;
  const bootstrap =
    `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
    `.then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { autosaveClient: data } });
  const ask = <T>(request: Request, pick: (reply: Reply) => T | undefined) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (reply: Reply) => {
        worker.off('error', reject);
        if ('failed' in reply) reject(new Error(reply.failed));
        else resolve(pick(reply)!);
      };
      worker.once('message', onMessage);
      worker.once('error', reject);
      worker.postMessage(request);
    });
  return {
    /** Loads `target` for `seconds`; echo targets get the session cookie too when `withCookie`. */
    run: (target: Target, seconds: number, withCookie = false) =>
      ask({ run: { target, seconds, withCookie } }, (r) => ('result' in r ? r.result : undefined)),
    finish: async () => {
      const revisions = await ask({ finish: true }, (r) => ('revisions' in r ? r.revisions : undefined));
      await worker.terminate();
      return revisions;
    },
  };
}

/** The worker: keeps each submission's revision and next body across runs. */
function serve(data: ClientData) {
  const url = new URL(data.baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: data.sessions.length });
  const state = data.sessions.map((s, i) => ({
    cookie: s.cookie,
    turn: 0,
    submissions: s.submissions.map((sub, j) => ({ ...sub, next: i * 7 + j })),
  }));

  const send = (path: string, body: string, cookie: string | null) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method: path === ECHO_PATH || path === REPLY_PATH ? 'POST' : 'PATCH',
          path,
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(cookie ? { cookie } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  async function run(target: Target, seconds: number, withCookie: boolean): Promise<RunResult> {
    const latenciesMs: number[] = [];
    let non2xx = 0;
    let errors = 0;
    let problem: string | null = null;
    const elu = performance.eventLoopUtilization();
    const start = performance.now();
    const end = start + seconds * 1000;
    const connection = async (s: (typeof state)[number]) => {
      while (performance.now() < end) {
        const sub = s.submissions[s.turn++ % s.submissions.length]!;
        const body = saveBody(sub.revision, data.bodies[sub.next++ % data.bodies.length]!);
        const t = performance.now();
        try {
          const res = await send(
            pathOf(target, sub.id),
            body,
            target === 'save' || withCookie ? s.cookie : null,
          );
          latenciesMs.push(performance.now() - t);
          if (res.status !== 200) {
            non2xx++;
            problem ??= `${target} → ${res.status}: ${res.text.slice(0, 300)}`;
            // A stale save carries the server's revision: carry on from it.
            const current = (JSON.parse(res.text) as { details?: { current?: { revision?: number } } })
              .details?.current?.revision;
            if (current !== undefined) sub.revision = current;
          } else if (target === 'save') {
            sub.revision = (JSON.parse(res.text) as { revision: number }).revision;
          }
        } catch (err) {
          errors++;
          problem ??= `${target}: ${err instanceof Error ? err.message : String(err)}`;
        }
      }
    };
    await Promise.all(state.map(connection));
    const elapsed = (performance.now() - start) / 1000;
    return {
      target,
      requests: latenciesMs.length,
      seconds: elapsed,
      latenciesMs,
      non2xx,
      errors,
      problem,
      clientUtilization: performance.eventLoopUtilization(elu).utilization,
    };
  }

  parentPort!.on('message', (request: Request) => {
    if ('run' in request) {
      run(request.run.target, request.run.seconds, request.run.withCookie).then(
        (result) => parentPort!.postMessage({ result } satisfies Reply),
        (err: unknown) => parentPort!.postMessage({ failed: String(err) } satisfies Reply),
      );
    } else {
      agent.destroy();
      const revisions = Object.fromEntries(
        state.flatMap((s) => s.submissions.map((sub) => [sub.id, sub.revision] as const)),
      );
      parentPort!.postMessage({ revisions } satisfies Reply);
    }
  });
}

const mine = (workerData as { autosaveClient?: ClientData } | null)?.autosaveClient;
if (!isMainThread && mine) serve(mine);
