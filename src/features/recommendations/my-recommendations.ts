import type { MyRecommendationView } from '../../contracts/recommendations.js';
import { dayIn, daysUntil, dueStatus, isTimeZone } from '../../domain/due-status.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';
import { educatorOrgChain } from '../seats/org-chain.js';
import { workStates } from './progress.js';
import * as repo from './recommendations.repository.js';

const byPriority = (x: MyRecommendationView, y: MyRecommendationView) =>
  Number(x.kind !== 'assigned') - Number(y.kind !== 'assigned') ||
  Number(x.status === 'earned') - Number(y.status === 'earned') ||
  (x.dueOn ?? '9999-12-31').localeCompare(y.dueOn ?? '9999-12-31');

/**
 * What the signed-in educator was asked to earn: assigned first, then recommended; within each,
 * unfinished before earned and the soonest due first. "Overdue" starts at midnight in `tz`.
 */
export async function myRecommendations(
  deps: Deps,
  auth: Auth | null,
  tz = 'UTC',
): Promise<MyRecommendationView[]> {
  const a = requireAuth(auth);
  if (!isTimeZone(tz))
    throw new AppError('VALIDATION_FAILED', 'That time zone is not one we know.', [
      { path: 'tz', message: 'Use a time zone name such as America/Chicago.' },
    ]);
  const today = dayIn(deps.clock.now(), tz);
  const chain = await educatorOrgChain(deps.db, a.userId);
  const rows = await repo.openForPerson(
    deps.db,
    a.userId,
    chain.map((c) => c.id),
  );
  const work = await workStates(deps.db, [a.userId], [...new Set(rows.map((r) => r.micro_credential_id))]);
  // One entry per micro-credential: an assignment outranks a recommendation, then the earliest due.
  const best = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const cur = best.get(r.micro_credential_id);
    const better =
      !cur ||
      (r.kind === 'assigned' && cur.kind !== 'assigned') ||
      (r.kind === cur.kind && (r.due_on ?? '9999') < (cur.due_on ?? '9999'));
    if (better) best.set(r.micro_credential_id, r);
  }
  const views = [...best.values()].map((r): MyRecommendationView => ({
    id: r.id,
    kind: r.kind,
    microCredential: { id: r.micro_credential_id, title: r.mc_title ?? 'Untitled' },
    askedBy: { org: r.org_name, person: r.created_by_name },
    dueOn: r.due_on,
    daysLeft: r.due_on ? daysUntil(r.due_on, today) : null,
    note: r.note,
    status: dueStatus({ work: work(a.userId, r.micro_credential_id), dueOn: r.due_on, today }),
  }));
  return views.sort(byPriority);
}
