/**
 * CPU time spent serving, for the autosave benchmark: the server's main thread (where Fastify and
 * better-sqlite3 run) and, on PostgreSQL, the database's backends serving this run's database.
 * Read from /proc (Linux), so a shared machine's other work — which stretches wall-clock figures —
 * is not counted. Clock ticks are 10 ms; a run of a few seconds has hundreds.
 */
import fs from 'node:fs';
import { sql } from 'kysely';
import type { BenchDeps } from './setup.js';

const TICK_MS = 10;

/** User + system CPU of a thread or process, in ms; null if it is gone (or not readable). */
function cpuMs(statPath: string): number | null {
  let stat: string;
  try {
    stat = fs.readFileSync(statPath, 'utf8');
  } catch {
    return null;
  }
  // Fields after "(comm)": state is field 3, utime 14 and stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

export type CpuSpent = {
  /** The server's main thread. */
  serverMs: number;
  /** PostgreSQL backends of this database; null on SQLite (it runs in the server thread). */
  databaseMs: number | null;
};

/** `start()` returns `stop()`, which tells the CPU spent in between. */
export function createCpuMeter(deps: BenchDeps) {
  const serverStat = `/proc/self/task/${process.pid}/stat`;
  if (cpuMs(serverStat) === null) throw new Error('the autosave benchmark reads CPU time from /proc (Linux)');
  const backends = async () => {
    if (deps.dialect !== 'postgres') return [];
    const { rows } = await sql<{
      pid: number;
    }>`select pid from pg_stat_activity where datname = current_database()`.execute(deps.db);
    // Only backends on this machine can be read (a remote server's pids mean nothing here).
    return rows
      .map((r) => Number(r.pid))
      .filter((pid) => {
        try {
          return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres');
        } catch {
          return false;
        }
      });
  };
  return async function start() {
    const before = new Map((await backends()).map((pid) => [pid, cpuMs(`/proc/${pid}/stat`) ?? 0]));
    const server = cpuMs(serverStat)!;
    return async function stop(): Promise<CpuSpent> {
      const serverMs = cpuMs(serverStat)! - server;
      if (deps.dialect !== 'postgres') return { serverMs, databaseMs: null };
      let databaseMs = 0;
      // A backend opened during the run counts from zero; one closed during it is lost (rare).
      for (const pid of new Set([...before.keys(), ...(await backends())])) {
        const now = cpuMs(`/proc/${pid}/stat`);
        if (now !== null) databaseMs += now - (before.get(pid) ?? 0);
      }
      return { serverMs, databaseMs };
    };
  };
}
