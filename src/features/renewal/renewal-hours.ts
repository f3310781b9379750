import { hoursFor } from '../../domain/renewal-credit.js';
import type { Deps } from '../../server/deps.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';
import { loadRenewalContext, progressFor } from './renewal-progress.js';
import { educatorOrgs, factsOf, licensesOf } from './renewal.repository.js';

/**
 * For the catalog: micro-credential id → hours it would count toward the signed-in educator's
 * renewal (their most recent license). Micro-credentials that would not count are left out; with no
 * license or no policy the map is empty. Per person, so never part of the cached catalog pages.
 */
export async function renewalHours(
  deps: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
): Promise<{ hours: Record<string, number> }> {
  const { userId } = requireAuth(auth);
  const { db } = deps;
  const [ctx, licenses, orgs] = await Promise.all([
    loadRenewalContext(deps),
    licensesOf(db, [userId]),
    educatorOrgs(db, [userId]),
  ]);
  const progress = progressFor(
    ctx,
    licenses[0] ?? null,
    orgs.map((o) => o.org_id),
    [],
  );
  if (progress.kind !== 'computed') return { hours: {} };
  const { state, district } = progress;
  // Tags live in the version's content; read it only when a policy counts by tag.
  const needsContent = [state, district].some((p) => p?.counts.mode === 'tags');
  const versions = await db
    .selectFrom('micro_credential_versions')
    .select(['micro_credential_id', 'issuer_id', 'topic', 'credit_hours'])
    .$if(needsContent, (q) => q.select('content'))
    .where('is_current', '=', 1)
    .execute();
  const hours: Record<string, number> = {};
  for (const v of versions) {
    const facts = factsOf({ ...v, content: (v as { content?: string }).content ?? '{}' });
    const worth = hoursFor(facts, state, district);
    if (worth && worth.hours > 0) hours[v.micro_credential_id] = worth.hours;
  }
  return { hours };
}
