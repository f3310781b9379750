import { randomUUID } from 'node:crypto';
import type { Role } from '../../db/schema.js';
import { RosterPlanner, type Bucket, type OfferedLine, type RosterPlan } from '../../domain/roster-plan.js';
import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import { isPlatformAdmin, type Auth } from '../auth/auth-context.js';
import { adminScope, inScope } from '../orgs/org-scope.js';
import { applyChange, applyCreates, applyDeparture } from './apply-roster.js';
import { resolvePerson, RosterTree, type PersonPayload } from './resolve-person.js';
import { isUnreadable, openRoster, type OpenedRoster, type RosterFiles } from './roster-files.js';
import {
  buildReportLists,
  previousOf,
  REPORT_CAP,
  type ReportLine,
  type RosterReport,
} from './roster-report.js';
import {
  CHUNK,
  findOrg,
  lineageIds,
  loadEntries,
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
  opened: OpenedRoster;
  tree: RosterTree;
  entries: Map<string, StoredEntry>;
  roles: Role[] | null;
  /** Called with each line the plan puts in a bucket, in file order (awaited: it may write). */
  onLine?: (bucket: Bucket, line: OfferedLine<PersonPayload>) => Promise<void>;
};

/** Streams the people of the file through the planner; holds only what the report shows. */
async function planPass({ opened, tree, entries, roles, onLine }: Pass) {
  const planner = new RosterPlanner<PersonPayload>(entries, REPORT_CAP);
  for await (const p of opened.people) {
    if (isUnreadable(p)) {
      planner.reject(p.line, p.problem, '');
      continue;
    }
    const r = await resolvePerson(p, { dialect: opened.format, tree, importerRoles: roles });
    if ('reject' in r) planner.reject(p.line, r.reject, p.email, p.sourceId || undefined);
    else if ('skip' in r) planner.skip(p.line, r.skip, p.email, p.sourceId || undefined);
    else {
      const { fingerprint, ...payload } = r.ok;
      const line = {
        line: p.line,
        sourceId: p.sourceId,
        email: p.email,
        fingerprint,
        active: p.active,
        payload,
      };
      const bucket = planner.offer(line);
      if (onLine) await onLine(bucket, line);
    }
  }
  return planner.finish((e) => previousOf(e.fingerprint).email ?? e.sourceId);
}

/** Counts the new people who already have an account, a batch of emails at a time. */
function accountCounter(db: Deps['db']) {
  let pending: string[] = [];
  let count = 0;
  const flush = async () => {
    if (pending.length) count += (await usersByEmail(db, pending)).size;
    pending = [];
  };
  return {
    add: async (email: string) => {
      pending.push(email);
      if (pending.length >= 500) await flush();
    },
    total: async () => (await flush(), count),
  };
}

/**
 * The second pass, inside the transaction: the files are read again and each line applied as it
 * comes (a batch of new people at a time), so memory stays flat however long the file. The plan
 * must come out as the first pass said, or nothing is written (the file changed meanwhile).
 */
async function applyPass(
  trx: Deps['db'],
  input: ImportRosterInput,
  first: RosterPlan<PersonPayload>,
  base: Omit<Pass, 'opened' | 'tree' | 'onLine'> & { org: TreeOrg; orgs: TreeOrg[]; now: string },
) {
  const opened = await openRoster(input.files);
  try {
    const tree = new RosterTree(trx, base.org, base.orgs);
    await mapOrgs(opened, tree);
    const ctx = { orgId: base.org.id, now: base.now, tree, entries: base.entries };
    let batch: OfferedLine<PersonPayload>[] = [];
    const second = await planPass({
      ...base,
      opened,
      tree,
      onLine: async (bucket, line) => {
        if (bucket === 'create') {
          batch.push(line);
          if (batch.length >= CHUNK) {
            await applyCreates(trx, ctx, batch);
            batch = [];
          }
        } else if (bucket === 'change')
          await applyChange(trx, ctx, { ...line, previous: base.entries.get(line.sourceId)! });
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
    const existing = accountCounter(db);
    const p = await planPass({
      opened,
      tree,
      entries,
      roles,
      onLine: (bucket, line) => (bucket === 'create' ? existing.add(line.email) : Promise.resolve()),
    });
    const accounts = await usersByEmail(
      db,
      p.create.map((c) => c.email),
    );
    const rejectedCount = orgRejections.length + p.reject.length;
    const apply = !input.dryRun && (rejectedCount === 0 || !!input.allowPartial);
    const lists = buildReportLists(p, {
      tree,
      peopleFile: opened.peopleFile,
      existingAccount: (email) => accounts.has(email),
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
        existingAccounts: await existing.total(),
      },
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
