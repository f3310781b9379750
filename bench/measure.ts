import autocannon from 'autocannon';

export type LoadSettings = {
  /** Measured seconds per target. */
  seconds: number;
  /** Seconds of the same load, discarded, before each measurement. */
  warmupSeconds: number;
  connections: number;
  /** autocannon worker threads; 0 runs the load generator on the server's own event loop. */
  workers: number;
};

export type Measurement = {
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; average: number };
  requests: number;
  non2xx: number;
  errors: number;
};

/**
 * Loads `baseUrl` with GET requests cycling over `paths` (each connection walks the list in order)
 * and reports completed requests per second over the measured window.
 */
export async function measure(baseUrl: string, paths: string[], s: LoadSettings): Promise<Measurement> {
  const options: autocannon.Options = {
    url: baseUrl,
    connections: s.connections,
    requests: paths.map((path) => ({ method: 'GET', path })),
    ...(s.workers ? { workers: s.workers } : {}),
  };
  if (s.warmupSeconds > 0) await autocannon({ ...options, duration: s.warmupSeconds });
  const result = await autocannon({ ...options, duration: s.seconds });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, average: result.latency.average },
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
