import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  CreateOrganizationBody,
  OrganizationView,
  UserView as UserViewSchema,
} from '../../contracts/orgs.js';

type UserView = z.infer<typeof UserViewSchema>;
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import { isPlatformAdmin, requireAuth, type Auth } from '../auth/auth-context.js';
import { ensureIssuerKey } from '../issuance/issuer-keys.js';
import { adminScope, inScope } from './org-scope.js';
import { containsPattern } from '../../db/like.js';

/** Which kind of organization may sit under which: state → district → school; issuers stand apart. */
const PARENTS: Record<string, (string | null)[]> = {
  state: [null, 'platform'],
  district: ['state'],
  school: ['district'],
  issuer: [null, 'platform'],
};

const slugify = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50) || 'org';

export async function listOrganizations(
  { db }: Pick<Deps, 'db'>,
  auth: Auth | null,
): Promise<OrganizationView[]> {
  const scope = await adminScope(db, auth);
  const rows = await db
    .selectFrom('organizations as o')
    .leftJoin('memberships as m', 'm.org_id', 'o.id')
    .select([
      'o.id',
      'o.parent_id',
      'o.kind',
      'o.name',
      'o.slug',
      (eb) => eb.fn.count<number>('m.id').as('members'),
    ])
    .$if(!scope.all, (q) => q.where('o.id', 'in', scope.all ? [] : [...scope.ids]))
    .groupBy(['o.id', 'o.parent_id', 'o.kind', 'o.name', 'o.slug'])
    .orderBy('o.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    kind: r.kind,
    name: r.name,
    slug: r.slug,
    memberCount: Number(r.members),
  }));
}

export async function createOrganization(
  { db, clock, secret }: Pick<Deps, 'db' | 'clock' | 'secret'>,
  auth: Auth | null,
  input: z.infer<typeof CreateOrganizationBody>,
): Promise<OrganizationView> {
  const a = requireAuth(auth);
  if (!isPlatformAdmin(a)) throw new AppError('FORBIDDEN', 'Only platform admins create organizations.');
  const parent = input.parentId
    ? await db
        .selectFrom('organizations')
        .select(['id', 'kind'])
        .where('id', '=', input.parentId)
        .executeTakeFirst()
    : null;
  if (input.parentId && !parent) throw new AppError('VALIDATION_FAILED', 'parentId is not an organization.');
  if (!PARENTS[input.kind]!.includes(parent?.kind ?? null)) {
    throw new AppError(
      'VALIDATION_FAILED',
      `A ${input.kind} cannot sit under ${parent ? `a ${parent.kind}` : 'nothing'}: the tree is state → district → school.`,
    );
  }
  const slug = input.slug ?? slugify(input.name);
  if (await db.selectFrom('organizations').select('id').where('slug', '=', slug).executeTakeFirst()) {
    throw new AppError('ALREADY_EXISTS', `The short name "${slug}" is taken; choose another slug.`);
  }
  const at = clock.now().toISOString();
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('organizations')
      .values({
        id,
        parent_id: input.parentId,
        kind: input.kind,
        name: input.name,
        slug,
        description: null,
        url: input.url ?? null,
        email: null,
        created_at: at,
      })
      .execute();
    if (input.kind === 'issuer') await ensureIssuerKey(trx, secret, id, at);
  });
  return { id, parentId: input.parentId, kind: input.kind, name: input.name, slug, memberCount: 0 };
}

/** People with a role in the admin's organizations, a page at a time. */
export async function listUsers(
  { db }: Pick<Deps, 'db'>,
  auth: Auth | null,
  page: { limit: number; offset: number; q?: string },
) {
  const scope = await adminScope(db, auth);
  let ids = db.selectFrom('users as u').select(['u.id', 'u.name']).distinct();
  if (!scope.all)
    ids = ids.innerJoin('memberships as m', 'm.user_id', 'u.id').where('m.org_id', 'in', [...scope.ids]);
  if (page.q) {
    const like = containsPattern(page.q);
    ids = ids.where((eb) =>
      eb.or([eb(eb.fn('lower', ['u.name']), 'like', like), eb('u.email', 'like', like)]),
    );
  }
  const pageIds = (
    await ids.orderBy('u.name').orderBy('u.id').limit(page.limit).offset(page.offset).execute()
  ).map((r) => r.id);
  if (!pageIds.length) return [];
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('memberships as m', 'm.user_id', 'u.id')
    .innerJoin('organizations as o', 'o.id', 'm.org_id')
    .select(['u.id', 'u.name', 'u.email', 'u.status', 'm.org_id', 'm.role', 'o.name as org_name'])
    .where('u.id', 'in', pageIds)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
  const users = new Map<string, UserView>();
  for (const r of rows) {
    const u = users.get(r.id) ?? { id: r.id, name: r.name, email: r.email, status: r.status, roles: [] };
    if (inScope(scope, r.org_id)) u.roles.push({ orgId: r.org_id, orgName: r.org_name, role: r.role });
    users.set(r.id, u);
  }
  return [...users.values()];
}
