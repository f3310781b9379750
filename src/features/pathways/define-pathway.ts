import { randomUUID } from 'node:crypto';
import type { PathwayBody, PathwayPatch, PathwayView } from '../../contracts/pathways.js';
import type { Queryable } from '../../db/database.js';
import { pathwayShapeProblems } from '../../domain/pathway-progress.js';
import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import type { Auth } from '../auth/auth-context.js';
import { awardPublishedPathway } from './award-pathways.js';
import { managesOrg, pathwayOrgs, signingIssuers, signsFor } from './pathway-access.js';
import { toPathwayView } from './pathways.presenter.js';
import * as repo from './pathways.repository.js';

type Definition = PathwayBody & { id: string };

/**
 * Checks a definition against the catalog. Items must be published micro-credentials. The stacked
 * credential is signed by `issuerId`, which must be an issuer with at least one micro-credential in
 * the stack (so it vouches for what it signs); an issuer defining a pathway signs it itself. A
 * district or state picks any issuer present in the stack.
 */
async function checkDefinition(db: Queryable, d: Definition) {
  const problems = pathwayShapeProblems({
    rule: d.rule,
    requiredCount: d.requiredCount,
    ordered: d.ordered,
    items: d.items,
  });
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems.join(' '), { problems });
  const org = await db
    .selectFrom('organizations')
    .select(['id', 'kind'])
    .where('id', '=', d.orgId)
    .executeTakeFirst();
  if (!org || !['issuer', 'district', 'state'].includes(org.kind))
    throw new AppError('VALIDATION_FAILED', 'A pathway is defined by an issuer, a district or a state.');
  const published = await repo.publishedMicroCredentials(db, d.items);
  const missing = d.items.filter((id) => !published.some((m) => m.id === id));
  if (missing.length)
    throw new AppError(
      'VALIDATION_FAILED',
      `Only published micro-credentials can be in a pathway; ${missing.length === 1 ? 'one is' : `${missing.length} are`} not.`,
      { microCredentialIds: missing },
    );
  if (org.kind === 'issuer' && d.issuerId !== org.id)
    throw new AppError('VALIDATION_FAILED', "An issuer's pathway is signed by that issuer.");
  if (!published.some((m) => m.issuer_id === d.issuerId))
    throw new AppError(
      'VALIDATION_FAILED',
      'The signing issuer must have at least one of its own micro-credentials in the pathway.',
    );
  if (await repo.slugTaken(db, d.slug, d.id))
    throw new AppError('ALREADY_EXISTS', `Another pathway already uses the address "${d.slug}".`);
}

async function viewOf(db: Queryable, id: string): Promise<PathwayView> {
  const row = (await repo.findPathway(db, id))!;
  return toPathwayView(row, await repo.itemsOf(db, [id]));
}

/** Creates a draft pathway for an organization the caller manages. */
export async function createPathway(deps: Deps, auth: Auth | null, body: PathwayBody): Promise<PathwayView> {
  return deps.db.transaction().execute(async (trx) => {
    const orgs = await pathwayOrgs(trx, auth);
    if (!managesOrg(orgs, body.orgId))
      throw new AppError('FORBIDDEN', 'You can define pathways only for organizations you manage.');
    const id = randomUUID();
    await checkDefinition(trx, { ...body, id });
    const at = deps.clock.now().toISOString();
    await repo.insertPathway(trx, {
      id,
      org_id: body.orgId,
      issuer_id: body.issuerId,
      slug: body.slug,
      title: body.title,
      description: body.description,
      rule: body.rule,
      required_count: body.rule === 'all' ? body.items.length : body.requiredCount,
      ordered: body.ordered ? 1 : 0,
      role_title: body.roleTitle || null,
      pay_step: body.payStep || null,
      status: 'draft',
      created_by: auth!.userId,
      created_at: at,
      updated_at: at,
    });
    await repo.replaceItems(trx, id, body.items);
    return viewOf(trx, id);
  });
}

/** What a published pathway's stacked credentials say: its signing issuer alone changes it. */
const SIGNED_TEXT = {
  title: 'title',
  description: 'description',
  roleTitle: 'role_title',
  payStep: 'pay_step',
} as const;

/**
 * Edits, publishes or retires a pathway. Its defining organization's admins and its signing
 * issuer's admins reach it (anyone else: NOT_FOUND). Both edit a draft, but only an admin of the
 * signing issuer (or a platform admin) publishes it, since that issuer's key signs every stacked
 * credential, and only they change what a published one says (title, description, role and pay
 * step are in the signed credential). Once published, its items and rule stay as they are (people
 * are working toward them; a completion is never taken back): retire it and define a new one. Its
 * web address stays too: it is the achievement id of the stacked credentials, and it is never
 * freed (a retired pathway keeps its row). Publishing awards it to everyone who already qualifies.
 */
export async function updatePathway(
  deps: Deps,
  auth: Auth | null,
  id: string,
  patch: PathwayPatch,
): Promise<PathwayView> {
  return deps.db.transaction().execute(async (trx) => {
    const orgs = await pathwayOrgs(trx, auth);
    const issuers = signingIssuers(auth);
    const row = await repo.findPathway(trx, id);
    if (!row || (!managesOrg(orgs, row.org_id) && !signsFor(issuers, row.issuer_id)))
      throw notFound('That pathway');
    const items = patch.items ?? (await repo.itemsOf(trx, [id])).map((i) => i.micro_credential_id);
    const next: Definition = {
      id,
      orgId: row.org_id,
      issuerId: patch.issuerId ?? row.issuer_id,
      slug: patch.slug ?? row.slug,
      title: patch.title ?? row.title,
      description: patch.description ?? row.description,
      rule: patch.rule ?? row.rule,
      requiredCount: patch.requiredCount ?? row.required_count,
      ordered: patch.ordered ?? row.ordered === 1,
      items,
      roleTitle: patch.roleTitle !== undefined ? patch.roleTitle : row.role_title,
      payStep: patch.payStep !== undefined ? patch.payStep : row.pay_step,
    };
    const changesRule =
      patch.items !== undefined ||
      patch.rule !== undefined ||
      patch.requiredCount !== undefined ||
      patch.ordered !== undefined ||
      patch.issuerId !== undefined;
    if (row.status !== 'draft' && changesRule)
      throw new AppError(
        'INVALID_STATE',
        'A published pathway keeps its micro-credentials, rule and issuer; retire it and define a new one.',
      );
    if (row.status !== 'draft' && next.slug !== row.slug)
      throw new AppError(
        'INVALID_STATE',
        `A published pathway keeps its web address "${row.slug}": its stacked credentials point to it.`,
      );
    if (row.status === 'retired' && patch.status && patch.status !== 'retired')
      throw new AppError('INVALID_STATE', 'A retired pathway stays retired.');
    if (patch.status === 'draft' && row.status !== 'draft')
      throw new AppError('INVALID_STATE', 'A published pathway cannot go back to draft; retire it instead.');
    const signer = signsFor(issuers, next.issuerId);
    const publishing = row.status === 'draft' && patch.status === 'published';
    if (publishing && !signer)
      throw new AppError(
        'FORBIDDEN',
        `Only an administrator of ${await issuerName(trx, next.issuerId)} can publish this pathway: its stacked credentials are signed with that issuer's key.`,
      );
    const rewords = Object.entries(SIGNED_TEXT).some(
      ([field, col]) =>
        patch[field as keyof typeof SIGNED_TEXT] !== undefined &&
        (patch[field as keyof typeof SIGNED_TEXT] || null) !== (row[col] || null),
    );
    if (row.status !== 'draft' && rewords && !signer)
      throw new AppError(
        'FORBIDDEN',
        `Only an administrator of ${row.issuer_name} can change the title, description, role or pay step of this published pathway: they are in the credentials it signs.`,
      );
    if (row.status === 'draft') await checkDefinition(trx, next);
    await repo.updatePathway(trx, id, {
      issuer_id: next.issuerId,
      slug: next.slug,
      title: next.title,
      description: next.description,
      rule: next.rule,
      required_count: next.rule === 'all' ? items.length : next.requiredCount,
      ordered: next.ordered ? 1 : 0,
      role_title: next.roleTitle || null,
      pay_step: next.payStep || null,
      status: patch.status ?? row.status,
      updated_at: deps.clock.now().toISOString(),
    });
    if (patch.items) await repo.replaceItems(trx, id, items);
    if (publishing) await awardPublishedPathway(trx, deps, id);
    return viewOf(trx, id);
  });
}

const issuerName = (db: Queryable, issuerId: string) =>
  db
    .selectFrom('organizations')
    .select('name')
    .where('id', '=', issuerId)
    .executeTakeFirst()
    .then((o) => o?.name ?? 'the signing issuer');
