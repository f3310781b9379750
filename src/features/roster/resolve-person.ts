import type { Queryable } from '../../db/database.js';
import type { Role } from '../../db/schema.js';
import { grantableRoles } from '../../domain/role-grants.js';
import {
  KNOWN_ROLES,
  emailProblem,
  fingerprint,
  mapRole,
  nameProblem,
  type RosterDialect,
  type RosterPerson,
  type RosterRoleName,
} from '../../domain/roster-rows.js';
import { orgWithExternalId, type TreeOrg } from './roster.repository.js';

/** What applying a line needs besides its source id and email. */
export type PersonPayload = {
  firstName: string;
  lastName: string;
  schoolId: string | null;
  membershipOrgId: string;
  role: RosterRoleName;
};

export type Resolution =
  { ok: PersonPayload & { fingerprint: string } } | { skip: string } | { reject: string };

/** The importing organization's tree, looked up by id and by the ids a file uses. */
export class RosterTree {
  readonly byId: Map<string, TreeOrg>;
  private readonly byRef = new Map<string, TreeOrg>();
  /** OneRoster orgs.csv sourcedIds mapped to our organizations (or null when rejected there). */
  private readonly sourced = new Map<string, TreeOrg | null>();
  private readonly outside = new Map<string, Promise<string | null>>();

  constructor(
    private readonly db: Queryable,
    readonly root: TreeOrg,
    orgs: TreeOrg[],
  ) {
    this.byId = new Map(orgs.map((o) => [o.id, o]));
    for (const o of orgs) {
      this.byRef.set(o.slug.toLowerCase(), o);
      if (o.external_id) this.byRef.set(o.external_id.toLowerCase(), o);
    }
  }

  /** An organization of the tree by its external id or slug. */
  find(ref: string): TreeOrg | undefined {
    return this.byRef.get(ref.trim().toLowerCase());
  }

  byName(name: string): TreeOrg | undefined {
    const n = name.trim().toLowerCase();
    return [...this.byId.values()].find((o) => o.name.toLowerCase() === n);
  }

  /** Records what an orgs.csv sourcedId stands for (null: that orgs.csv line was rejected). */
  mapSourced(sourceId: string, org: TreeOrg | null) {
    this.sourced.set(sourceId, org);
  }

  /** The name of an organization outside the tree with this external id, if any (cached). */
  elsewhere(ref: string): Promise<string | null> {
    let p = this.outside.get(ref);
    if (!p) {
      p = orgWithExternalId(this.db, ref.trim()).then((o) => (o && !this.byId.has(o.id) ? o.name : null));
      this.outside.set(ref, p);
    }
    return p;
  }

  /** A file's org reference: orgs.csv's mapping first (for OneRoster), then external id or slug. */
  resolveRef(ref: string): TreeOrg | null | undefined {
    if (this.sourced.has(ref)) return this.sourced.get(ref);
    return this.find(ref);
  }

  /** The nearest district at or above `org` within the tree. */
  districtOf(org: TreeOrg): TreeOrg | undefined {
    let at: TreeOrg | undefined = org;
    while (at && at.kind !== 'district') at = at.parent_id ? this.byId.get(at.parent_id) : undefined;
    return at;
  }

  /** Where a role sits: a district admin at the district, an educator at the school (or the org). */
  membershipOrg(schoolId: string | null, role: RosterRoleName): TreeOrg | undefined {
    const school = schoolId ? this.byId.get(schoolId) : undefined;
    if (role === 'district_admin') return this.districtOf(school ?? this.root);
    return school ?? this.root;
  }
}

/**
 * Turns one person of the file into what the import would record: checks the email and names,
 * finds the school in the importing organization's tree, maps the role and checks the importer
 * may grant it there.
 */
export async function resolvePerson(
  p: RosterPerson,
  ctx: {
    dialect: RosterDialect;
    tree: RosterTree;
    /** Roles the importer holds at the importing organization or above; null for platform/operator. */
    importerRoles: Role[] | null;
  },
): Promise<Resolution> {
  const badEmail = emailProblem(p.email);
  if (badEmail) return { reject: badEmail };
  if (!p.sourceId) return { reject: 'the sourcedId is empty' };
  const badName = nameProblem(p.firstName, p.lastName);
  if (badName) return { reject: badName };

  let school: TreeOrg | null = null;
  let atDistrict = false;
  for (const ref of p.orgRefs) {
    const org = ctx.tree.resolveRef(ref);
    if (org === null) return { reject: `the organization "${ref}" was rejected in orgs.csv` };
    if (!org) {
      const other = await ctx.tree.elsewhere(ref);
      return {
        reject: other
          ? `the school "${ref}" is ${other}, which is not part of ${ctx.tree.root.name}`
          : `no school in ${ctx.tree.root.name} has the id "${ref}"`,
      };
    }
    if (org.kind === 'school') school ??= org;
    else atDistrict = true;
  }
  const mapped = mapRole(ctx.dialect, p.role, atDistrict || !school);
  if ('skip' in mapped) return { skip: mapped.skip };
  if ('unknown' in mapped)
    return { reject: `the role "${p.role}" is unknown (known: ${KNOWN_ROLES[ctx.dialect]})` };
  const role = mapped.role;
  const at = ctx.tree.membershipOrg(school?.id ?? null, role);
  if (!at) return { reject: `a ${role.replace('_', ' ')} needs a school in a district` };
  const grantable = grantableRoles(at.kind, ctx.importerRoles ?? [], ctx.importerRoles === null);
  if (!grantable.includes(role))
    return {
      reject: school
        ? `the role ${role.replace('_', ' ')} cannot be given at ${at.name}`
        : `the school id is empty, and the role ${role.replace('_', ' ')} cannot be given at ${at.name}`,
    };
  const payload: PersonPayload = {
    firstName: p.firstName,
    lastName: p.lastName,
    schoolId: school?.id ?? null,
    membershipOrgId: at.id,
    role,
  };
  return { ok: { ...payload, fingerprint: fingerprint({ email: p.email, ...payload }) } };
}
