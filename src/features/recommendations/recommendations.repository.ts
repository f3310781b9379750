import type { Queryable } from '../../db/database.js';

const SELECT = [
  'r.id',
  'r.org_id',
  'r.micro_credential_id',
  'r.kind',
  'r.target_type',
  'r.target_id',
  'r.due_on',
  'r.note',
  'r.created_at',
  'o.name as org_name',
  'v.title as mc_title',
  'u.name as created_by_name',
] as const;

const base = (db: Queryable) =>
  db
    .selectFrom('recommendations as r')
    .innerJoin('organizations as o', 'o.id', 'r.org_id')
    .innerJoin('micro_credentials as m', 'm.id', 'r.micro_credential_id')
    .leftJoin('micro_credential_versions as v', 'v.id', 'm.current_version_id')
    .leftJoin('users as u', 'u.id', 'r.created_by')
    .select(SELECT)
    .where('r.withdrawn_at', 'is', null);

export type RecommendationRow = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

/** Open recommendations made by these organizations (all of them for platform admins). */
export const openOf = (db: Queryable, orgIds: string[] | 'all') => {
  let q = base(db);
  if (orgIds !== 'all') q = q.where('r.org_id', 'in', orgIds.length ? orgIds : ['']);
  return q.orderBy('r.created_at', 'desc').orderBy('r.id').execute();
};

export const openByIds = (db: Queryable, ids: string[]) =>
  base(db)
    .where('r.id', 'in', ids.length ? ids : [''])
    .orderBy('r.created_at', 'desc')
    .execute();

/** Open recommendations that reach a person: to them by name, or to an organization they belong to. */
export const openForPerson = (db: Queryable, userId: string, orgIds: string[]) =>
  base(db)
    .where((eb) =>
      eb.or([
        eb.and([eb('r.target_type', '=', 'user'), eb('r.target_id', '=', userId)]),
        eb.and([eb('r.target_type', '=', 'org'), eb('r.target_id', 'in', orgIds.length ? orgIds : [''])]),
      ]),
    )
    .execute();

/** Active educators with a role in any of these organizations. */
export const educatorsIn = (db: Queryable, orgIds: string[]) =>
  db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'm.org_id'])
    .where('m.role', '=', 'educator')
    .where('u.status', '=', 'active')
    .where('m.org_id', 'in', orgIds.length ? orgIds : [''])
    .execute();

/** Every submission status of these people on these micro-credentials. */
export const submissionStatuses = (db: Queryable, userIds: string[], mcIds: string[]) =>
  userIds.length && mcIds.length
    ? db
        .selectFrom('submissions')
        .select(['educator_id', 'micro_credential_id', 'status'])
        .where('educator_id', 'in', userIds)
        .where('micro_credential_id', 'in', mcIds)
        .execute()
    : Promise.resolve([]);
