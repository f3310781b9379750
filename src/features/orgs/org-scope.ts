import type { Queryable } from '../../db/database.js';
import { AppError } from '../../server/errors.js';
import { isPlatformAdmin, requireAuth, type Auth } from '../auth/auth-context.js';

/** The organizations an admin looks after: everything for platform admins, else their subtrees. */
export async function adminScope(
  db: Queryable,
  auth: Auth | null,
): Promise<{ all: true } | { all: false; ids: Set<string> }> {
  const a = requireAuth(auth);
  if (isPlatformAdmin(a)) return { all: true };
  const roots = a.memberships
    .filter((m) => m.role === 'state_admin' || m.role === 'district_admin')
    .map((m) => m.orgId);
  if (!roots.length)
    throw new AppError(
      'FORBIDDEN',
      'Only platform, state and district admins manage organizations and people.',
    );
  return { all: false, ids: await orgSubtree(db, roots) };
}

/** The organizations given and every organization below them, found by walking `parent_id` down. */
export async function orgSubtree(db: Queryable, roots: string | string[]): Promise<Set<string>> {
  let frontier = typeof roots === 'string' ? [roots] : roots;
  const ids = new Set<string>(frontier);
  while (frontier.length) {
    const children = await db
      .selectFrom('organizations')
      .select('id')
      .where('parent_id', 'in', frontier)
      .execute();
    frontier = children.map((c) => c.id).filter((id) => !ids.has(id));
    frontier.forEach((id) => ids.add(id));
  }
  return ids;
}

export const inScope = (scope: Awaited<ReturnType<typeof adminScope>>, orgId: string) =>
  scope.all || scope.ids.has(orgId);
