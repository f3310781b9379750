/**
 * The roster import benchmark (run in `npm run bench`, or alone with `npx tsx bench/roster-import.ts`).
 *
 * 100,000 generated staff rows are written to a temporary CSV (about 8 MB) and imported through the
 * real use case (`importRoster`: streamed parse, header check, plan, one transaction) into a fresh
 * database with a district of 50 schools. Reference, in the same run on the same file: csv-parse
 * alone reading it (the floor any streamed import stands on); the import's time is printed as a
 * ratio to it. Then the same file is imported again, which must change nothing.
 *
 * Bounds: the import's peak RSS stays < 150 MB above the idle RSS just before it. Loading the file
 * whole as parsed rows, with the users, memberships and entries built from them, takes well over
 * that; a streamed import keeps only the plan (a few short strings per person) and the
 * organization's existing entries, about 60 MB for 100,000 people. And the re-import creates and
 * changes nothing.
 *
 * Environment: BENCH_ROSTER_ROWS (default 100000), DATABASE_URL=postgres://… or TEST_DATABASE_URL
 * (run on PostgreSQL).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse';
import { importRoster } from '../src/features/roster/import-roster.js';
import { buildOrg } from '../src/test-support/factories.js';
import { runAlone } from './run-alone.js';
import { createBenchDeps } from './setup.js';
import { printTable } from './table.js';

const MB = 1024 * 1024;
const MAX_RSS_GROWTH = 150 * MB;
const SCHOOLS = 50;

const log = (s = '') => process.stdout.write(`${s}\n`);

async function writeRoster(file: string, rows: number) {
  const out = fs.createWriteStream(file);
  const write = (s: string) =>
    new Promise<void>((resolve, reject) => out.write(s, (err) => (err ? reject(err) : resolve())));
  await write('email,first_name,last_name,school_id,role,staff_id\n');
  for (let i = 0; i < rows; i += 1000) {
    const lines: string[] = [];
    for (let k = i; k < Math.min(rows, i + 1000); k++)
      lines.push(
        `teacher${k}@bench-district.example,First${k},Last${k % 997},BS-${k % SCHOOLS},${k % 500 === 0 ? 'district_admin' : 'educator'},E${k}\n`,
      );
    await write(lines.join(''));
  }
  await new Promise<void>((resolve) => out.end(resolve));
}

/** Milliseconds csv-parse alone takes to read every record of the file. */
async function parseOnlyMs(file: string): Promise<{ ms: number; records: number }> {
  const t0 = performance.now();
  let records = 0;
  for await (const _ of fs
    .createReadStream(file)
    .pipe(parse({ bom: true, trim: true, skip_empty_lines: true })))
    records++;
  return { ms: performance.now() - t0, records: records - 1 };
}

function sampleRss() {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage.rss());
  };
}

export async function runRosterImportBench(): Promise<{ pass: boolean }> {
  const rows = Number(process.env.BENCH_ROSTER_ROWS ?? 100_000);
  const deps = await createBenchDeps();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'microcred-bench-roster-'));
  try {
    log(`\n== Roster import: ${rows} staff rows from a CSV file (${deps.databaseLabel})`);
    const state = await buildOrg(deps.db, 'state', 'Bench State');
    const district = await buildOrg(deps.db, 'district', 'Bench District', state.id);
    for (let s = 0; s < SCHOOLS; s++) {
      const school = await buildOrg(deps.db, 'school', `Bench School ${s}`, district.id);
      await deps.db
        .updateTable('organizations')
        .set({ external_id: `BS-${s}` })
        .where('id', '=', school.id)
        .execute();
    }
    const file = path.join(dir, 'staff.csv');
    await writeRoster(file, rows);
    const bytes = fs.statSync(file).size;
    log(`  wrote ${file} (${(bytes / MB).toFixed(1)} MB)`);
    const files = { format: 'csv' as const, name: 'staff.csv', staff: () => fs.createReadStream(file) };

    const parseBefore = await parseOnlyMs(file);
    if (parseBefore.records !== rows) throw new Error(`csv-parse read ${parseBefore.records} records`);
    global.gc?.();
    await new Promise((r) => setTimeout(r, 200));
    const idle = process.memoryUsage.rss();
    const stop = sampleRss();
    const t0 = performance.now();
    const first = await importRoster(deps, 'operator', { org: district.id, files, dryRun: false });
    const importMs = performance.now() - t0;
    const peak = stop();
    const t1 = performance.now();
    const again = await importRoster(deps, 'operator', { org: district.id, files, dryRun: false });
    const againMs = performance.now() - t1;
    const parseAfter = await parseOnlyMs(file);
    const parseMs = (parseBefore.ms + parseAfter.ms) / 2;

    const growth = peak - idle;
    const perSecond = (ms: number) => Math.round(rows / (ms / 1000)).toString();
    printTable(
      log,
      ['target', 'seconds', 'rows/s', 'ratio to parse-only'],
      [
        [
          'csv-parse alone, same file (mean of 2)',
          (parseMs / 1000).toFixed(2),
          perSecond(parseMs),
          '(reference)',
        ],
        [
          'import (parse, plan, one transaction)',
          (importMs / 1000).toFixed(2),
          perSecond(importMs),
          (importMs / parseMs).toFixed(1),
        ],
        [
          're-import, same file (nothing changes)',
          (againMs / 1000).toFixed(2),
          perSecond(againMs),
          (againMs / parseMs).toFixed(1),
        ],
      ],
    );
    log(
      `\n  first import: ${first.counts.created} created, ${first.counts.rejected} rejected; ` +
        `re-import: ${again.counts.created} created, ${again.counts.changed} changed, ${again.counts.unchanged} unchanged`,
    );
    const users = await deps.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const correct =
      first.counts.created === rows &&
      first.counts.rejected === 0 &&
      again.counts.created === 0 &&
      again.counts.changed === 0 &&
      again.counts.unchanged === rows &&
      Number(users.n) === rows;
    const streamed = growth < MAX_RSS_GROWTH;
    log(
      `  ${streamed ? 'PASS' : 'FAIL'}: streamed — peak RSS grew ${(growth / MB).toFixed(0)} MB during the import ` +
        `(idle ${(idle / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB; bound < ${MAX_RSS_GROWTH / MB} MB)`,
    );
    log(`  ${correct ? 'PASS' : 'FAIL'}: every row imported once, and the re-import changed nothing`);
    return { pass: streamed && correct };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await deps.close();
  }
}

runAlone(import.meta, 'roster import', runRosterImportBench);
