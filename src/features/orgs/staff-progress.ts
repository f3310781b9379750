import { sql } from 'kysely';
import type { z } from 'zod';
import type { StaffProgressPage, StaffProgressQuery } from '../../contracts/orgs.js';
import type { Deps } from '../../server/deps.js';
import type { Auth } from '../auth/auth-context.js';
import { adminScope } from './org-scope.js';
import { containsPattern } from '../../db/like.js';

type Page = z.infer<typeof StaffProgressPage>;

/**
 * Where each educator in an admin's schools and districts stands: work in progress, in review,
 * "not yet" and earned. A page at a time, with totals across everyone in scope.
 */
export async function staffProgress(
  { db }: Pick<Deps, 'db'>,
  auth: Auth | null,
  query: z.infer<typeof StaffProgressQuery>,
): Promise<Page> {
  const scope = await adminScope(db, auth);
  const educators = () => {
    let q = db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .where('m.role', '=', 'educator')
      .where('u.status', '=', 'active');
    if (!scope.all) q = q.where('m.org_id', 'in', [...scope.ids]);
    if (query.q) {
      const like = containsPattern(query.q);
      q = q.where((eb) => eb.or([eb(eb.fn('lower', ['u.name']), 'like', like), eb('u.email', 'like', like)]));
    }
    return q;
  };
  const count = (status: string) => sql<number>`sum(case when s.status = ${status} then 1 else 0 end)`;
  const perEducator = db
    .selectFrom('submissions as s')
    .select([
      's.educator_id',
      count('in_progress').as('in_progress'),
      sql<number>`sum(case when s.status in ('submitted', 'in_review') then 1 else 0 end)`.as('in_review'),
      count('not_yet').as('not_yet'),
      count('earned').as('earned'),
      (eb) => eb.fn.max('s.updated_at').as('last_activity'),
    ])
    .where('s.educator_id', 'in', educators().select('u.id'))
    .groupBy('s.educator_id');

  const [page, total, sums] = await Promise.all([
    educators()
      .select(['u.id', 'u.name', 'u.email'])
      .distinct()
      .orderBy('u.name')
      .orderBy('u.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    educators()
      .select((eb) => eb.fn.count<number>('u.id').distinct().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom(perEducator.as('p'))
      .select([
        sql<number>`coalesce(sum(p.in_progress), 0)`.as('in_progress'),
        sql<number>`coalesce(sum(p.in_review), 0)`.as('in_review'),
        sql<number>`coalesce(sum(p.not_yet), 0)`.as('not_yet'),
        sql<number>`coalesce(sum(p.earned), 0)`.as('earned'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  const ids = page.map((p) => p.id);
  const [stats, orgs] = ids.length
    ? await Promise.all([
        perEducator.where('s.educator_id', 'in', ids).execute(),
        db
          .selectFrom('memberships as m')
          .innerJoin('organizations as o', 'o.id', 'm.org_id')
          .select(['m.user_id', 'm.org_id', 'o.name'])
          .where('m.user_id', 'in', ids)
          .where('m.role', '=', 'educator')
          .execute(),
      ])
    : [[], []];
  const byId = new Map(stats.map((s) => [s.educator_id, s]));
  return {
    items: page.map((p) => {
      const s = byId.get(p.id);
      return {
        id: p.id,
        name: p.name,
        email: p.email,
        organizations: orgs
          .filter((o) => o.user_id === p.id && (scope.all || scope.ids.has(o.org_id)))
          .map((o) => o.name),
        inProgress: Number(s?.in_progress ?? 0),
        inReview: Number(s?.in_review ?? 0),
        notYet: Number(s?.not_yet ?? 0),
        earned: Number(s?.earned ?? 0),
        lastActivityAt: (s?.last_activity as string | null | undefined) ?? null,
      };
    }),
    total: Number(total.n),
    totals: {
      educators: Number(total.n),
      inProgress: Number(sums.in_progress),
      inReview: Number(sums.in_review),
      notYet: Number(sums.not_yet),
      earned: Number(sums.earned),
    },
  };
}
