import type { Queryable } from '../../db/database.js';
import type { TargetProgress } from '../../contracts/recommendations.js';
import { dueStatus, workStateOf, type WorkState } from '../../domain/due-status.js';
import { orgSubtree } from '../orgs/org-scope.js';
import * as repo from './recommendations.repository.js';

/** The people a recommendation reaches: the person named, or every active educator in the org's subtree. */
export async function peopleReached(db: Queryable, rows: { target_type: string; target_id: string }[]) {
  const reached = new Map<string, Set<string>>();
  for (const r of rows) {
    const key = `${r.target_type}:${r.target_id}`;
    if (reached.has(key)) continue;
    if (r.target_type === 'user') reached.set(key, new Set([r.target_id]));
    else {
      const orgs = [...(await orgSubtree(db, r.target_id))];
      reached.set(key, new Set((await repo.educatorsIn(db, orgs)).map((p) => p.id)));
    }
  }
  return reached;
}

/** What each person has done on each micro-credential: `${userId}:${mcId}` → work state. */
export async function workStates(db: Queryable, userIds: string[], mcIds: string[]) {
  const statuses = new Map<string, string[]>();
  for (const s of await repo.submissionStatuses(db, userIds, mcIds)) {
    const key = `${s.educator_id}:${s.micro_credential_id}`;
    statuses.set(key, [...(statuses.get(key) ?? []), s.status]);
  }
  return (userId: string, mcId: string): WorkState => workStateOf(statuses.get(`${userId}:${mcId}`) ?? []);
}

/** Tallies where the people reached stand. */
export function tally(
  people: Iterable<string>,
  work: (userId: string) => WorkState,
  dueOn: string | null,
  today: string,
): TargetProgress {
  const p: TargetProgress = { people: 0, notStarted: 0, inProgress: 0, earned: 0, overdue: 0 };
  for (const id of people) {
    p.people++;
    const s = dueStatus({ work: work(id), dueOn, today });
    if (s === 'earned') p.earned++;
    else if (s === 'overdue') p.overdue++;
    else if (s === 'in_progress') p.inProgress++;
    else p.notStarted++;
  }
  return p;
}
