import type { RosterPlan } from '../../domain/roster-plan.js';
import { fullName } from '../../domain/roster-rows.js';
import type { PersonPayload, RosterTree } from './resolve-person.js';

/** One line of a report: who, where in the file, and what happens or why not. */
export type ReportLine = {
  file: string;
  line: number | null;
  email: string;
  name?: string;
  school?: string;
  role?: string;
  /** Why a line is rejected or left out, or what changes. */
  reason?: string;
  /** Created: whether the person already had an account (matched by email), so none is made. */
  existingAccount?: boolean;
};

export type RosterCounts = {
  lines: number;
  created: number;
  changed: number;
  unchanged: number;
  deactivated: number;
  rejected: number;
  skipped: number;
  /** Of the created, how many matched an account that already existed. */
  existingAccounts: number;
};

export type RosterReport = {
  id: string;
  orgId: string;
  orgName: string;
  fileName: string;
  format: 'csv' | 'oneroster';
  dryRun: boolean;
  /** Whether anything was written: false for a dry run and for a refused run with rejections. */
  applied: boolean;
  createdAt: string;
  counts: RosterCounts;
  created: ReportLine[];
  changed: ReportLine[];
  deactivated: ReportLine[];
  rejected: ReportLine[];
  skipped: ReportLine[];
  /** Some lists hold only their first REPORT_CAP lines. */
  truncated: boolean;
  /** Why applying this file needs confirming (or is refused), or null. */
  departureWarning?: string | null;
  /** Applying needs allowDepartures: it would deactivate many of the organization's people. */
  needsDepartureConfirmation?: boolean;
};

/** Lines kept per list in a stored or returned report (the counts are always whole). */
export const REPORT_CAP = 200;

const cap = <T>(xs: T[]) => xs.slice(0, REPORT_CAP);

/** Reads what a previous import said about a person from its fingerprint (see domain/roster-rows). */
export function previousOf(fp: string): {
  email?: string;
  name?: string;
  schoolId?: string | null;
  role?: string;
} {
  try {
    const [email, first, last, schoolId, , role] = JSON.parse(fp) as (string | null)[];
    return {
      email: email ?? undefined,
      name: fullName(first ?? '', last ?? ''),
      schoolId,
      role: role ?? undefined,
    };
  } catch {
    return {};
  }
}

export function buildReportLists(
  plan: RosterPlan<PersonPayload>,
  ctx: {
    tree: RosterTree;
    peopleFile: string;
    existingAccount: (email: string) => boolean;
    orgRejections: ReportLine[];
  },
) {
  const schoolName = (id: string | null | undefined) => (id ? ctx.tree.byId.get(id)?.name : undefined);
  const person = (l: { line: number; email: string; payload: PersonPayload }): ReportLine => ({
    file: ctx.peopleFile,
    line: l.line,
    email: l.email,
    name: fullName(l.payload.firstName, l.payload.lastName),
    school: schoolName(l.payload.schoolId) ?? schoolName(l.payload.membershipOrgId),
    role: l.payload.role,
  });
  const changed = cap(plan.change).map((c): ReportLine => {
    const was = previousOf(c.previous.fingerprint);
    const now = person(c);
    const what: string[] = [];
    if (c.previous.status !== 'active') what.push('returns after leaving');
    if (was.name !== undefined && was.name !== now.name) what.push(`name ${was.name} → ${now.name}`);
    if (was.email !== undefined && was.email !== c.email)
      what.push(`email ${was.email} → ${c.email} (the account keeps signing in as before)`);
    if (was.schoolId !== undefined && was.schoolId !== c.payload.schoolId)
      what.push(`school ${schoolName(was.schoolId) ?? 'none'} → ${schoolName(c.payload.schoolId) ?? 'none'}`);
    if (was.role !== undefined && was.role !== c.payload.role)
      what.push(`role ${was.role} → ${c.payload.role}`);
    return { ...now, reason: what.join('; ') || 'updated' };
  });
  return {
    created: cap(plan.create).map((c) => ({ ...person(c), existingAccount: ctx.existingAccount(c.email) })),
    changed,
    deactivated: cap(plan.deactivate).map((d): ReportLine => ({
      file: ctx.peopleFile,
      line: d.line,
      email: d.label,
      reason: d.line === null ? 'no longer in the file: departed' : 'inactive in the file',
    })),
    rejected: [
      ...ctx.orgRejections,
      ...plan.reject.map((r): ReportLine => ({
        file: ctx.peopleFile,
        line: r.line,
        email: r.label,
        reason: r.reason,
      })),
    ],
    skipped: cap(plan.skip).map((s): ReportLine => ({
      file: ctx.peopleFile,
      line: s.line,
      email: s.label,
      reason: s.reason,
    })),
    truncated:
      plan.counts.create > REPORT_CAP ||
      plan.counts.change > REPORT_CAP ||
      plan.counts.skip > REPORT_CAP ||
      plan.deactivate.length > REPORT_CAP,
  };
}
