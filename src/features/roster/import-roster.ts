import { randomUUID } from 'node:crypto';
import type { Role } from '../../db/schema.js';
import {
  departureCheck,
  RosterPlanner,
  type Bucket,
  type OfferedLine,
  type RosterPlan,
} from '../../domain/roster-plan.js';
import type { RosterPerson } from '../../domain/roster-rows.js';
import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import { isPlatformAdmin, type Auth } from '../auth/auth-context.js';
import { adminScope, inScope } from '../orgs/org-scope.js';
import { applyChange, applyCreates, applyDeparture, type LinePayload } from './apply-roster.js';
import { resolvePerson, RosterTree, type PersonPayload } from './resolve-person.js';
import {
  isUnreadable,
  openRoster,
  type OpenedRoster,
  type RosterFiles,
  type UnreadableLine,
} from './roster-files.js';
import {
  buildReportLists,
  previousOf,
  REPORT_CAP,
  type ReportLine,
  type RosterReport,
} from './roster-report.js';
import {
  accountsById,
  CHUNK,
  findOrg,
  lineageIds,
  loadEntries,
  lockOrg,
  subtree,
  usersByEmail,
  type StoredEntry,
  type TreeOrg,
} from './roster.repository.js';

/** Who runs an import: a signed-in admin, or the operator at the command line (full access). */
export type RosterActor = Auth | 'operator';

export type ImportRosterInput = {
  /** The district or state, by id or slug. */
  org: string;
  files: RosterFiles;
  /** Plan and report, write nothing but the run's record. */
  dryRun: boolean;
  /** Apply the valid lines even when some are rejected (otherwise a run with rejections writes nothing). */
  allowPartial?: boolean;
  /** Apply even when it deactivates many of the organization's people (see departureGuard). */
  allowDepartures?: boolean;
  /** The files already opened (and their headers checked) by the caller. */
  opened?: OpenedRoster;
};

export type ImportRosterResult = RosterReport & {
  /** Every rejected line (the report keeps only the first REPORT_CAP). */
  allRejected: ReportLine[];
};

/** The district or state to import into, if the actor may: else NOT_FOUND (or FORBIDDEN for a kind). */
export async function rosterOrg(db: Deps['db'], actor: RosterActor, idOrSlug: string): Promise<TreeOrg> {
  const org = await findOrg(db, idOrSlug);
  if (actor !== 'operator') {
    const scope = await adminScope(db, actor);
    if (!org || !inScope(scope, org.id)) throw notFound('That organization');
  } else if (!org) throw notFound(`The organization "${idOrSlug}"`);
  if (org.kind !== 'district' && org.kind !== 'state')
    throw new AppError(
      'VALIDATION_FAILED',
      `Rosters are imported into a district or a state; ${org.name} is a ${org.kind}.`,
    );
  return org;
}

/** The roles the actor holds at the organization or above it (null: may grant anything). */
async function importerRoles(db: Deps['db'], actor: RosterActor, org: TreeOrg): Promise<Role[] | null> {
  if (actor === 'operator' || isPlatformAdmin(actor)) return null;
  const above = new Set(await lineageIds(db, org.id));
  return actor.memberships.filter((m) => above.has(m.orgId)).map((m) => m.role);
}

/**
 * Maps orgs.csv to the tree. A line is matched by our external id (= its sourcedId, then its
 * identifier), then by name; the district's own line matches the importing district. A school we
 * do not know is rejected, not created: a typo must not become a new school, and creating schools
 * stays with the people who run the tree (set the school's external id once, then re-import).
 */
async function mapOrgs(opened: OpenedRoster, tree: RosterTree): Promise<ReportLine[]> {
  const rejected: ReportLine[] = [];
  if (!opened.orgs) return rejected;
  for await (const o of opened.orgs.lines) {
    const reject = (reason: string, label = '') =>
      rejected.push({ file: 'orgs.csv', line: o.line, email: label, reason });
    if (isUnreadable(o)) {
      reject(o.problem);
      continue;
    }
    if (!o.sourceId) {
      reject('the sourcedId is empty', o.name);
      continue;
    }
    if (o.type === 'state' || o.type === 'national' || o.type === 'department' || !o.active) continue;
    const found =
      tree.find(o.sourceId) ??
      (o.identifier ? tree.find(o.identifier) : undefined) ??
      (o.name ? tree.byName(o.name) : undefined) ??
      (o.type === 'district' && tree.root.kind === 'district' ? tree.root : undefined);
    if (found) {
      tree.mapSourced(o.sourceId, found);
      continue;
    }
    tree.mapSourced(o.sourceId, null);
    const other =
      (await tree.elsewhere(o.sourceId)) ?? (o.identifier ? await tree.elsewhere(o.identifier) : null);
    reject(
      other
        ? `"${o.name}" (${o.sourceId}) is ${other}, which is not part of ${tree.root.name}`
        : `no organization in ${tree.root.name} has the id "${o.sourceId}"${o.identifier ? ` or "${o.identifier}"` : ''} or the name "${o.name}"; create it (with that external id) first`,
      o.name,
    );
  }
  return rejected;
}

type Pass = {
  db: Deps['db'];
  orgId: string;
  opened: OpenedRoster;
  tree: RosterTree;
  entries: Map<string, StoredEntry>;
  roles: Role[] | null;
  /** Called with each line the plan puts in a bucket, in file order (awaited: it may write). */
  onLine?: (bucket: Bucket, line: OfferedLine<LinePayload>) => Promise<void>;
};

/** Lines resolved before their accounts are looked up together. */
const LOOKUP_BATCH = 500;

type Pending =
  | { kind: 'unreadable'; line: UnreadableLine }
  | { kind: 'reject' | 'skip'; person: RosterPerson; reason: string }
  | { kind: 'ok'; line: Omit<OfferedLine<PersonPayload>, 'payload'> & { payload: PersonPayload } };

/**
 * Streams the people of the file through the planner; holds only what the report shows. Lines are
 * resolved, then their accounts looked up a batch at a time (by email for new people, by id for
 * known ones), so each line carries its account and whether this organization governs it. A line
 * that would bring back an account another organization deactivated is rejected.
 */
async function planPass({ db, orgId, opened, tree, entries, roles, onLine }: Pass) {
  const planner = new RosterPlanner<LinePayload>(entries, REPORT_CAP);
  const treeIds = new Set(tree.byId.keys());
  let existingAccounts = 0;
  let pending: Pending[] = [];
  // A line with the wrong number of cells may have its cells shifted: its id cell is trusted when
  // it names a known person, else the person whose email it has (the email comes first).
  let byEmail: Map<string, string> | null = null;
  const knownId = (l: UnreadableLine) => {
    if (l.sourceId && entries.has(l.sourceId)) return l.sourceId;
    byEmail ??= new Map(
      [...entries.values()].flatMap((e) => {
        const email = previousOf(e.fingerprint).email;
        return email ? [[email, e.sourceId] as const] : [];
      }),
    );
    return (l.email && byEmail.get(l.email)) || l.sourceId || undefined;
  };
  const flush = async () => {
    // Only lines that create or change someone need their account (not unchanged or departing ones).
    const oks = pending.flatMap((x) => {
      if (x.kind !== 'ok' || !x.line.active) return [];
      const previous = entries.get(x.line.sourceId);
      return previous?.status === 'active' && previous.fingerprint === x.line.fingerprint ? [] : [x.line];
    });
    const found = await usersByEmail(
      db,
      oks.filter((l) => !entries.has(l.sourceId)).map((l) => l.email),
    );
    const userIdOf = (l: { sourceId: string; email: string }) =>
      entries.get(l.sourceId)?.userId ?? found.get(l.email)?.id;
    const accounts = await accountsById(
      db,
      oks.flatMap((l) => userIdOf(l) ?? []),
      orgId,
      treeIds,
    );
    for (const x of pending) {
      if (x.kind === 'unreadable') {
        planner.reject(x.line.line, x.line.problem, x.line.email ?? '', knownId(x.line));
        continue;
      }
      if (x.kind !== 'ok') {
        const { line, email, sourceId } = x.person;
        planner[x.kind](line, x.reason, email, sourceId || undefined);
        continue;
      }
      const uid = userIdOf(x.line);
      const account = (uid && accounts.get(uid)) || null;
      const previous = entries.get(x.line.sourceId);
      const unchanged = previous?.status === 'active' && previous.fingerprint === x.line.fingerprint;
      if (account?.status === 'deactivated' && !account.governed && x.line.active && !unchanged) {
        planner.reject(
          x.line.line,
          `the account of ${x.line.email} was deactivated by another organization; it is not brought back (ask that organization or a platform administrator)`,
          x.line.email,
          x.line.sourceId,
        );
        continue;
      }
      const line = { ...x.line, payload: { ...x.line.payload, account } };
      const bucket = planner.offer(line);
      if (bucket === 'create' && account) existingAccounts++;
      if (onLine) await onLine(bucket, line);
    }
    pending = [];
  };
  for await (const p of opened.people) {
    if (isUnreadable(p)) pending.push({ kind: 'unreadable', line: p });
    else {
      const r = await resolvePerson(p, { dialect: opened.format, tree, importerRoles: roles });
      if ('reject' in r) pending.push({ kind: 'reject', person: p, reason: r.reject });
      else if ('skip' in r) pending.push({ kind: 'skip', person: p, reason: r.skip });
      else {
        const { fingerprint, ...payload } = r.ok;
        pending.push({
          kind: 'ok',
          line: {
            line: p.line,
            sourceId: p.sourceId,
            email: p.email,
            fingerprint,
            active: p.active,
            payload,
          },
        });
      }
    }
    if (pending.length >= LOOKUP_BATCH) await flush();
  }
  await flush();
  const plan = planner.finish((e) => previousOf(e.fingerprint).email ?? e.sourceId);
  return { plan, existingAccounts };
}

/** Whether two readings of the entries agree (another import ran between them when not). */
function sameEntries(a: ReadonlyMap<string, StoredEntry>, b: ReadonlyMap<string, StoredEntry>) {
  if (a.size !== b.size) return false;
  for (const [id, e] of a) {
    const f = b.get(id);
    if (!f || f.fingerprint !== e.fingerprint || f.status !== e.status || f.userId !== e.userId) return false;
  }
  return true;
}

/**
 * The second pass, inside the transaction: the organization's row is locked (PostgreSQL; SQLite
 * runs one writing transaction at a time) and its entries read again, so two imports into one
 * organization cannot interleave: the later one is refused with CONFLICT. The files are then read
 * again and each line applied as it comes (a batch of new people at a time), so memory stays flat
 * however long the file. The plan must come out as the first pass said, or nothing is written.
 */
async function applyPass(
  trx: Deps['db'],
  input: ImportRosterInput,
  first: RosterPlan<LinePayload>,
  base: Omit<Pass, 'opened' | 'tree' | 'onLine' | 'db' | 'orgId'> & {
    org: TreeOrg;
    orgs: TreeOrg[];
    now: string;
  },
) {
  await lockOrg(trx, base.org.id);
  const entries = await loadEntries(trx, base.org.id);
  if (!sameEntries(entries, base.entries))
    throw new AppError(
      'CONFLICT',
      `Another roster import into ${base.org.name} finished while this one was being prepared; nothing was written. Preview the file again.`,
    );
  const opened = await openRoster(input.files);
  try {
    const tree = new RosterTree(trx, base.org, base.orgs);
    await mapOrgs(opened, tree);
    const ctx = { orgId: base.org.id, now: base.now, tree, entries };
    let batch: OfferedLine<LinePayload>[] = [];
    const { plan: second } = await planPass({
      ...base,
      db: trx,
      orgId: base.org.id,
      entries,
      opened,
      tree,
      onLine: async (bucket, line) => {
        if (bucket === 'create') {
          batch.push(line);
          if (batch.length >= CHUNK) {
            await applyCreates(trx, ctx, batch);
            batch = [];
          }
        } else if (bucket === 'change') {
          if (batch.length) {
            await applyCreates(trx, ctx, batch);
            batch = [];
          }
          await applyChange(trx, ctx, { ...line, previous: entries.get(line.sourceId)! });
        }
      },
    });
    if (batch.length) await applyCreates(trx, ctx, batch);
    if (
      JSON.stringify(second.counts) !== JSON.stringify(first.counts) ||
      second.reject.length !== first.reject.length
    )
      throw new AppError(
        'CONFLICT',
        'The file changed while it was being imported; nothing was written. Try again.',
      );
    for (const d of second.deactivate) await applyDeparture(trx, ctx, d);
  } finally {
    opened.close();
  }
}

/**
 * Why applying this plan must wait for a person to confirm, or null: a file that lists nobody is
 * never applied (it would deactivate everyone), and one that would deactivate more than
 * DEPARTURE_SHARE of the organization's active people, and more than DEPARTURE_FLOOR, is applied
 * only with `allowDepartures` (a truncated export looks exactly like that).
 */
function departureGuard(plan: RosterPlan<LinePayload>, entries: ReadonlyMap<string, StoredEntry>) {
  const active = [...entries.values()].filter((e) => e.status === 'active').length;
  const leaving = plan.counts.deactivate;
  const listed = plan.lines - plan.counts.skip;
  if (listed === 0)
    return {
      empty: true,
      message: `The file lists nobody${active ? `; applying it would deactivate all ${active} people of this roster` : ''}. Check that the export is complete; nothing was written.`,
    };
  const check = departureCheck(leaving, active);
  if (check.confirm)
    return {
      empty: false,
      message: `Applying this file would deactivate ${leaving} of the ${active} active people of this roster. If they really left, import again with "Allow these departures" (--allow-departures, or allowDepartures=true); nothing was written.`,
    };
  return null;
}

/**
 * Imports a roster: checks the files' headers (before anything touches the database), checks the
 * actor may import into the organization, streams the lines into a plan, and — unless it is a dry
 * run, or lines were rejected and partial imports were not asked for — applies the plan in one
 * transaction, so a run is applied whole or not at all. Every run is recorded in roster_imports.
 */
export async function importRoster(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: RosterActor,
  input: ImportRosterInput,
): Promise<ImportRosterResult> {
  const opened = input.opened ?? (await openRoster(input.files));
  try {
    const { db } = deps;
    const org = await rosterOrg(db, actor, input.org);
    const orgs = await subtree(db, org);
    const tree = new RosterTree(db, org, orgs);
    const roles = await importerRoles(db, actor, org);
    const entries = await loadEntries(db, org.id);
    const orgRejections = await mapOrgs(opened, tree);
    const { plan: p, existingAccounts } = await planPass({ db, orgId: org.id, opened, tree, entries, roles });
    const rejectedCount = orgRejections.length + p.reject.length;
    const guard = departureGuard(p, entries);
    const apply = !input.dryRun && (rejectedCount === 0 || !!input.allowPartial);
    if (apply && guard && (guard.empty || !input.allowDepartures))
      throw new AppError(guard.empty ? 'INVALID_FILE' : 'UNPROCESSABLE', guard.message, {
        deactivated: p.counts.deactivate,
        confirmWith: guard.empty ? null : 'allowDepartures',
      });
    const matched = new Set(p.create.flatMap((c) => (c.payload.account ? [c.email] : [])));
    const lists = buildReportLists(p, {
      tree,
      peopleFile: opened.peopleFile,
      existingAccount: (email) => matched.has(email),
      orgRejections,
    });
    const now = deps.clock.now().toISOString();
    const report: RosterReport = {
      id: randomUUID(),
      orgId: org.id,
      orgName: org.name,
      fileName: input.files.name.slice(0, 200),
      format: opened.format,
      dryRun: input.dryRun,
      applied: apply,
      createdAt: now,
      counts: {
        lines: p.lines,
        created: p.counts.create,
        changed: p.counts.change,
        unchanged: p.unchanged,
        deactivated: p.counts.deactivate,
        rejected: rejectedCount,
        skipped: p.counts.skip,
        existingAccounts,
      },
      departureWarning: guard?.message ?? null,
      needsDepartureConfirmation: !!guard && !guard.empty,
      ...lists,
      rejected: lists.rejected.slice(0, REPORT_CAP),
      truncated: lists.truncated || lists.rejected.length > REPORT_CAP,
    };
    const { id: _id, counts, ...stored } = report;
    void _id;
    const record = {
      id: report.id,
      org_id: org.id,
      file_name: report.fileName,
      format: report.format,
      dry_run: input.dryRun ? 1 : 0,
      actor_id: actor === 'operator' ? null : actor.userId,
      created_at: now,
      created: counts.created,
      changed: counts.changed,
      unchanged: counts.unchanged,
      deactivated: counts.deactivated,
      rejected: counts.rejected,
      report: JSON.stringify({ ...stored, counts }),
    };
    await db.transaction().execute(async (trx) => {
      if (apply) await applyPass(trx, input, p, { org, orgs, entries, roles, now });
      await trx.insertInto('roster_imports').values(record).execute();
    });
    return { ...report, allRejected: lists.rejected };
  } finally {
    opened.close();
  }
}
