import { hasRole, isPlatformAdmin, orgsWithRole, requireAuth, type Auth } from '../auth/auth-context.js';
import { AppError } from '../../server/errors.js';

/** Issuer admins author their own issuer's micro-credentials; platform admins any. */
export function requireAuthor(auth: Auth | null, issuerId: string): Auth {
  const a = requireAuth(auth);
  if (!hasRole(a, 'issuer_admin', issuerId) && !isPlatformAdmin(a)) {
    throw new AppError('FORBIDDEN', 'Only this issuer’s admins can change its micro-credentials.');
  }
  return a;
}

export const authoredIssuerIds = (auth: Auth) => orgsWithRole(auth, 'issuer_admin');
