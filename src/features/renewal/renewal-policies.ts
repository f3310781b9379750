import { randomUUID } from 'node:crypto';
import type { Queryable, Tx } from '../../db/database.js';
import type { PolicyBody, PolicyView } from '../../contracts/renewal.js';
import { isRealDate } from '../../domain/renewal-credit.js';
import { policiesOverlap, policyProblems } from '../../domain/renewal-policy.js';
import { AppError } from '../../server/errors.js';
import type { Deps } from '../../server/deps.js';
import type { Auth } from '../auth/auth-context.js';
import { adminScope, inScope } from '../orgs/org-scope.js';
import {
  loadOrgTree,
  loadPolicies,
  toPolicy,
  type OrgTree,
  type StoredPolicy,
} from './renewal.repository.js';

type Scope = Awaited<ReturnType<typeof adminScope>>;

/** A VALIDATION_FAILED naming the field, shaped like the schema's own problems. */
export const invalid = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { problems: [{ path: `body.${field}`, message }] });

const present = (p: StoredPolicy, scope: Scope, labels: Map<string, string> = new Map()): PolicyView => ({
  id: p.id,
  orgId: p.orgId,
  orgName: p.orgName,
  orgKind: p.orgKind,
  name: p.name,
  licenseTypes: p.licenseTypes,
  counts: p.counts,
  hoursMode: p.hoursMode,
  fixedHours: p.fixedHours,
  capHours: p.capHours,
  requiredHours: p.requiredHours,
  cycleYears: p.cycleYears,
  effectiveFrom: p.effectiveFrom,
  effectiveUntil: p.effectiveUntil,
  status: p.status,
  canManage: inScope(scope, p.orgId),
  countsLabels: 'values' in p.counts ? p.counts.values.map((v) => labels.get(v) ?? v) : [],
});

/** Names of the issuers and micro-credentials policies count by id. */
async function labelsFor(db: Queryable, policies: StoredPolicy[]): Promise<Map<string, string>> {
  const ids = (mode: string) => [
    ...new Set(
      policies.flatMap((p) => (p.counts.mode === mode && 'values' in p.counts ? p.counts.values : [])),
    ),
  ];
  const issuers = ids('issuers');
  const mcs = ids('list');
  const [orgRows, mcRows] = await Promise.all([
    issuers.length
      ? db.selectFrom('organizations').select(['id', 'name']).where('id', 'in', issuers).execute()
      : [],
    mcs.length
      ? db
          .selectFrom('micro_credential_versions')
          .select(['micro_credential_id as id', 'title as name'])
          .where('micro_credential_id', 'in', mcs)
          .where('is_current', '=', 1)
          .execute()
      : [],
  ]);
  return new Map([...orgRows, ...mcRows].map((r) => [r.id, r.name]));
}

/** The organizations above those an admin looks after: a district admin sees the state's policies. */
function ancestorsOf(tree: OrgTree, scope: Scope): Set<string> {
  const out = new Set<string>();
  if (scope.all) return out;
  for (const id of scope.ids)
    for (let p = tree.get(id)?.parentId ?? null, hops = 0; p && hops < 20; hops++) {
      out.add(p);
      p = tree.get(p)?.parentId ?? null;
    }
  return out;
}

/**
 * Policies of the organizations you administer (which you may change) and of the states above them
 * (read only, so a district sees what the state already counts).
 */
export async function listPolicies({ db }: Pick<Deps, 'db'>, auth: Auth | null): Promise<PolicyView[]> {
  const scope = await adminScope(db, auth);
  const tree = await loadOrgTree(db);
  const above = ancestorsOf(tree, scope);
  const visible = (await loadPolicies(db, tree, false))
    .filter((p) => inScope(scope, p.orgId) || above.has(p.orgId))
    .sort((a, b) => a.orgName.localeCompare(b.orgName) || b.effectiveFrom.localeCompare(a.effectiveFrom));
  const labels = await labelsFor(db, visible);
  return visible.map((p) => present(p, scope, labels));
}

function checkBody(body: PolicyBody, tree: OrgTree, scope: Scope) {
  const org = tree.get(body.orgId);
  if (!org || !inScope(scope, body.orgId))
    throw new AppError('NOT_FOUND', 'No such organization among those you administer.');
  if (org.kind !== 'state' && org.kind !== 'district')
    throw invalid('orgId', 'Renewal policies belong to a state or a district.');
  for (const [field, day] of [
    ['effectiveFrom', body.effectiveFrom],
    ['effectiveUntil', body.effectiveUntil],
  ] as const)
    if (day !== null && !isRealDate(day)) throw invalid(field, `${day} is not a real date.`);
  const problems = policyProblems(body);
  if (problems.length)
    throw new AppError('VALIDATION_FAILED', problems.map((p) => p.message).join(' '), {
      problems: problems.map((p) => ({ path: `body.${p.field}`, message: p.message })),
    });
}

/** Refuses a second active policy of the same organization for the same license type and period. */
async function refuseOverlap(tx: Tx, tree: OrgTree, candidate: StoredPolicy, dialect: Deps['dialect']) {
  // Serialize policy changes of one organization (SQLite transactions already run one at a time).
  if (dialect === 'postgres')
    await tx.selectFrom('organizations').select('id').where('id', '=', candidate.orgId).forUpdate().execute();
  const siblings = await tx
    .selectFrom('renewal_policies')
    .selectAll()
    .where('org_id', '=', candidate.orgId)
    .where('status', '=', 'active')
    .where('id', '!=', candidate.id)
    .execute();
  const clash = siblings.map((r) => toPolicy(r, tree)).find((p) => policiesOverlap(p, candidate));
  if (clash)
    throw new AppError(
      'POLICY_OVERLAP',
      `"${clash.name}" already governs ${clash.licenseTypes.length ? clash.licenseTypes.join(', ') : 'every license type'} from ${clash.effectiveFrom}${clash.effectiveUntil ? ` until ${clash.effectiveUntil}` : ''}. End or retire it first, or choose other dates or license types.`,
      { policyId: clash.id, name: clash.name },
    );
}

const columns = (body: PolicyBody) => ({
  name: body.name,
  license_types: JSON.stringify([...new Set(body.licenseTypes)]),
  counts: JSON.stringify(body.counts),
  hours_mode: body.hoursMode,
  fixed_hours: body.hoursMode === 'fixed' ? body.fixedHours : null,
  cap_hours: body.capHours,
  required_hours: body.requiredHours,
  cycle_years: body.cycleYears,
  effective_from: body.effectiveFrom,
  effective_until: body.effectiveUntil,
});

export async function createPolicy(
  { db, clock, dialect }: Pick<Deps, 'db' | 'clock' | 'dialect'>,
  auth: Auth | null,
  body: PolicyBody,
): Promise<PolicyView> {
  const scope = await adminScope(db, auth);
  const tree = await loadOrgTree(db);
  checkBody(body, tree, scope);
  const now = clock.now().toISOString();
  const row = {
    id: randomUUID(),
    org_id: body.orgId,
    ...columns(body),
    status: 'active' as const,
    created_by: auth!.userId,
    created_at: now,
    updated_at: now,
  };
  const policy = toPolicy(row, tree);
  await db.transaction().execute(async (tx) => {
    await refuseOverlap(tx, tree, policy, dialect);
    await tx.insertInto('renewal_policies').values(row).execute();
  });
  return present(policy, scope);
}

async function managed(tx: Tx, tree: OrgTree, scope: Scope, id: string) {
  const row = await tx.selectFrom('renewal_policies').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such renewal policy.');
  if (!inScope(scope, row.org_id)) {
    // Policies of the state above a district are visible to its admins, but not theirs to change.
    throw new AppError(
      ancestorsOf(tree, scope).has(row.org_id) ? 'FORBIDDEN' : 'NOT_FOUND',
      ancestorsOf(tree, scope).has(row.org_id)
        ? 'Only administrators of that organization may change its policy.'
        : 'No such renewal policy.',
    );
  }
  return row;
}

export async function updatePolicy(
  { db, clock, dialect }: Pick<Deps, 'db' | 'clock' | 'dialect'>,
  auth: Auth | null,
  id: string,
  body: PolicyBody,
): Promise<PolicyView> {
  const scope = await adminScope(db, auth);
  const tree = await loadOrgTree(db);
  return db.transaction().execute(async (tx) => {
    const row = await managed(tx, tree, scope, id);
    if (body.orgId !== row.org_id)
      throw invalid('orgId', 'A policy stays with its organization; create a new one instead.');
    checkBody(body, tree, scope);
    const next = { ...row, ...columns(body), updated_at: clock.now().toISOString() };
    const policy = toPolicy(next, tree);
    await refuseOverlap(tx, tree, policy, dialect);
    await tx.updateTable('renewal_policies').set(next).where('id', '=', id).execute();
    return present(policy, scope);
  });
}

/** Retires a policy: it no longer counts anything for anyone (kept for the record). */
export async function retirePolicy(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
  id: string,
): Promise<PolicyView> {
  const scope = await adminScope(db, auth);
  const tree = await loadOrgTree(db);
  return db.transaction().execute(async (tx) => {
    const row = await managed(tx, tree, scope, id);
    const next = { ...row, status: 'retired' as const, updated_at: clock.now().toISOString() };
    await tx.updateTable('renewal_policies').set(next).where('id', '=', id).execute();
    return present(toPolicy(next, tree), scope);
  });
}
