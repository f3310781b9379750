import type { OrganizationKind, Role } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';

export type Membership = {
  orgId: string;
  orgName: string;
  orgKind: OrganizationKind;
  orgSlug: string;
  role: Role;
};
/** Who is asking. Use cases take this, never a request. */
export type Auth = { userId: string; name: string; email: string; memberships: Membership[] };

export const hasRole = (auth: Auth | null, role: Role, orgId?: string): boolean =>
  !!auth?.memberships.some((m) => m.role === role && (orgId === undefined || m.orgId === orgId));

export const isPlatformAdmin = (auth: Auth | null) => hasRole(auth, 'platform_admin');

/** Ids of the organizations where the user holds `role`. */
export const orgsWithRole = (auth: Auth, role: Role): string[] =>
  auth.memberships.filter((m) => m.role === role).map((m) => m.orgId);

export function requireAuth(auth: Auth | null): Auth {
  if (!auth) throw new AppError('UNAUTHENTICATED', 'Please sign in first.');
  return auth;
}

export function requireRole(auth: Auth | null, role: Role, orgId?: string): Auth {
  const a = requireAuth(auth);
  if (!hasRole(a, role, orgId) && !isPlatformAdmin(a)) {
    throw new AppError(
      'FORBIDDEN',
      `This needs the ${role.replace('_', ' ')} role${orgId ? ' in that organization' : ''}.`,
    );
  }
  return a;
}
