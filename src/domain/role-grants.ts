import type { OrganizationKind, Role } from '../db/schema.js';

/** The roles a membership of each kind of organization can carry. */
const ROLES_OF: Record<OrganizationKind, Role[]> = {
  platform: ['platform_admin'],
  state: ['state_admin'],
  district: ['district_admin', 'educator'],
  school: ['educator'],
  issuer: ['issuer_admin', 'assessor'],
};

/** What each admin role may hand out, in the organizations it looks after. */
const GRANTS: Partial<Record<Role, Role[]>> = {
  state_admin: ['state_admin', 'district_admin', 'educator'],
  district_admin: ['district_admin', 'educator'],
  issuer_admin: ['issuer_admin', 'assessor'],
};

/**
 * The roles someone may grant in an organization of `targetKind`, given the roles they hold in
 * that organization or above it. Platform admins grant any role the kind carries; nobody else
 * reaches across kinds (a district admin cannot staff an issuer's assessor pool).
 */
export function grantableRoles(
  targetKind: OrganizationKind,
  rolesOverTarget: Role[],
  platformAdmin: boolean,
): Role[] {
  const carried = ROLES_OF[targetKind];
  if (platformAdmin) return carried;
  const granted = new Set(rolesOverTarget.flatMap((r) => GRANTS[r] ?? []));
  return carried.filter((r) => granted.has(r));
}
