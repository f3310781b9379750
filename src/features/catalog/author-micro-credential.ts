import { randomUUID } from 'node:crypto';
import type { AuthoringView } from '../../contracts/catalog.js';
import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import { isPlatformAdmin, requireAuth, type Auth } from '../auth/auth-context.js';
import { authoredIssuerIds, requireAuthor } from './catalog.policy.js';
import { bumpCatalogGeneration } from './catalog-cache.js';
import * as repo from './catalog.repository.js';
import { checkContent } from './content-problems.js';

type Ctx = Pick<Deps, 'db' | 'clock'>;

/** Starts a new micro-credential as a draft of the given issuer. */
export async function createMicroCredential(
  { db, clock }: Ctx,
  auth: Auth | null,
  input: { issuerId: string; slug: string; content: Record<string, unknown> },
): Promise<AuthoringView> {
  const a = requireAuthor(auth, input.issuerId);
  const issuer = await db
    .selectFrom('organizations')
    .select(['id', 'kind'])
    .where('id', '=', input.issuerId)
    .executeTakeFirst();
  if (!issuer || issuer.kind !== 'issuer')
    throw new AppError('VALIDATION_FAILED', 'issuerId is not an issuer organization.');
  if (await repo.findBySlug(db, input.issuerId, input.slug)) {
    throw new AppError('ALREADY_EXISTS', `This issuer already has a micro-credential at "${input.slug}".`);
  }
  const id = randomUUID();
  await repo.insertMicroCredential(db, {
    id,
    issuer_id: input.issuerId,
    slug: input.slug,
    draft_content: JSON.stringify(input.content),
    created_by: a.userId,
    at: clock.now().toISOString(),
  });
  return getAuthoringView({ db }, a, id);
}

/** Loads a micro-credential for its authors; anyone else gets NOT_FOUND for drafts. */
async function loadForAuthor(db: Deps['db'], auth: Auth | null, id: string) {
  const a = requireAuth(auth);
  const mc = await repo.findMicroCredential(db, id);
  if (!mc) throw notFound('That micro-credential');
  requireAuthor(a, mc.issuer_id);
  return mc;
}

export async function getAuthoringView(
  { db }: Pick<Deps, 'db'>,
  auth: Auth | null,
  id: string,
): Promise<AuthoringView> {
  const mc = await loadForAuthor(db, auth, id);
  const issuer = await db
    .selectFrom('organizations')
    .select(['id', 'name', 'slug'])
    .where('id', '=', mc.issuer_id)
    .executeTakeFirstOrThrow();
  const versions = await repo.listVersions(db, id);
  const current = versions.find((v) => v.is_current === 1);
  const draft = mc.draft_content
    ? (JSON.parse(mc.draft_content) as Record<string, unknown>)
    : current
      ? (JSON.parse(current.content) as Record<string, unknown>)
      : null;
  const check = draft
    ? checkContent(draft)
    : { ok: false as const, problems: [{ path: '', message: 'nothing written yet' }] };
  return {
    id: mc.id,
    slug: mc.slug,
    title: typeof draft?.title === 'string' && draft.title ? draft.title : (current?.title ?? mc.slug),
    status: mc.status,
    issuer,
    currentVersion: current ? Number(current.version) : null,
    hasDraft: mc.draft_content !== null,
    updatedAt: mc.updated_at,
    draft,
    draftUpdatedAt: mc.draft_updated_at,
    problems: check.ok ? [] : check.problems,
    versions: versions.map((v) => ({
      id: v.id,
      version: Number(v.version),
      title: v.title,
      publishedAt: v.published_at,
    })),
  };
}

export async function listAuthored({ db }: Pick<Deps, 'db'>, auth: Auth | null) {
  const a = requireAuth(auth);
  const issuerIds = isPlatformAdmin(a)
    ? (await db.selectFrom('organizations').select('id').where('kind', '=', 'issuer').execute()).map(
        (r) => r.id,
      )
    : authoredIssuerIds(a);
  if (!issuerIds.length) throw new AppError('FORBIDDEN', 'Only issuer admins author micro-credentials.');
  const rows = await repo.listForIssuers(db, issuerIds);
  return rows.map((r) => {
    const draftTitle = r.draft_content
      ? (JSON.parse(r.draft_content) as { title?: unknown }).title
      : undefined;
    return {
      id: r.id,
      slug: r.slug,
      title: typeof draftTitle === 'string' && draftTitle ? draftTitle : (r.version_title ?? r.slug),
      status: r.status,
      issuer: { id: r.issuer_id, name: r.issuer_name, slug: r.issuer_slug },
      currentVersion: r.version === null ? null : Number(r.version),
      hasDraft: r.draft_content !== null,
      updatedAt: r.updated_at,
    };
  });
}

export async function saveMicroCredentialDraft(
  { db, clock }: Ctx,
  auth: Auth | null,
  id: string,
  content: Record<string, unknown>,
  baseUpdatedAt?: string,
): Promise<AuthoringView> {
  await loadForAuthor(db, auth, id);
  // Two admins editing one micro-credential must not overwrite each other silently.
  if (!(await repo.saveDraft(db, id, JSON.stringify(content), clock.now().toISOString(), baseUpdatedAt))) {
    const now = await repo.findMicroCredential(db, id);
    throw new AppError(
      'STALE_VERSION',
      'Someone else saved changes to this micro-credential after you opened it. Your edits are still on this page: copy what you need, then reload to see theirs.',
      { updatedAt: now?.updated_at },
    );
  }
  return getAuthoringView({ db }, auth, id);
}

export async function retireMicroCredential(
  { db, clock, catalogCache }: Ctx & Pick<Deps, 'catalogCache'>,
  auth: Auth | null,
  id: string,
): Promise<AuthoringView> {
  await db.transaction().execute(async (trx) => {
    const mc = await loadForAuthor(trx, auth, id);
    if (mc.status !== 'published')
      throw new AppError('INVALID_STATE', 'Only a published micro-credential can be retired.');
    await repo.setStatus(trx, id, 'retired', clock.now().toISOString());
    await bumpCatalogGeneration(trx);
  });
  catalogCache.invalidate();
  return getAuthoringView({ db }, auth, id);
}

export { loadForAuthor };
