import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import { addDays } from '../../domain/due-status.js';
import { createRecommendations } from '../recommendations/create-recommendations.js';
import { educatorOrgChain } from '../seats/org-chain.js';
import { createSeatPool } from '../seats/manage-seat-pools.js';
import { startSubmission } from '../submissions/start-submission.js';
import type { DemoWorld } from './assessment-context.js';

const need = (map: ReadonlyMap<string, string>, key: string) => {
  const id = map.get(key);
  if (!id) throw new Error(`demo seats seed: no ${key}`);
  return id;
};
const DAY = 86_400_000;

/**
 * Riverside funds 25 seats on its two coaching micro-credentials (a few Riverside teachers have
 * started on them, each taking a seat as anyone would); Lakeland tracks its statewide budget on
 * three free micro-credentials, with the demo educators' existing work on them counted as seats
 * used. Riverside assigns Universal Design for Learning to Riverside Elementary, due in three weeks,
 * and recommends Mentoring Beginning Teachers to Maya (educator@example.org).
 */
export async function seedSeatsDemo(w: DemoWorld): Promise<void> {
  const { deps, now, orgIds, mcIds, userIds } = w;
  const today = now.toISOString().slice(0, 10);
  const schoolYear = { startsOn: addDays(today, -150), endsOn: addDays(today, 215) };
  const district = await w.authOf('district@example.org');
  const state = await w.authOf('state@example.org');
  const riversideId = need(orgIds, 'riverside');

  await createSeatPool(deps, district, {
    orgId: riversideId,
    name: 'Coaching and mentoring seats 2026–27',
    microCredentialIds: [
      need(mcIds, 'mentoring-beginning-teachers'),
      need(mcIds, 'peer-observation-and-feedback'),
    ],
    totalSeats: 25,
    costCents: 4900,
    fundingSource: 'Title II-A professional learning',
    ...schoolYear,
  });
  const starts: [string, string, number][] = [
    ['jordan.lee@example.org', 'mentoring-beginning-teachers', 12],
    ['sam.okafor@example.org', 'mentoring-beginning-teachers', 9],
    ['daniel.park@example.org', 'peer-observation-and-feedback', 5],
  ];
  for (const [email, slug, daysAgo] of starts) {
    const when = new Date(now.getTime() - daysAgo * DAY);
    await startSubmission({ ...deps, clock: { now: () => when } }, await w.authOf(email), need(mcIds, slug));
  }

  const budget = [
    'checking-for-understanding',
    'structured-academic-conversations',
    'teaching-classroom-routines',
  ];
  const statePool = await createSeatPool(deps, state, {
    orgId: need(orgIds, 'state'),
    name: 'Statewide micro-credential budget',
    microCredentialIds: budget.map((slug) => need(mcIds, slug)),
    totalSeats: 300,
    costCents: 0,
    fundingSource: 'Lakeland educator effectiveness budget (tracked, no charge per seat)',
    ...schoolYear,
  });
  await recordExistingWork(
    deps.db,
    statePool.id,
    budget.map((slug) => need(mcIds, slug)),
    schoolYear.startsOn,
  );

  const dueOn = addDays(today, 21);
  await createRecommendations(deps, district, {
    orgId: riversideId,
    microCredentialId: need(mcIds, 'universal-design-for-learning'),
    kind: 'assigned',
    targets: [{ type: 'org', id: need(orgIds, 'riverside-elementary') }],
    dueOn,
    note: 'Our school-wide goal this year: plan every unit with options for all learners.',
  });
  await createRecommendations(deps, district, {
    orgId: riversideId,
    microCredentialId: need(mcIds, 'mentoring-beginning-teachers'),
    kind: 'recommended',
    targets: [{ type: 'user', id: need(userIds, 'educator@example.org') }],
    dueOn: null,
    note: 'You would be a great mentor for our new teachers next year; a district seat covers the fee.',
  });
}

/**
 * Seats the state's budget pool already paid for: every educator's latest submission (withdrawn
 * ones aside) on a covered micro-credential since the pool began, one per person and micro-credential.
 */
async function recordExistingWork(db: Queryable, poolId: string, mcIds: string[], since: string) {
  const subs = await db
    .selectFrom('submissions')
    .select(['id', 'educator_id', 'micro_credential_id', 'created_at'])
    .where('micro_credential_id', 'in', mcIds)
    .where('status', '!=', 'withdrawn')
    .where('created_at', '>=', since)
    .orderBy('created_at', 'desc')
    .execute();
  const taken = new Set<string>();
  for (const s of subs) {
    const key = `${s.educator_id}:${s.micro_credential_id}`;
    if (taken.has(key)) continue;
    // Only educators in the state's schools draw on its budget.
    if (!(await educatorOrgChain(db, s.educator_id)).length) continue;
    taken.add(key);
    await db
      .insertInto('seat_redemptions')
      .values({
        id: randomUUID(),
        pool_id: poolId,
        user_id: s.educator_id,
        micro_credential_id: s.micro_credential_id,
        submission_id: s.id,
        redeemed_at: s.created_at,
        released_at: null,
      })
      .execute();
  }
}
