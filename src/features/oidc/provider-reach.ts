import type { Queryable } from '../../db/database.js';
import type { ProviderRow } from './oidc.repository.js';
import { orgSubtree } from '../orgs/org-scope.js';
import { signInFailed } from './sign-in-failure.js';

/**
 * Whether a provider of an organization may vouch for someone: the platform's may sign in anyone;
 * any other organization's only people who belong to it (a membership in it or below) and to
 * nothing outside it — never a platform, state or issuer admin, nor another district's staff.
 */
export const withinReach = (providerIsPlatform: boolean, subtree: Set<string>, memberOrgIds: string[]) =>
  providerIsPlatform || (memberOrgIds.length > 0 && memberOrgIds.every((id) => subtree.has(id)));

/**
 * Refuses (SIGN_IN_FAILED `outside-organization`) to sign in or link someone the provider's
 * organization does not look after, so a district's own provider can never vouch for anyone else.
 */
export async function requireWithinReach(
  db: Queryable,
  provider: Pick<ProviderRow, 'org_id'>,
  userId: string,
  extra: { linking?: boolean } = {},
): Promise<void> {
  const org = await db
    .selectFrom('organizations')
    .select(['id', 'name', 'kind'])
    .where('id', '=', provider.org_id)
    .executeTakeFirst();
  const memberships = await db
    .selectFrom('memberships')
    .select('org_id')
    .where('user_id', '=', userId)
    .execute();
  const isPlatform = org?.kind === 'platform';
  const subtree = org && !isPlatform ? await orgSubtree(db, org.id) : new Set<string>();
  if (
    withinReach(
      isPlatform,
      subtree,
      memberships.map((m) => m.org_id),
    )
  )
    return;
  throw signInFailed(
    'outside-organization',
    `This sign-in is for ${org?.name ?? 'another organization'} staff; sign in with your password or your own organization's provider.`,
    extra,
  );
}
