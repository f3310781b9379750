import type { OpenReview, PoolMember } from '../../contracts/assessment.js';
import type { Queryable } from '../../db/database.js';
import { AppError } from '../../server/errors.js';
import { audit } from './audit.js';
import { setQualification } from './calibration.js';
import { DEFAULT_CAPACITY } from './pool.js';

/** The issuer's published micro-credentials, with whether each has anchors to calibrate on. */
async function issuerMicroCredentials(db: Queryable, issuerId: string) {
  const [mcs, anchored] = await Promise.all([
    db
      .selectFrom('micro_credentials as m')
      .innerJoin('micro_credential_versions as v', 'v.id', 'm.current_version_id')
      .select(['m.id', 'v.title'])
      .where('m.issuer_id', '=', issuerId)
      .orderBy('v.title')
      .execute(),
    db
      .selectFrom('anchors')
      .select('micro_credential_id')
      .distinct()
      .where('issuer_id', '=', issuerId)
      .where('retired_at', 'is', null)
      .execute(),
  ]);
  const withAnchors = new Set(anchored.map((a) => a.micro_credential_id));
  return mcs.map((m) => ({ ...m, anchored: withAnchors.has(m.id) }));
}

/** Everyone in the issuer's assessor pool, with load, availability and qualifications. */
export async function listPool(db: Queryable, issuerId: string, now: Date): Promise<PoolMember[]> {
  const nowIso = now.toISOString();
  const [members, load, quals, mcs] = await Promise.all([
    db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .leftJoin('assessor_profiles as p', (j) =>
        j.onRef('p.user_id', '=', 'm.user_id').onRef('p.issuer_id', '=', 'm.org_id'),
      )
      .select([
        'u.id',
        'u.name',
        'u.email',
        'u.status',
        'p.capacity',
        'p.senior',
        'p.away_from',
        'p.away_until',
      ])
      .where('m.org_id', '=', issuerId)
      .where('m.role', '=', 'assessor')
      .orderBy('u.name')
      .execute(),
    db
      .selectFrom('reviews')
      .select([
        'assessor_id',
        (eb) => eb.fn.countAll<number>().as('open'),
        (eb) => eb.fn.sum<number>(eb.case().when('due_at', '<', nowIso).then(1).else(0).end()).as('overdue'),
      ])
      .where('issuer_id', '=', issuerId)
      .where('status', '=', 'assigned')
      .groupBy('assessor_id')
      .execute(),
    db
      .selectFrom('assessor_qualifications')
      .select(['micro_credential_id', 'assessor_id', 'status', 'agreement_percent'])
      .where('issuer_id', '=', issuerId)
      .execute(),
    issuerMicroCredentials(db, issuerId),
  ]);
  const loadOf = new Map(load.map((l) => [l.assessor_id, l]));
  const qualOf = new Map(quals.map((q) => [`${q.micro_credential_id}:${q.assessor_id}`, q]));
  return members.map((m) => ({
    id: m.id,
    name: m.name,
    email: m.email,
    active: m.status === 'active',
    capacity: m.capacity ?? DEFAULT_CAPACITY,
    senior: m.senior === 1,
    awayFrom: m.away_from,
    awayUntil: m.away_until,
    openReviews: Number(loadOf.get(m.id)?.open ?? 0),
    overdueReviews: Number(loadOf.get(m.id)?.overdue ?? 0),
    qualifications: mcs.map((mc) => {
      const q = qualOf.get(`${mc.id}:${m.id}`);
      return {
        microCredentialId: mc.id,
        title: mc.title,
        status: q?.status ?? (mc.anchored ? 'calibrating' : 'implicit'),
        agreementPercent: q?.agreement_percent ?? null,
      };
    }),
  }));
}

async function requireMember(db: Queryable, issuerId: string, userId: string) {
  const member = await db
    .selectFrom('memberships')
    .select('id')
    .where('org_id', '=', issuerId)
    .where('user_id', '=', userId)
    .where('role', '=', 'assessor')
    .executeTakeFirst();
  if (!member) throw new AppError('NOT_FOUND', 'That person is not in this issuer’s assessor pool');
}

export async function updateAssessor(
  db: Queryable,
  at: string,
  x: {
    issuerId: string;
    userId: string;
    actorId: string;
    capacity: number;
    senior: boolean;
    awayFrom: string | null;
    awayUntil: string | null;
  },
) {
  await requireMember(db, x.issuerId, x.userId);
  const before = await db
    .selectFrom('assessor_profiles')
    .select(['capacity', 'senior', 'away_from', 'away_until'])
    .where('issuer_id', '=', x.issuerId)
    .where('user_id', '=', x.userId)
    .executeTakeFirst();
  const row = {
    capacity: x.capacity,
    senior: x.senior ? 1 : 0,
    away_from: x.awayFrom,
    away_until: x.awayUntil,
    updated_at: at,
  };
  await db
    .insertInto('assessor_profiles')
    .values({ issuer_id: x.issuerId, user_id: x.userId, ...row })
    .onConflict((oc) => oc.columns(['issuer_id', 'user_id']).doUpdateSet(row))
    .execute();
  await audit(db, at, {
    issuerId: x.issuerId,
    actorId: x.actorId,
    action: 'assessor.updated',
    subjectType: 'assessor',
    subjectId: x.userId,
    before: before ?? null,
    after: {
      capacity: row.capacity,
      senior: row.senior,
      away_from: row.away_from,
      away_until: row.away_until,
    },
  });
}

/** An issuer admin qualifies (only without anchors), sends back to calibration, or removes. */
export async function adminSetQualification(
  db: Queryable,
  at: string,
  x: {
    issuerId: string;
    userId: string;
    microCredentialId: string;
    status: 'qualified' | 'calibrating' | 'removed';
    actorId: string;
  },
) {
  await requireMember(db, x.issuerId, x.userId);
  const mc = (await issuerMicroCredentials(db, x.issuerId)).find((m) => m.id === x.microCredentialId);
  if (!mc) throw new AppError('NOT_FOUND', 'That micro-credential was not found');
  if (x.status === 'qualified' && mc.anchored)
    throw new AppError(
      'INVALID_STATE',
      'This micro-credential has anchor submissions: an assessor qualifies by scoring them (calibration).',
    );
  if (x.status === 'calibrating' && !mc.anchored)
    throw new AppError(
      'INVALID_STATE',
      'Add anchor submissions first: there is nothing to calibrate on yet.',
    );
  await setQualification(db, at, { ...x, assessorId: x.userId });
}

/** Open work of an issuer: waiting in the backlog and assigned, due first. */
export async function listOpenWork(db: Queryable, issuerId: string, now: Date): Promise<OpenReview[]> {
  const nowIso = now.toISOString();
  const [assigned, waiting] = await Promise.all([
    db
      .selectFrom('reviews as r')
      .innerJoin('users as u', 'u.id', 'r.assessor_id')
      .innerJoin('attempts as a', 'a.id', 'r.attempt_id')
      .innerJoin('micro_credentials as m', 'm.id', 'r.micro_credential_id')
      .innerJoin('micro_credential_versions as v', 'v.id', 'm.current_version_id')
      .select([
        'r.id',
        'r.kind',
        'r.attempt_id',
        'a.number',
        'u.id as assessor_id',
        'u.name',
        'r.assigned_at',
        'r.due_at',
        'm.id as mc_id',
        'v.title',
      ])
      .where('r.issuer_id', '=', issuerId)
      .where('r.status', '=', 'assigned')
      .orderBy('r.due_at')
      .limit(500)
      .execute(),
    db
      .selectFrom('unassigned_reviews as w')
      .innerJoin('attempts as a', 'a.id', 'w.attempt_id')
      .innerJoin('micro_credentials as m', 'm.id', 'w.micro_credential_id')
      .innerJoin('micro_credential_versions as v', 'v.id', 'm.current_version_id')
      .select(['w.id', 'w.kind', 'w.attempt_id', 'a.number', 'w.created_at', 'm.id as mc_id', 'v.title'])
      .where('w.issuer_id', '=', issuerId)
      .orderBy('w.created_at')
      .limit(500)
      .execute(),
  ]);
  return [
    ...waiting.map((w) => ({
      id: w.id,
      state: 'waiting' as const,
      kind: w.kind,
      microCredential: { id: w.mc_id, title: w.title },
      attemptId: w.attempt_id,
      attemptNumber: w.number,
      assessor: null,
      since: w.created_at,
      dueAt: null,
      overdue: false,
    })),
    ...assigned.map((r) => ({
      id: r.id,
      state: 'assigned' as const,
      kind: r.kind,
      microCredential: { id: r.mc_id, title: r.title },
      attemptId: r.attempt_id,
      attemptNumber: r.number,
      assessor: { id: r.assessor_id, name: r.name },
      since: r.assigned_at,
      dueAt: r.due_at,
      overdue: r.due_at !== null && r.due_at < nowIso,
    })),
  ];
}
