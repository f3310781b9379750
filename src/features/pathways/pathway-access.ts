import type { Queryable } from '../../db/database.js';
import { AppError } from '../../server/errors.js';
import { isPlatformAdmin, orgsWithRole, requireAuth, type Auth } from '../auth/auth-context.js';
import { adminScope } from '../orgs/org-scope.js';

/**
 * The organizations whose pathways someone manages: issuer admins their issuers, district and
 * state admins their subtrees' districts and states, platform admins all (`null`). Anyone else is
 * FORBIDDEN.
 */
export async function pathwayOrgs(db: Queryable, auth: Auth | null): Promise<string[] | null> {
  const a = requireAuth(auth);
  if (isPlatformAdmin(a)) return null;
  const issuers = orgsWithRole(a, 'issuer_admin');
  const hasOrgAdmin = a.memberships.some((m) => m.role === 'district_admin' || m.role === 'state_admin');
  if (!issuers.length && !hasOrgAdmin)
    throw new AppError('FORBIDDEN', 'Only issuer, district and state admins define pathways.');
  const ids = new Set(issuers);
  if (hasOrgAdmin) {
    const scope = await adminScope(db, a);
    if (!scope.all) {
      const orgs = await db
        .selectFrom('organizations')
        .select('id')
        .where('id', 'in', [...scope.ids])
        .where('kind', 'in', ['district', 'state'])
        .execute();
      orgs.forEach((o) => ids.add(o.id));
    }
  }
  return [...ids];
}

export const managesOrg = (orgs: string[] | null, orgId: string) => orgs === null || orgs.includes(orgId);

/**
 * The issuers whose key someone may put under a pathway (publish it, or change what a published one
 * says): issuer admins their issuers, platform admins all (`null`). A district or state admin names
 * an issuer in a draft, but only that issuer's admins publish it.
 */
export function signingIssuers(auth: Auth | null): string[] | null {
  const a = requireAuth(auth);
  return isPlatformAdmin(a) ? null : orgsWithRole(a, 'issuer_admin');
}

export const signsFor = (issuers: string[] | null, issuerId: string) =>
  issuers === null || issuers.includes(issuerId);

/** The districts whose completions someone may read: district and state admins' subtrees. */
export async function completionDistricts(db: Queryable, auth: Auth | null): Promise<string[] | null> {
  const a = requireAuth(auth);
  if (isPlatformAdmin(a)) return null;
  if (!a.memberships.some((m) => m.role === 'district_admin' || m.role === 'state_admin')) return [];
  const scope = await adminScope(db, a);
  return scope.all ? null : [...scope.ids];
}
