import type { Deps } from '../../server/deps.js';
import { notFound } from '../../server/errors.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';
import { csvCell } from '../../domain/roster-rows.js';
import { rosterOrg } from './import-roster.js';
import { listImports } from './roster.repository.js';
import type { RosterReport } from './roster-report.js';
import type { RosterImportSummary } from './roster-views.js';

const readReport = (json: string): Partial<RosterReport> => {
  try {
    return JSON.parse(json) as Partial<RosterReport>;
  } catch {
    return {};
  }
};

/** The organization's import runs, newest first (dry runs and refused runs included). */
export async function listRosterImports(
  { db }: Pick<Deps, 'db'>,
  auth: Auth | null,
  orgId: string,
): Promise<RosterImportSummary[]> {
  const org = await rosterOrg(db, requireAuth(auth), orgId);
  const rows = await listImports(db, org.id, 50);
  return rows.map((r) => {
    const report = readReport(r.report);
    return {
      id: r.id,
      orgId: r.org_id,
      fileName: r.file_name,
      format: r.format,
      dryRun: r.dry_run === 1,
      applied: report.applied ?? r.dry_run === 0,
      createdAt: r.created_at,
      actorName: r.actor_name,
      counts: report.counts ?? {
        lines: 0,
        created: r.created,
        changed: r.changed,
        unchanged: r.unchanged,
        deactivated: r.deactivated,
        rejected: r.rejected,
        skipped: 0,
        existingAccounts: 0,
      },
    };
  });
}

/** One run's stored report. */
export async function getRosterImport(
  { db }: Pick<Deps, 'db'>,
  auth: Auth | null,
  id: string,
): Promise<RosterReport> {
  const row = await db
    .selectFrom('roster_imports')
    .select(['id', 'org_id', 'report'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('That import');
  await rosterOrg(db, requireAuth(auth), row.org_id).catch(() => {
    throw notFound('That import');
  });
  return { ...(readReport(row.report) as RosterReport), id: row.id };
}

/**
 * A run's lines as CSV for a spreadsheet: every cell that could be read as a formula is prefixed
 * with `'` (a name like `=HYPERLINK(…)` came from the district's file; it is shown, not run).
 */
export function reportCsv(report: RosterReport): string {
  const header = ['outcome', 'file', 'line', 'email', 'name', 'school', 'role', 'reason'];
  const rows = (
    [
      ['rejected', report.rejected],
      ['created', report.created],
      ['changed', report.changed],
      ['deactivated', report.deactivated],
      ['skipped', report.skipped],
    ] as const
  ).flatMap(([outcome, lines]) =>
    (lines ?? []).map((l) => [outcome, l.file, l.line, l.email, l.name, l.school, l.role, l.reason]),
  );
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
