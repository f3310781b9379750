import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/database.js';
import { importRoster, type ImportRosterResult } from '../features/roster/import-roster.js';
import { openRoster, type RosterFiles } from '../features/roster/roster-files.js';
import type { ReportLine } from '../features/roster/roster-report.js';
import { systemClock } from '../server/clock.js';
import type { Config } from '../server/config.js';
import { AppError } from '../server/errors.js';

export const IMPORT_USAGE = `usage: microcred import roster PATH [--org ID] [--dry-run] [--allow-partial]
                              [--allow-departures]

  PATH             a staff CSV file, or a OneRoster 1.2 CSV folder (users.csv, and orgs.csv)
  --org ID         the district or state to import into, by id or slug (e.g. riverside-usd);
                   may be left out when the database has exactly one district
  --dry-run        show what would be created, changed, deactivated and rejected; write nothing
  --allow-partial  apply the valid lines even when some are rejected (by default a file with
                   rejected lines changes nothing)
  --allow-departures  apply even when the file would deactivate more than a quarter of the
                   roster's active people and more than 10 (by default such a run, which is
                   what a truncated export looks like, is refused and changes nothing)

Staff CSV header (UTF-8): email,first_name,last_name,school_id[,role][,staff_id]
  school_id  the school's external id (e.g. RES-001) or slug; empty for district-office staff
  role       educator (default; also teacher, staff) or district_admin (also administrator)
  staff_id   the district's id for the person; the email when absent

OneRoster users.csv: sourcedId,givenName,familyName,email, role (or roles), orgSourcedIds (or
primaryOrg), optional status/enabledUser. orgs.csv lines are matched to schools by external id
(sourcedId or identifier) or name; unknown schools are rejected, never created.

People absent from the file who came from an earlier import are deactivated (never deleted).
A file that lists nobody is never applied. Accounts that also belong to other organizations only
gain the membership: they are not renamed, and lines that would bring back an account another
organization deactivated are rejected.
Exit status: 0 done, 1 some lines rejected, 2 bad usage, unreadable file, unknown organization,
or a refused run (an empty file, or many departures without --allow-departures).
Uses DATABASE_URL / MICROCRED_DATA_DIR like \`microcred serve\`.`;

type Out = { log: (s: string) => void; error: (s: string) => void };

class UsageError extends Error {}

function parseArgs(args: string[]) {
  const [what, ...rest] = args;
  if (what !== 'roster') throw new UsageError(what ? `unknown import "${what}"` : 'say what to import');
  let org: string | undefined;
  let dryRun = false;
  let allowPartial = false;
  let allowDepartures = false;
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--dry-run') dryRun = true;
    else if (a === '--allow-partial') allowPartial = true;
    else if (a === '--allow-departures') allowDepartures = true;
    else if (a === '--org') {
      org = rest[++i];
      if (!org || org.startsWith('--')) throw new UsageError('--org needs an organization id or slug');
    } else if (a.startsWith('--org=')) org = a.slice('--org='.length);
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else paths.push(a);
  }
  if (paths.length !== 1)
    throw new UsageError(paths.length ? 'give one PATH' : 'give the PATH of the roster');
  return { path: paths[0]!, org, dryRun, allowPartial, allowDepartures };
}

/** The files at PATH: a CSV file, or a folder with OneRoster's users.csv (and orgs.csv). */
export function filesAt(p: string): RosterFiles {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`${p} does not exist`);
  if (stat.isDirectory()) {
    const names = fs.readdirSync(p);
    const find = (n: string) => names.find((x) => x.toLowerCase() === n);
    const users = find('users.csv');
    if (!users) throw new UsageError(`${p} is a folder without users.csv: is it a OneRoster export?`);
    const orgs = find('orgs.csv');
    return {
      format: 'oneroster',
      name: path.basename(path.resolve(p)),
      users: () => fs.createReadStream(path.join(p, users)),
      orgs: orgs ? () => fs.createReadStream(path.join(p, orgs)) : null,
    };
  }
  return { format: 'csv', name: path.basename(p), staff: () => fs.createReadStream(p) };
}

const where = (l: ReportLine) => (l.line === null ? l.file : `${l.file}:${l.line}`);
const who = (l: ReportLine) => [l.email, l.name].filter(Boolean).join(' ');

function printLines(
  out: Out,
  title: string,
  lines: ReportLine[],
  total: number,
  describe: (l: ReportLine) => string,
) {
  if (!total) return;
  out.log(`\n${title} (${total}):`);
  for (const l of lines) out.log(`  ${where(l).padEnd(16)} ${describe(l)}`);
  if (total > lines.length) out.log(`  … and ${total - lines.length} more`);
}

export function printResult(out: Out, r: ImportRosterResult) {
  const c = r.counts;
  const state = r.dryRun
    ? 'dry run: nothing was written'
    : r.applied
      ? 'applied'
      : 'NOT applied: nothing was written because lines were rejected (fix them, or pass --allow-partial)';
  out.log(`${r.orgName} — ${r.fileName} (${r.format === 'csv' ? 'staff CSV' : 'OneRoster'}; ${state})`);
  const rows: [string, number, string?][] = [
    ['lines read', c.lines],
    [
      r.applied ? 'created' : 'would create',
      c.created,
      c.existingAccounts ? `${c.existingAccounts} already had an account` : undefined,
    ],
    [r.applied ? 'changed' : 'would change', c.changed],
    ['unchanged', c.unchanged],
    [r.applied ? 'deactivated' : 'would deactivate', c.deactivated],
    ['left out', c.skipped],
    ['rejected', c.rejected],
  ];
  for (const [label, n, note] of rows)
    out.log(`  ${label.padEnd(17)}${String(n).padStart(8)}${note ? `  (${note})` : ''}`);
  if (r.departureWarning) out.log(`\n${r.dryRun ? 'Before applying: ' : ''}${r.departureWarning}`);
  const place = (l: ReportLine) => [l.school, l.role].filter(Boolean).join(', ');
  printLines(
    out,
    r.applied ? 'created' : 'would create',
    r.created,
    c.created,
    (l) => `${who(l)} — ${place(l)}${l.existingAccount ? ' (existing account)' : ''}`,
  );
  printLines(
    out,
    r.applied ? 'changed' : 'would change',
    r.changed,
    c.changed,
    (l) => `${who(l)}: ${l.reason}`,
  );
  printLines(
    out,
    r.applied ? 'deactivated' : 'would deactivate',
    r.deactivated,
    c.deactivated,
    (l) => `${who(l)}: ${l.reason}`,
  );
  printLines(
    out,
    'rejected',
    r.allRejected,
    c.rejected,
    (l) => `${l.email ? `${l.email}: ` : ''}${l.reason}`,
  );
}

async function onlyDistrict(db: ReturnType<typeof openDatabase>['db']): Promise<string> {
  const districts = await db
    .selectFrom('organizations')
    .select(['id', 'slug', 'name'])
    .where('kind', '=', 'district')
    .limit(11)
    .execute();
  if (districts.length === 1) return districts[0]!.id;
  throw new UsageError(
    districts.length
      ? `say which organization with --org: ${districts
          .slice(0, 10)
          .map((d) => `${d.slug} (${d.name})`)
          .join(', ')}${districts.length > 10 ? ', …' : ''}`
      : 'there is no district yet: create one first (microcred serve, then the admin pages)',
  );
}

/** `microcred import roster …`; returns the exit status. */
export async function importCommand(
  args: string[],
  config: Pick<Config, 'databaseUrl'>,
  out: Out = console,
): Promise<number> {
  let opts: ReturnType<typeof parseArgs>;
  let opened: Awaited<ReturnType<typeof openRoster>>;
  let files: RosterFiles;
  try {
    opts = parseArgs(args);
    files = filesAt(opts.path);
    // The header first: a wrong file is refused before the database is opened.
    opened = await openRoster(files);
  } catch (err) {
    if (err instanceof UsageError) {
      out.error(`${err.message}\n\n${IMPORT_USAGE}`);
      return 2;
    }
    if (err instanceof AppError) {
      out.error(err.message);
      return 2;
    }
    throw err;
  }
  const handle = openDatabase(config.databaseUrl);
  try {
    const org = opts.org ?? (await onlyDistrict(handle.db));
    const result = await importRoster({ db: handle.db, clock: systemClock }, 'operator', {
      org,
      files,
      opened,
      dryRun: opts.dryRun,
      allowPartial: opts.allowPartial,
      allowDepartures: opts.allowDepartures,
    });
    printResult(out, result);
    return result.counts.rejected ? 1 : 0;
  } catch (err) {
    opened.close();
    if (err instanceof UsageError || err instanceof AppError) {
      out.error(err.message);
      return 2;
    }
    if (err instanceof Error && /no such table|relation .* does not exist/.test(err.message)) {
      out.error(
        `The database has no microcred tables yet (${err.message}): run \`microcred migrate\` first.`,
      );
      return 2;
    }
    throw err;
  } finally {
    await handle.close();
  }
}
