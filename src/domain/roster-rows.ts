/**
 * What one roster line says about a person, checked without I/O: the email, the names, and the
 * role in microcred that the file's role maps to. Cells are kept exactly as written (a cell such
 * as `=HYPERLINK(…)` is a name like any other text: nothing here or later evaluates it).
 */

/** The two kinds of file a district sends. */
export type RosterDialect = 'csv' | 'oneroster';

/** The roles a roster can give. Assessor pools belong to issuers and are staffed by invitation. */
export type RosterRoleName = 'educator' | 'district_admin';

/** One person as a file describes them, before schools are looked up. */
export type RosterPerson = {
  /** The line in its file (1 is the header). */
  line: number;
  /** The district's own id for the person: staff id, OneRoster sourcedId, or else the email. */
  sourceId: string;
  email: string;
  firstName: string;
  lastName: string;
  /** The school (or other organization) ids the file names for the person, in the file's terms. */
  orgRefs: string[];
  /** The role as written in the file. */
  role: string;
  /** False when the file marks the person inactive (OneRoster `status`/`enabledUser`). */
  active: boolean;
};

const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[^\s@"<>(),;:\\[\]]+\.[^\s@"<>(),;:\\[\]]+$/;
export const MAX_NAME = 200;

export const normalizeEmail = (raw: string) => raw.trim().toLowerCase();

/** Why an email cannot be used, or null when it can. */
export function emailProblem(email: string): string | null {
  if (!email) return 'the email is empty';
  if (email.length > 254) return 'the email is longer than 254 characters';
  if (!EMAIL.test(email)) return `"${email}" is not an email address`;
  return null;
}

/** Why a person's names cannot be used, or null when they can. */
export function nameProblem(first: string, last: string): string | null {
  if (!first && !last) return 'the first and last names are both empty';
  if (first.length > MAX_NAME || last.length > MAX_NAME)
    return `a name is longer than ${MAX_NAME} characters`;
  return null;
}

export const fullName = (first: string, last: string) => [first, last].filter(Boolean).join(' ');

/** What a role in the file becomes: a role in microcred, a person we leave out, or unknown. */
export type RoleMapping = { role: RosterRoleName } | { skip: string } | { unknown: true };

const CSV_ROLES: Record<string, RosterRoleName> = {
  '': 'educator',
  educator: 'educator',
  teacher: 'educator',
  staff: 'educator',
  district_admin: 'district_admin',
  'district admin': 'district_admin',
  administrator: 'district_admin',
};

/**
 * OneRoster 1.1 and 1.2 role names. Teachers, aides, counselors, proctors and principals are
 * educators; district and system administrators are district admins; an `administrator` (1.1) is a
 * district admin only when the organization named for them is the district itself, otherwise
 * (a school's office) an educator. Students, parents, guardians and relatives are not staff: left
 * out, not rejected, because every OneRoster export carries them.
 */
const ONEROSTER_ROLES: Record<string, RosterRoleName | 'administrator' | 'skip'> = {
  teacher: 'educator',
  aide: 'educator',
  counselor: 'educator',
  proctor: 'educator',
  principal: 'educator',
  siteadministrator: 'educator',
  staff: 'educator',
  districtadministrator: 'district_admin',
  systemadministrator: 'district_admin',
  administrator: 'administrator',
  student: 'skip',
  parent: 'skip',
  guardian: 'skip',
  relative: 'skip',
};

export function mapRole(dialect: RosterDialect, raw: string, atDistrict: boolean): RoleMapping {
  const key = raw.trim().toLowerCase();
  if (dialect === 'csv') {
    const role = CSV_ROLES[key];
    return role ? { role } : { unknown: true };
  }
  const mapped = ONEROSTER_ROLES[key.replace(/[\s_-]/g, '')];
  if (!mapped) return { unknown: true };
  if (mapped === 'skip') return { skip: `${key}s are not staff; left out` };
  if (mapped === 'administrator') return { role: atDistrict ? 'district_admin' : 'educator' };
  return { role: mapped };
}

/** The roles each dialect accepts, for messages. */
export const KNOWN_ROLES: Record<RosterDialect, string> = {
  csv: 'educator (or teacher, staff), district_admin (or administrator); empty means educator',
  oneroster:
    'teacher, aide, counselor, proctor, principal, siteAdministrator, administrator, districtAdministrator, ' +
    'systemAdministrator (students, parents, guardians and relatives are left out)',
};

/** A line's identity for "what did the file say last time": same inputs, same fingerprint. */
export function fingerprint(p: {
  email: string;
  firstName: string;
  lastName: string;
  schoolId: string | null;
  membershipOrgId: string;
  role: RosterRoleName;
}): string {
  return JSON.stringify([p.email, p.firstName, p.lastName, p.schoolId, p.membershipOrgId, p.role]);
}

/**
 * A cell made safe for a spreadsheet: text starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is prefixed with `'` so it is shown, never evaluated; then quoted as CSV needs.
 */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
