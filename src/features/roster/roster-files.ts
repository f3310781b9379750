import type { Readable } from 'node:stream';
import type { RosterDialect, RosterPerson } from '../../domain/roster-rows.js';
import { normalizeEmail } from '../../domain/roster-rows.js';
import { openCsv, type CsvRow, type CsvSpec, type OpenCsv } from './read-csv.js';

/**
 * The files of one import, as streams opened on demand: a plain staff CSV, or a OneRoster 1.2
 * (or 1.1) CSV folder's `users.csv` with, optionally, its `orgs.csv`.
 */
export type RosterFiles =
  | { format: 'csv'; name: string; staff: () => Readable }
  | { format: 'oneroster'; name: string; orgs: (() => Readable) | null; users: () => Readable };

/**
 * The plain staff CSV. `school_id` is the school's code in the district's records (its external id,
 * e.g. RES-001) or its microcred slug; empty for district-office staff. `role` is educator
 * (default) or district_admin; `staff_id` is the district's id for the person (the email when
 * absent, so a changed email then reads as a new person).
 */
export const STAFF_CSV: CsvSpec = {
  file: 'the staff CSV',
  required: ['email', 'first_name', 'last_name', 'school_id'],
  optional: ['role', 'staff_id'],
};
export const ONEROSTER_ORGS: CsvSpec = {
  file: 'orgs.csv',
  required: ['sourcedId', 'name', 'type'],
  optional: ['identifier', 'parentSourcedId', 'status'],
};
export const ONEROSTER_USERS: CsvSpec = {
  file: 'users.csv',
  required: ['sourcedId', 'givenName', 'familyName', 'email'],
  optional: ['status', 'enabledUser', 'identifier'],
  oneOf: [
    ['role', 'roles'],
    ['orgSourcedIds', 'primaryOrg'],
  ],
};

/** A line of orgs.csv. */
export type OrgLine = {
  line: number;
  sourceId: string;
  name: string;
  type: string;
  identifier: string;
  active: boolean;
};

/**
 * A line we cannot read as a person: the wrong number of cells. Its id and email are kept when
 * their cells are there, so that a rejected line still names who it is about (and that person is
 * not taken for departed).
 */
export type UnreadableLine = { line: number; problem: string; sourceId?: string; email?: string };

export type OpenedRoster = {
  format: RosterDialect;
  name: string;
  peopleFile: string;
  orgs: { file: string; lines: AsyncIterable<OrgLine | UnreadableLine> } | null;
  people: AsyncIterable<RosterPerson | UnreadableLine>;
  close: () => void;
};

const cell = (row: CsvRow, column: string) => row.cells.get(column.toLowerCase()) ?? '';
const isInactive = (status: string, enabled: string) =>
  ['tobedeleted', 'inactive', 'deleted'].includes(status.toLowerCase()) || enabled.toLowerCase() === 'false';
const list = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The cell of `column` when the row reaches that far (a short row lacks its last cells). */
const cellIfThere = (csv: OpenCsv, row: CsvRow, column: string) => {
  const at = csv.columns.indexOf(column.toLowerCase());
  return at >= 0 && at < row.width ? cell(row, column) : '';
};

/** How each kind of file names a person on a line it cannot otherwise read. */
type IdOf = (csv: OpenCsv, row: CsvRow) => { sourceId?: string; email?: string };

async function* lines<T>(
  csv: OpenCsv,
  read: (row: CsvRow) => T,
  idOf?: IdOf,
): AsyncGenerator<T | UnreadableLine> {
  for await (const row of csv.rows) {
    if (row.width !== csv.columns.length) {
      const id = idOf?.(csv, row) ?? {};
      yield {
        line: row.line,
        problem: `the line has ${row.width} cells but the header has ${csv.columns.length}`,
        ...(id.sourceId ? { sourceId: id.sourceId } : {}),
        ...(id.email ? { email: id.email } : {}),
      };
    } else yield read(row);
  }
}

const staffId: IdOf = (csv, row) => {
  const email = normalizeEmail(cellIfThere(csv, row, 'email'));
  // Without a staff_id column the email is the id; with one, only its own cell names the person.
  const sourceId = csv.columns.includes('staff_id') ? cellIfThere(csv, row, 'staff_id') : email;
  return { sourceId, email };
};

const oneRosterId: IdOf = (csv, row) => ({
  sourceId: cellIfThere(csv, row, 'sourcedId'),
  email: normalizeEmail(cellIfThere(csv, row, 'email')),
});

const staffPerson = (row: CsvRow): RosterPerson => {
  const email = normalizeEmail(cell(row, 'email'));
  return {
    line: row.line,
    sourceId: cell(row, 'staff_id') || email,
    email,
    firstName: cell(row, 'first_name'),
    lastName: cell(row, 'last_name'),
    orgRefs: cell(row, 'school_id') ? [cell(row, 'school_id')] : [],
    role: cell(row, 'role'),
    active: true,
  };
};

const oneRosterPerson = (row: CsvRow): RosterPerson => ({
  line: row.line,
  sourceId: cell(row, 'sourcedId'),
  email: normalizeEmail(cell(row, 'email')),
  firstName: cell(row, 'givenName'),
  lastName: cell(row, 'familyName'),
  orgRefs: list(cell(row, 'orgSourcedIds') || cell(row, 'primaryOrg')),
  // 1.2 may list several roles; the first is the person's primary one.
  role: list(cell(row, 'role') || cell(row, 'roles'))[0] ?? '',
  active: !isInactive(cell(row, 'status'), cell(row, 'enabledUser')),
});

const orgLine = (row: CsvRow): OrgLine => ({
  line: row.line,
  sourceId: cell(row, 'sourcedId'),
  name: cell(row, 'name'),
  type: cell(row, 'type').toLowerCase(),
  identifier: cell(row, 'identifier'),
  active: !isInactive(cell(row, 'status'), ''),
});

/**
 * Opens the files and checks every header before anything else happens (no database yet): a
 * missing column, a wrong encoding or an empty file is refused here with INVALID_FILE.
 */
export async function openRoster(files: RosterFiles): Promise<OpenedRoster> {
  if (files.format === 'csv') {
    const csv = await openCsv(files.staff(), STAFF_CSV);
    return {
      format: 'csv',
      name: files.name,
      peopleFile: files.name,
      orgs: null,
      people: lines(csv, staffPerson, staffId),
      close: csv.close,
    };
  }
  const orgs = files.orgs ? await openCsv(files.orgs(), ONEROSTER_ORGS) : null;
  let users: OpenCsv;
  try {
    users = await openCsv(files.users(), ONEROSTER_USERS);
  } catch (err) {
    orgs?.close();
    throw err;
  }
  return {
    format: 'oneroster',
    name: files.name,
    peopleFile: 'users.csv',
    orgs: orgs ? { file: 'orgs.csv', lines: lines(orgs, orgLine) } : null,
    people: lines(users, oneRosterPerson, oneRosterId),
    close: () => {
      orgs?.close();
      users.close();
    },
  };
}

export const isUnreadable = (x: object): x is UnreadableLine => 'problem' in x;
