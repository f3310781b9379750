import type { MeView } from '../../../contracts/auth.js';
import type { Role } from '../../lib/labels.js';

export const ADMIN_ROLES: readonly Role[] = ['platform_admin', 'state_admin', 'district_admin'];

export function hasRole(me: MeView | null | undefined, ...roles: readonly Role[]): boolean {
  return !!me?.memberships.some((m) => roles.includes(m.role));
}

/** Organizations where the user holds this role (e.g. the issuers they author for). */
export const orgsWithRole = (me: MeView | null | undefined, role: Role) =>
  (me?.memberships ?? []).filter((m) => m.role === role);

/** Pages a navigation item or a sign-in may lead to. */
export type AppPath =
  | '/'
  | '/dashboard'
  | '/me/credentials'
  | '/reviews'
  | '/authoring'
  | '/issuer/credentials'
  | '/issuer/keys'
  | '/issuer/assessment'
  | '/issuer/audit'
  | '/admin'
  | '/admin/outbox'
  | '/admin/data-requests'
  | '/admin/roster'
  | '/admin/sign-in'
  | '/admin/renewal'
  | '/admin/seats'
  | '/admin/assignments'
  | '/admin/pathways'
  | '/renewal'
  | '/pathways'
  | '/verify'
  | '/notifications'
  | '/settings';

export type NavItem = { to: AppPath; label: string };

/** The main navigation for this user: what each of their roles works on. */
export function navItemsFor(me: MeView | null | undefined): NavItem[] {
  const items: NavItem[] = [{ to: '/', label: 'Catalog' }];
  if (hasRole(me, 'educator')) {
    items.push(
      { to: '/dashboard', label: 'My work' },
      { to: '/me/credentials', label: 'My credentials' },
      { to: '/renewal', label: 'Renewal' },
      { to: '/pathways', label: 'Pathways' },
    );
  }
  if (hasRole(me, 'assessor')) items.push({ to: '/reviews', label: 'Reviews' });
  if (hasRole(me, 'issuer_admin'))
    items.push(
      { to: '/authoring', label: 'Authoring' },
      { to: '/issuer/assessment', label: 'Assessment' },
      { to: '/issuer/credentials', label: 'Issued' },
    );
  // Issuers define pathways too; state and district admins reach them from the Admin page.
  if (hasRole(me, 'issuer_admin') && !hasRole(me, ...ADMIN_ROLES))
    items.push({ to: '/admin/pathways', label: 'Pathways' });
  if (hasRole(me, ...ADMIN_ROLES)) items.push({ to: '/admin', label: 'Admin' });
  if (hasRole(me, 'platform_admin')) items.push({ to: '/admin/outbox', label: 'Outbox' });
  items.push({ to: '/verify', label: 'Verify' });
  return items;
}

/** The administration pages a state, district or platform admin works in (the Admin page links them). */
export function adminPagesFor(me: MeView | null | undefined): NavItem[] {
  if (!hasRole(me, ...ADMIN_ROLES)) return [];
  return [
    { to: '/admin', label: 'People and progress' },
    { to: '/admin/roster', label: 'Roster import' },
    { to: '/admin/sign-in', label: 'Sign-in providers' },
    { to: '/admin/renewal', label: 'Renewal credit' },
    { to: '/admin/assignments', label: 'Assignments' },
    { to: '/admin/seats', label: 'Funded seats' },
    { to: '/admin/pathways', label: 'Pathways' },
  ];
}

/** Where a user lands after signing in when no page asked for them. */
export function homePathFor(me: MeView | null | undefined): AppPath {
  if (hasRole(me, 'educator')) return '/dashboard';
  if (hasRole(me, 'assessor')) return '/reviews';
  if (hasRole(me, 'issuer_admin')) return '/authoring';
  if (hasRole(me, ...ADMIN_ROLES)) return '/admin';
  return me ? '/dashboard' : '/';
}

/** Only same-site paths may be a `next` target (no open redirects). */
export function safeNext(next: string | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (next.startsWith('/signin')) return null;
  return next;
}
