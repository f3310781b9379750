import type { PathwayCompletionView, PathwayProgressView, PathwayView } from '../../contracts/pathways.js';
import type { Queryable } from '../../db/database.js';
import { pathwayProgress } from '../../domain/pathway-progress.js';
import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import { orgsWithRole, requireAuth, type Auth } from '../auth/auth-context.js';
import { credentialUrl } from '../issuance/issue-credential.js';
import { heldOf } from './award-pathways.js';
import { completionDistricts, pathwayOrgs, signingIssuers } from './pathway-access.js';
import { itemsByPathway, toPathwayView } from './pathways.presenter.js';
import * as repo from './pathways.repository.js';

async function withItems(db: Queryable, rows: repo.PathwayRow[]): Promise<PathwayView[]> {
  const items = itemsByPathway(
    await repo.itemsOf(
      db,
      rows.map((r) => r.id),
    ),
  );
  return rows.map((r) => toPathwayView(r, items.get(r.id) ?? []));
}

/** Published pathways, for anyone. */
export const listPublicPathways = async ({ db }: Deps) => withItems(db, await repo.listPublished(db));

/**
 * One pathway by its web address, the achievement id of its stacked credentials: published, or
 * retired (its status says so) since credentials awarded before still point to it.
 */
export async function getPublicPathway({ db }: Deps, slug: string): Promise<PathwayView> {
  const row = await repo.findPublicBySlug(db, slug);
  if (!row) throw notFound('That pathway');
  return (await withItems(db, [row]))[0]!;
}

/**
 * Every pathway (drafts and retired too) of the organizations the admin manages, and those signed
 * by the issuers they administer (a district's draft waits there for the issuer to publish it).
 */
export async function listAdminPathways({ db }: Deps, auth: Auth | null): Promise<PathwayView[]> {
  const orgs = await pathwayOrgs(db, auth);
  return withItems(db, await repo.listDefinedBy(db, orgs, signingIssuers(auth) ?? []));
}

/** The district and the state above it: the organizations whose pathways reach this educator. */
async function homeOrgs(db: Queryable, userId: string): Promise<string[]> {
  const district = await repo.districtOf(db, userId);
  if (!district) return [];
  const row = await db
    .selectFrom('organizations')
    .select('parent_id')
    .where('id', '=', district)
    .executeTakeFirst();
  return row?.parent_id ? [district, row.parent_id] : [district];
}

/**
 * The educator's progress on each published pathway that holds any credential of theirs, that
 * their district or state defined, or that they completed (even if it was retired since).
 */
export async function myPathways(deps: Deps, auth: Auth | null): Promise<PathwayProgressView[]> {
  const a = requireAuth(auth);
  const { db, config } = deps;
  const held = heldOf(await repo.heldCredentials(db, a.userId));
  const completions = new Map((await repo.completionsOf(db, a.userId)).map((c) => [c.pathway_id, c]));
  const home = new Set(await homeOrgs(db, a.userId));
  const published = await repo.listPublished(db);
  const completedElsewhere = [...completions.keys()].filter((id) => !published.some((p) => p.id === id));
  const extra = (await Promise.all(completedElsewhere.map((id) => repo.findPathway(db, id)))).filter(
    (p): p is repo.PathwayRow => p !== undefined,
  );
  const rows = [...published, ...extra];
  const items = itemsByPathway(
    await repo.itemsOf(
      db,
      rows.map((r) => r.id),
    ),
  );
  const mine = new Set(held.map((h) => h.microCredentialId));
  const now = deps.clock.now();
  return rows
    .filter(
      (r) =>
        completions.has(r.id) ||
        home.has(r.org_id) ||
        (items.get(r.id) ?? []).some((i) => mine.has(i.micro_credential_id)),
    )
    .map((r) => {
      const pathItems = items.get(r.id) ?? [];
      const view = toPathwayView(r, pathItems);
      const progress = pathwayProgress(
        {
          rule: r.rule,
          requiredCount: r.required_count,
          ordered: r.ordered === 1,
          items: pathItems.map((i) => i.micro_credential_id),
        },
        held,
        now,
      );
      const completion = completions.get(r.id);
      return {
        ...view,
        items: view.items.map((item, n) => ({
          ...item,
          earned: progress.items[n]!.earned,
          counts: progress.items[n]!.counts,
          earnedAt: progress.items[n]!.earnedAt,
          next: progress.next.includes(item.microCredentialId),
        })),
        doneCount: completion ? progress.requiredCount : progress.doneCount,
        requiredCount: progress.requiredCount,
        // Once awarded, the pathway stays completed even if a part later lapses.
        complete: completion !== undefined || progress.complete,
        completedAt: completion?.completed_at ?? null,
        credentialUrl: completion?.credential_id
          ? credentialUrl(config.publicUrl, completion.credential_id)
          : null,
      };
    })
    .sort(
      (x, y) =>
        Number(x.complete) - Number(y.complete) ||
        y.doneCount / y.requiredCount - x.doneCount / x.requiredCount,
    );
}

/**
 * Who completed which pathway, with the role and pay step it maps to. District and state admins
 * see completions of people in their districts (never another district's); issuer admins see
 * completions of the pathways their issuer defined. `orgId` narrows to one district (NOT_FOUND outside their scope).
 */
export async function listPathwayCompletions(
  deps: Deps,
  auth: Auth | null,
  orgId?: string,
): Promise<PathwayCompletionView[]> {
  const { db, config } = deps;
  const districts = await completionDistricts(db, auth);
  // Issuer admins see who completed the pathways their issuer defined (the issuer signed them).
  const defined = districts === null ? null : orgsWithRole(requireAuth(auth), 'issuer_admin');
  if (districts !== null && !districts.length && !defined?.length)
    throw new AppError('FORBIDDEN', 'Only issuer, district and state admins see pathway completions.');
  let rows;
  if (orgId) {
    if (districts !== null && !districts.includes(orgId)) throw notFound('That organization');
    rows = await repo.listCompletions(db, [orgId], []);
  } else rows = await repo.listCompletions(db, districts, defined);
  return rows.map((r) => ({
    pathwayId: r.pathway_id,
    pathwayTitle: r.pathway_title,
    userId: r.user_id,
    name: r.name,
    email: r.email,
    districtId: r.district_id,
    districtName: r.district_name,
    roleTitle: r.role_title,
    payStep: r.pay_step,
    completedAt: r.completed_at,
    credentialUrl: r.credential_id ? credentialUrl(config.publicUrl, r.credential_id) : null,
  }));
}
