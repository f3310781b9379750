import type { Queryable } from '../../db/database.js';
import type { Candidate } from '../../domain/assignment-policy.js';

/** Capacity of an assessor who has no profile yet. */
export const DEFAULT_CAPACITY = 10;

/**
 * The schools and districts each user belongs to, directly or through a school's district (the
 * tree is state → district → school, so two parent hops suffice). One query for any number of users.
 */
export async function localOrgsOf(
  db: Queryable,
  users: { ids: string[] } | { poolOf: string },
): Promise<Map<string, string[]>> {
  let q = db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o1', 'o1.id', 'm.org_id')
    .leftJoin('organizations as o2', 'o2.id', 'o1.parent_id')
    .leftJoin('organizations as o3', 'o3.id', 'o2.parent_id')
    .select([
      'm.user_id',
      'o1.id as id1',
      'o1.kind as kind1',
      'o2.id as id2',
      'o2.kind as kind2',
      'o3.id as id3',
      'o3.kind as kind3',
    ]);
  q =
    'ids' in users
      ? q.where('m.user_id', 'in', users.ids.length ? users.ids : [''])
      : q.where('m.user_id', 'in', (eb) =>
          eb
            .selectFrom('memberships')
            .select('user_id')
            .where('org_id', '=', users.poolOf)
            .where('role', '=', 'assessor'),
        );
  const local = new Map<string, Set<string>>();
  for (const r of await q.execute()) {
    const set = local.get(r.user_id) ?? new Set<string>();
    for (const [id, kind] of [
      [r.id1, r.kind1],
      [r.id2, r.kind2],
      [r.id3, r.kind3],
    ] as const) {
      if (id && (kind === 'school' || kind === 'district')) set.add(id);
    }
    local.set(r.user_id, set);
  }
  return new Map([...local].map(([user, set]) => [user, [...set]]));
}

/** An issuer's assessor pool as the assignment rules read it, before qualification per micro-credential. */
export interface Pool {
  members: Omit<Candidate, 'qualified'>[];
  /** Qualification status per micro-credential, then per assessor. */
  qualification: Map<string, Map<string, string>>;
  /** Micro-credentials (of those asked about) that have active anchors: only calibrated assessors score them. */
  anchored: Set<string>;
}

/** Loads an issuer's pool once, for assigning any number of reviews of the given micro-credentials. */
export async function loadPool(db: Queryable, issuerId: string, microCredentialIds: string[]): Promise<Pool> {
  const mcs = microCredentialIds.length ? microCredentialIds : [''];
  const [members, open, local, qualifications, anchors] = await Promise.all([
    db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .leftJoin('assessor_profiles as p', (j) =>
        j.onRef('p.user_id', '=', 'm.user_id').onRef('p.issuer_id', '=', 'm.org_id'),
      )
      .select(['u.id', 'u.status', 'p.capacity', 'p.senior', 'p.away_from', 'p.away_until'])
      .where('m.org_id', '=', issuerId)
      .where('m.role', '=', 'assessor')
      .execute(),
    // Capacity is the issuer's: it counts the open reviews of this issuer's work.
    db
      .selectFrom('reviews')
      .select(['assessor_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('issuer_id', '=', issuerId)
      .where('status', '=', 'assigned')
      .groupBy('assessor_id')
      .execute(),
    localOrgsOf(db, { poolOf: issuerId }),
    db
      .selectFrom('assessor_qualifications')
      .select(['micro_credential_id', 'assessor_id', 'status'])
      .where('micro_credential_id', 'in', mcs)
      .execute(),
    db
      .selectFrom('anchors')
      .select('micro_credential_id')
      .distinct()
      .where('micro_credential_id', 'in', mcs)
      .where('retired_at', 'is', null)
      .execute(),
  ]);
  const openBy = new Map(open.map((o) => [o.assessor_id, Number(o.n)]));
  return {
    members: members.map((m) => ({
      id: m.id,
      active: m.status === 'active',
      openReviews: openBy.get(m.id) ?? 0,
      capacity: m.capacity ?? DEFAULT_CAPACITY,
      senior: m.senior === 1,
      awayFrom: m.away_from ? new Date(m.away_from) : null,
      awayUntil: m.away_until ? new Date(m.away_until) : null,
      localOrgIds: local.get(m.id) ?? [],
    })),
    qualification: qualificationsByMicroCredential(qualifications),
    anchored: new Set(anchors.map((a) => a.micro_credential_id)),
  };
}

function qualificationsByMicroCredential(
  rows: { micro_credential_id: string; assessor_id: string; status: string }[],
) {
  const by = new Map<string, Map<string, string>>();
  for (const q of rows) {
    const of = by.get(q.micro_credential_id) ?? new Map<string, string>();
    of.set(q.assessor_id, q.status);
    by.set(q.micro_credential_id, of);
  }
  return by;
}

/**
 * The pool as candidates for one micro-credential (same member objects, so loads stay shared).
 * A member may score it when qualified by calibration; or, while the micro-credential has no
 * anchors to calibrate on, when the issuer has not removed them from it.
 */
export function candidatesFor(pool: Pool, microCredentialId: string): Candidate[] {
  const statusOf = pool.qualification.get(microCredentialId);
  const open = !pool.anchored.has(microCredentialId);
  return pool.members.map((m) => {
    const status = statusOf?.get(m.id);
    return Object.assign(m, { qualified: status === 'qualified' || (status === undefined && open) });
  });
}
