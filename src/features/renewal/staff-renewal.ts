import type { z } from 'zod';
import type { StaffRenewalPage, StaffRenewalQuery } from '../../contracts/renewal.js';
import type { CredentialFacts } from '../../domain/renewal-credit.js';
import { containsPattern } from '../../db/like.js';
import { AppError } from '../../server/errors.js';
import type { Deps } from '../../server/deps.js';
import type { Auth } from '../auth/auth-context.js';
import { adminScope, inScope } from '../orgs/org-scope.js';
import { loadRenewalContext, progressFor, renewalOfPerson } from './renewal-progress.js';
import {
  credentialsOf,
  inChunks,
  licensesOf,
  toCredentialFacts,
  versionFacts,
  type OrgTree,
} from './renewal.repository.js';

type Page = z.infer<typeof StaffRenewalPage>;

function subtree(tree: OrgTree, root: string): string[] {
  const ids = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of tree.values())
      if (o.parentId && ids.has(o.parentId) && !ids.has(o.id)) {
        ids.add(o.id);
        grew = true;
      }
  }
  return [...ids];
}

/**
 * Renewal progress of the educators in an admin's scope (or one organization of it): a page of
 * people, and how many are complete, on track, behind, or without a license or a policy. Everyone's
 * credentials are read once, without documents, and policies are matched once per version.
 */
export async function staffRenewal(
  deps: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
  query: z.infer<typeof StaffRenewalQuery>,
): Promise<Page> {
  const { db } = deps;
  const scope = await adminScope(db, auth);
  const ctx = await loadRenewalContext(deps);
  if (query.orgId && (!inScope(scope, query.orgId) || !ctx.tree.has(query.orgId)))
    throw new AppError('NOT_FOUND', 'No such organization among those you administer.');
  const orgIds = query.orgId ? subtree(ctx.tree, query.orgId) : scope.all ? null : [...scope.ids];

  let people = db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email', 'm.org_id'])
    .where('m.role', '=', 'educator')
    .where('u.status', '=', 'active');
  if (orgIds) people = people.where('m.org_id', 'in', orgIds);
  if (query.q) {
    const like = containsPattern(query.q);
    people = people.where((eb) =>
      eb.or([eb(eb.fn('lower', ['u.name']), 'like', like), eb('u.email', 'like', like)]),
    );
  }
  const rows = await people.orderBy('u.name').orderBy('u.id').execute();

  const byPerson = new Map<string, { id: string; name: string; email: string; orgIds: string[] }>();
  for (const r of rows) {
    const p = byPerson.get(r.id) ?? { id: r.id, name: r.name, email: r.email, orgIds: [] };
    p.orgIds.push(r.org_id);
    byPerson.set(r.id, p);
  }
  const ids = [...byPerson.keys()];
  const [licenses, creds] = await Promise.all([licensesOf(db, ids), credentialsOf(db, ids)]);
  const facts = await versionFacts(
    db,
    creds.map((c) => c.version_id!),
  );
  const licenseOf = new Map<string, (typeof licenses)[number]>();
  for (const l of licenses) if (!licenseOf.has(l.user_id)) licenseOf.set(l.user_id, l);
  const credsOf = new Map<string, CredentialFacts[]>();
  for (const c of creds) {
    const f = toCredentialFacts(c, facts);
    if (!f) continue;
    const list = credsOf.get(c.educator_id) ?? [];
    list.push(f);
    credsOf.set(c.educator_id, list);
  }

  const summary = { complete: 0, onTrack: 0, behind: 0, noLicense: 0, noPolicy: 0 };
  const all = ids.map((id) => {
    const person = byPerson.get(id)!;
    const progress = progressFor(ctx, licenseOf.get(id) ?? null, person.orgIds, credsOf.get(id) ?? []);
    const state = progress.kind === 'computed' ? progress.pace : progress.kind;
    if (state === 'complete') summary.complete++;
    else if (state === 'on track') summary.onTrack++;
    else if (state === 'behind') summary.behind++;
    else if (state === 'no license') summary.noLicense++;
    else summary.noPolicy++;
    return { person, progress, pace: state };
  });

  const page = all.slice(query.offset, query.offset + query.limit);
  const schoolIds = [...new Set(page.flatMap((p) => p.person.orgIds))];
  const names = new Map(
    (
      await inChunks(schoolIds, (chunk) =>
        db.selectFrom('organizations').select(['id', 'name']).where('id', 'in', chunk).execute(),
      )
    ).map((o) => [o.id, o.name]),
  );
  return {
    items: page.map(({ person, progress, pace }) => {
      const license = progress.kind === 'no license' ? null : progress.license;
      return {
        userId: person.id,
        name: person.name,
        email: person.email,
        school:
          person.orgIds
            .map((o) => names.get(o))
            .filter(Boolean)
            .join(', ') || null,
        license: license ? `${license.license_type} ${license.number}` : null,
        earnedHours: progress.kind === 'computed' ? progress.credit.earnedHours : 0,
        countedHours: progress.kind === 'computed' ? progress.credit.countedHours : 0,
        requiredHours: progress.kind === 'computed' ? progress.credit.requiredHours : 0,
        pace,
      };
    }),
    total: ids.length,
    summary,
  };
}

/** One person's renewal, for an admin whose organizations they belong to (NOT_FOUND otherwise). */
export async function personRenewalForAdmin(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  auth: Auth | null,
  userId: string,
) {
  const scope = await adminScope(deps.db, auth);
  const orgs = await deps.db
    .selectFrom('memberships')
    .select('org_id')
    .where('user_id', '=', userId)
    .execute();
  if (!orgs.some((o) => inScope(scope, o.org_id)))
    throw new AppError('NOT_FOUND', 'No such person in your organizations.');
  const person = await deps.db
    .selectFrom('users')
    .select(['name', 'email'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return { person, renewal: await renewalOfPerson(deps, userId) };
}
