import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../../db/database.js';

/**
 * The schools and districts each user belongs to, directly or through a school's district (the
 * tree is state → district → school, so two parent hops suffice). One query for any number of users.
 */
async function localOrgsOf(
  db: Queryable,
  users: { ids: string[] } | { poolOf: string },
): Promise<Map<string, Set<string>>> {
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
  return local;
}

/**
 * Picks an assessor from the issuer's pool for an attempt: never the educator, never someone from
 * the educator's own school or district; the previous attempt's assessor when still eligible,
 * otherwise the one with the fewest open reviews. Returns null when nobody is eligible.
 */
export async function pickReviewer(
  db: Queryable,
  input: { issuerId: string; educatorId: string; previousAssessorId?: string | null },
): Promise<string | null> {
  const pool = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('u.id')
    .where('m.org_id', '=', input.issuerId)
    .where('m.role', '=', 'assessor')
    .where('u.status', '=', 'active')
    .where('u.id', '!=', input.educatorId)
    .execute();
  if (!pool.length) return null;
  const [educatorLocal, poolLocal] = await Promise.all([
    localOrgsOf(db, { ids: [input.educatorId] }).then((m) => m.get(input.educatorId) ?? new Set<string>()),
    localOrgsOf(db, { poolOf: input.issuerId }),
  ]);
  const eligible = pool
    .map((p) => p.id)
    .filter((id) => ![...(poolLocal.get(id) ?? [])].some((o) => educatorLocal.has(o)));
  if (!eligible.length) return null;
  if (input.previousAssessorId && eligible.includes(input.previousAssessorId))
    return input.previousAssessorId;
  const loads = await db
    .selectFrom('reviews')
    .select(['assessor_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'assigned')
    .where('assessor_id', 'in', eligible)
    .groupBy('assessor_id')
    .execute();
  const load = new Map(loads.map((l) => [l.assessor_id, Number(l.n)]));
  return eligible.sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || a.localeCompare(b))[0]!;
}

export const insertReview = (db: Queryable, attemptId: string, assessorId: string, at: string) =>
  db
    .insertInto('reviews')
    .values({
      id: randomUUID(),
      attempt_id: attemptId,
      assessor_id: assessorId,
      status: 'assigned',
      scores: '[]',
      decision: null,
      assigned_at: at,
      updated_at: at,
      completed_at: null,
    })
    .execute();

async function previousAssessor(db: Queryable, submissionId: string, number: number) {
  const row = await db
    .selectFrom('reviews as r')
    .innerJoin('attempts as a', 'a.id', 'r.attempt_id')
    .select('r.assessor_id')
    .where('a.submission_id', '=', submissionId)
    .where('a.number', '=', number)
    .executeTakeFirst();
  return row?.assessor_id ?? null;
}

/**
 * Assigns a submitted attempt to an assessor and moves the submission into review; a
 * resubmission goes back to the previous assessor when still eligible. Returns false (the attempt
 * waits in the issuer's backlog) when nobody is eligible.
 */
export async function assignReviewer(
  db: Queryable,
  s: {
    submissionId: string;
    attemptId: string;
    attemptNumber: number;
    educatorId: string;
    microCredentialId: string;
    at: string;
  },
): Promise<boolean> {
  const { issuer_id } = await db
    .selectFrom('micro_credentials')
    .select('issuer_id')
    .where('id', '=', s.microCredentialId)
    .executeTakeFirstOrThrow();
  const previous =
    s.attemptNumber > 1 ? await previousAssessor(db, s.submissionId, s.attemptNumber - 1) : null;
  const assessorId = await pickReviewer(db, {
    issuerId: issuer_id,
    educatorId: s.educatorId,
    previousAssessorId: previous,
  });
  if (!assessorId) return false;
  const moved = await db
    .updateTable('submissions')
    .set({ status: 'in_review', updated_at: s.at })
    .where('id', '=', s.submissionId)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) return false;
  await insertReview(db, s.attemptId, assessorId, s.at);
  return true;
}

/**
 * Assigns what waits in an issuer's backlog (oldest first), e.g. when an assessor joins the pool.
 * Returns how many attempts found an assessor.
 */
export async function assignBacklog(db: Db, issuerId: string, at: string, limit = 200): Promise<number> {
  const waiting = await db
    .selectFrom('submissions as s')
    .innerJoin('micro_credentials as m', 'm.id', 's.micro_credential_id')
    .innerJoin('attempts as a', (j) =>
      j.onRef('a.submission_id', '=', 's.id').onRef('a.number', '=', 's.attempt_number'),
    )
    .select(['s.id', 's.educator_id', 's.micro_credential_id', 'a.id as attempt_id', 'a.number'])
    .where('m.issuer_id', '=', issuerId)
    .where('s.status', '=', 'submitted')
    .orderBy('s.submitted_at')
    .limit(limit)
    .execute();
  let assigned = 0;
  for (const w of waiting) {
    const ok = await db.transaction().execute((trx) =>
      assignReviewer(trx, {
        submissionId: w.id,
        attemptId: w.attempt_id,
        attemptNumber: w.number,
        educatorId: w.educator_id,
        microCredentialId: w.micro_credential_id,
        at,
      }),
    );
    if (ok) assigned++;
  }
  return assigned;
}
