import type { Queryable } from '../../db/database.js';
import type { LicensesTable, RenewalPoliciesTable } from '../../db/schema.js';
import type { Selectable } from 'kysely';
import type {
  CountsRule,
  CredentialFacts,
  MicroCredentialFacts,
  RenewalPolicy,
} from '../../domain/renewal-credit.js';

/** Keeps `in (…)` lists well under every database's limit on bound parameters. */
const CHUNK = 1000;
/** Runs `run` over sorted chunks of `ids`: each chunk reads one stretch of the index, in order. */
export async function inChunks<T>(ids: string[], run: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const sorted = [...ids].sort();
  const out: T[] = [];
  for (let i = 0; i < sorted.length; i += CHUNK) {
    const rows = await run(sorted.slice(i, i + CHUNK));
    for (const r of rows) out.push(r);
  }
  return out;
}

export type OrgNode = { id: string; parentId: string | null; kind: string; name: string };
export type OrgTree = Map<string, OrgNode>;

/** The organization tree (states, districts, schools are few; loaded whole). */
export async function loadOrgTree(db: Queryable): Promise<OrgTree> {
  const rows = await db
    .selectFrom('organizations')
    .select(['id', 'parent_id', 'kind', 'name'])
    .where('kind', 'in', ['state', 'district', 'school', 'platform'])
    .execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, parentId: r.parent_id, kind: r.kind, name: r.name }]));
}

/** The district (if any) an organization belongs to, walking up the tree. */
export function districtOf(tree: OrgTree, orgId: string): string | null {
  for (let id: string | null = orgId, hops = 0; id && hops < 20; hops++) {
    const node = tree.get(id);
    if (!node) return null;
    if (node.kind === 'district') return node.id;
    id = node.parentId;
  }
  return null;
}

export type StoredPolicy = RenewalPolicy & { orgKind: string; orgName: string };

export function toPolicy(row: Selectable<RenewalPoliciesTable>, tree: OrgTree): StoredPolicy {
  const org = tree.get(row.org_id);
  return {
    id: row.id,
    orgId: row.org_id,
    orgKind: org?.kind ?? 'unknown',
    orgName: org?.name ?? 'Unknown organization',
    name: row.name,
    licenseTypes: JSON.parse(row.license_types) as string[],
    counts: JSON.parse(row.counts) as CountsRule,
    hoursMode: row.hours_mode,
    fixedHours: row.fixed_hours === null ? null : Number(row.fixed_hours),
    capHours: row.cap_hours === null ? null : Number(row.cap_hours),
    requiredHours: Number(row.required_hours),
    cycleYears: Number(row.cycle_years),
    effectiveFrom: row.effective_from,
    effectiveUntil: row.effective_until,
    status: row.status,
  };
}

export async function loadPolicies(db: Queryable, tree: OrgTree, activeOnly = true): Promise<StoredPolicy[]> {
  let q = db.selectFrom('renewal_policies').selectAll().orderBy('effective_from', 'desc').orderBy('id');
  if (activeOnly) q = q.where('status', '=', 'active');
  return (await q.execute()).map((r) => toPolicy(r, tree));
}

/** A license row as the rules and views need it. */
export type LicenseRow = Omit<LicensesTable, 'created_at' | 'updated_at'>;
const licenseColumns = [
  'id',
  'user_id',
  'state_id',
  'license_type',
  'number',
  'issued_on',
  'expires_on',
] as const;

/** Licenses of some people, the most recently issued first. */
export async function licensesOf(db: Queryable, userIds: string[]): Promise<LicenseRow[]> {
  return inChunks(userIds, (chunk) =>
    db
      .selectFrom('licenses')
      .select([...licenseColumns])
      .where('user_id', 'in', chunk)
      .orderBy('issued_on', 'desc')
      .orderBy('id')
      .execute(),
  );
}

/** The slim credential row: no document, no signature. */
export type CredentialRow = {
  id: string;
  educator_id: string;
  micro_credential_id: string | null;
  version_id: string | null;
  issuer_id: string;
  title: string;
  status: 'valid' | 'revoked' | 'suspended';
  issued_at: string;
  valid_until: string | null;
};
const credentialColumns = [
  'id',
  'educator_id',
  'micro_credential_id',
  'version_id',
  'issuer_id',
  'title',
  'status',
  'issued_at',
  'valid_until',
] as const;

/** Credentials of some people in one pass (by the educator index), without their documents. */
export async function credentialsOf(db: Queryable, educatorIds: string[]): Promise<CredentialRow[]> {
  return inChunks(educatorIds, (chunk) =>
    db
      .selectFrom('credentials')
      .select([...credentialColumns])
      .where('educator_id', 'in', chunk)
      .where('version_id', 'is not', null)
      .execute(),
  );
}

export type VersionFacts = Omit<MicroCredentialFacts, 'microCredentialId'> & { microCredentialId: string };

/** What the rules need of each version, read once per distinct version. */
export async function versionFacts(db: Queryable, versionIds: string[]): Promise<Map<string, VersionFacts>> {
  const rows = await inChunks([...new Set(versionIds)], (chunk) =>
    db
      .selectFrom('micro_credential_versions')
      .select(['id', 'micro_credential_id', 'issuer_id', 'topic', 'credit_hours', 'content'])
      .where('id', 'in', chunk)
      .execute(),
  );
  return new Map(rows.map((r) => [r.id, factsOf(r)]));
}

export function factsOf(r: {
  micro_credential_id: string;
  issuer_id: string;
  topic: string;
  credit_hours: number;
  content: string;
}): VersionFacts {
  let tags: string[] = [];
  try {
    const content = JSON.parse(r.content) as { tags?: unknown };
    if (Array.isArray(content.tags)) tags = content.tags.filter((t): t is string => typeof t === 'string');
  } catch {
    tags = [];
  }
  return {
    microCredentialId: r.micro_credential_id,
    issuerId: r.issuer_id,
    topic: r.topic,
    tags,
    creditHours: Number(r.credit_hours),
  };
}

export function toCredentialFacts(
  c: CredentialRow,
  facts: Map<string, VersionFacts>,
): CredentialFacts | null {
  const f = c.version_id ? facts.get(c.version_id) : undefined;
  if (!f) return null;
  return {
    microCredentialId: f.microCredentialId,
    issuerId: f.issuerId,
    topic: f.topic,
    tags: f.tags,
    creditHours: f.creditHours,
    id: c.id,
    title: c.title,
    issuedAt: c.issued_at,
    status: c.status,
    validUntil: c.valid_until,
  };
}

/** Organizations where each person is an educator. */
export async function educatorOrgs(
  db: Queryable,
  userIds: string[],
): Promise<{ user_id: string; org_id: string }[]> {
  return inChunks(userIds, (chunk) =>
    db
      .selectFrom('memberships')
      .select(['user_id', 'org_id'])
      .where('user_id', 'in', chunk)
      .where('role', '=', 'educator')
      .orderBy('created_at')
      .execute(),
  );
}
