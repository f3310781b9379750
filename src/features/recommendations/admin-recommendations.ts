import type { Queryable } from '../../db/database.js';
import type { AdminRecommendationView } from '../../contracts/recommendations.js';
import type { Deps } from '../../server/deps.js';
import { notFound } from '../../server/errors.js';
import type { Auth } from '../auth/auth-context.js';
import { adminScope, inScope } from '../orgs/org-scope.js';
import { orgSubtree } from '../orgs/org-scope.js';
import { peopleReached, tally, workStates } from './progress.js';
import * as repo from './recommendations.repository.js';

/** Views of recommendations with how far the people each one reaches have got. */
export async function presentWithProgress(
  db: Queryable,
  rows: repo.RecommendationRow[],
  today: string,
): Promise<AdminRecommendationView[]> {
  const reached = await peopleReached(db, rows);
  const everyone = [...new Set([...reached.values()].flatMap((s) => [...s]))];
  const work = await workStates(db, everyone, [...new Set(rows.map((r) => r.micro_credential_id))]);
  const names = await targetNames(db, rows);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    org: { id: r.org_id, name: r.org_name },
    microCredential: { id: r.micro_credential_id, title: r.mc_title ?? 'Untitled' },
    target: { type: r.target_type, id: r.target_id, name: names.get(r.target_id) ?? 'Unknown' },
    dueOn: r.due_on,
    note: r.note,
    createdBy: r.created_by_name,
    createdAt: r.created_at,
    progress: tally(
      reached.get(`${r.target_type}:${r.target_id}`) ?? [],
      (userId) => work(userId, r.micro_credential_id),
      r.due_on,
      today,
    ),
  }));
}

async function targetNames(db: Queryable, rows: { target_type: string; target_id: string }[]) {
  const userIds = rows.filter((r) => r.target_type === 'user').map((r) => r.target_id);
  const orgIds = rows.filter((r) => r.target_type === 'org').map((r) => r.target_id);
  const [users, orgs] = await Promise.all([
    userIds.length ? db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute() : [],
    orgIds.length
      ? db.selectFrom('organizations').select(['id', 'name']).where('id', 'in', orgIds).execute()
      : [],
  ]);
  return new Map([...users, ...orgs].map((x) => [x.id, x.name]));
}

/** Open recommendations of one organization's subtree, or of everything the admin looks after. */
export async function listRecommendations(deps: Deps, auth: Auth | null, orgId?: string) {
  const scope = await adminScope(deps.db, auth);
  let orgs: string[] | 'all' = scope.all ? 'all' : [...scope.ids];
  if (orgId) {
    if (!inScope(scope, orgId)) throw notFound('That organization');
    orgs = [...(await orgSubtree(deps.db, orgId))];
  }
  const rows = await repo.openOf(deps.db, orgs);
  return presentWithProgress(deps.db, rows, deps.clock.now().toISOString().slice(0, 10));
}

/** Withdraws a recommendation: it no longer shows to anyone. */
export async function withdrawRecommendation(deps: Deps, auth: Auth | null, id: string) {
  const scope = await adminScope(deps.db, auth);
  const row = await deps.db
    .selectFrom('recommendations')
    .select(['org_id', 'withdrawn_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || row.withdrawn_at || !inScope(scope, row.org_id)) throw notFound('That recommendation');
  await deps.db
    .updateTable('recommendations')
    .set({ withdrawn_at: deps.clock.now().toISOString() })
    .where('id', '=', id)
    .where('withdrawn_at', 'is', null)
    .execute();
}
