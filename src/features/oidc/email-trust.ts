import type { OidcKind } from '../../contracts/oidc.js';

/** The claims we read from an ID token (and the UserInfo response, when the token lacks them). */
export type EmailClaims = {
  email?: unknown;
  email_verified?: unknown;
  /** Microsoft Entra ID: "email domain owner verified", an optional claim the tenant can add. */
  xms_edov?: unknown;
};

const truthy = (v: unknown) => v === true || v === 'true' || v === 1;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The address a provider vouches for, lower-cased, or null when we must not trust it.
 *
 * - Google and generic OIDC providers: only with `email_verified: true` (Google always sends it).
 * - Microsoft Entra ID: its `email` claim can be set by a tenant's users and is not verified, so only
 *   with `email_verified: true` or the `xms_edov` optional claim (the tenant owns the domain).
 * - Clever and ClassLink: addresses come from the district's roster (the SIS), not from the
 *   person, and these providers do not send `email_verified`; trusted unless it is explicitly false.
 */
export function trustedEmail(kind: OidcKind, claims: EmailClaims): string | null {
  if (typeof claims.email !== 'string') return null;
  const email = claims.email.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 320) return null;
  const verified = truthy(claims.email_verified);
  switch (kind) {
    case 'microsoft':
      return verified || truthy(claims.xms_edov) ? email : null;
    case 'clever':
    case 'classlink':
      return claims.email_verified === false || claims.email_verified === 'false' ? null : email;
    case 'google':
    case 'oidc':
      return verified ? email : null;
  }
}

const BASE = 'http://microcred.invalid';
/** What a `Location` header can carry: a path on this site in printable ASCII. */
const SAME_SITE_PATH = /^\/(?![/\\])[\x21-\x7e]*$/;

/**
 * Where to go after signing in: a path on this site only ("/catalog?x=1"), never another site
 * ("//evil.example", "https://…", "/\\evil") — anything else goes home. Other characters are
 * percent-encoded ("/✓" → "/%E2%9C%93"), so the answer always fits in a `Location` header.
 */
export function safeReturnPath(next: string | undefined | null): string {
  if (!next || next.length > 2000) return '/';
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.includes('\\') || [...next].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
    return '/';
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  return SAME_SITE_PATH.test(path) && path.length <= 2000 ? path : '/';
}
