import { percentile } from '../src/domain/turnaround.js';

export interface Timing {
  medianMs: number;
  p90Ms: number;
  runs: number;
}

/**
 * Times `call`, one call after another: `warmup` untimed calls, then calls for about `seconds`
 * (and at least `minRuns`). Returns each call's milliseconds.
 */
export async function sampleCalls(
  call: () => Promise<unknown>,
  { seconds, warmup, minRuns }: { seconds: number; warmup: number; minRuns: number },
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await call();
  const times: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (times.length < minRuns || performance.now() < until) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  return times;
}

/**
 * Samples every call in turn, `rounds` times over (A, B, C, A, B, C, …), so that load from elsewhere
 * on the machine falls on all of them alike; the first round starts each with a few untimed calls.
 */
export async function sampleInRounds<K extends string>(
  calls: Record<K, () => Promise<unknown>>,
  { seconds, rounds }: { seconds: number; rounds: number },
): Promise<Record<K, Timing>> {
  const keys = Object.keys(calls) as K[];
  const times = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < rounds; round++) {
    for (const k of keys) {
      const sample = await sampleCalls(calls[k], {
        seconds: seconds / rounds,
        warmup: round === 0 ? 5 : 1,
        minRuns: 3,
      });
      times[k].push(...sample);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, timing(times[k])])) as Record<K, Timing>;
}

/** Median rather than mean, so a stray garbage collection or WAL checkpoint does not count. */
const timing = (times: number[]): Timing => ({
  medianMs: percentile(times, 50)!,
  p90Ms: percentile(times, 90)!,
  runs: times.length,
});
