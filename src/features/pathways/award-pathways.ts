import type { Queryable } from '../../db/database.js';
import { inGoodStanding, pathwayProgress, type HeldCredential } from '../../domain/pathway-progress.js';
import type { Deps } from '../../server/deps.js';
import { notify } from '../notifications/notify.js';
import { issueStackedCredential } from './issue-stacked-credential.js';
import { itemsByPathway } from './pathways.presenter.js';
import * as repo from './pathways.repository.js';

type Ctx = Pick<Deps, 'config' | 'clock' | 'secret' | 'dialect'>;

export const heldOf = (
  rows: Awaited<ReturnType<typeof repo.heldCredentials>>,
): (HeldCredential & { id: string })[] =>
  rows.map((r) => ({
    id: r.id,
    microCredentialId: r.micro_credential_id!,
    issuedAt: r.issued_at,
    status: r.status,
    validUntil: r.valid_until,
  }));

/**
 * After the educator earned `microCredentialId` (inside the decision's transaction), or after a
 * suspended credential of it is valid again: every published pathway holding it that is now
 * complete is recorded once in `pathway_completions` (its primary key decides, `on conflict do
 * nothing`), and only the call that recorded it issues the stacked credential and tells the
 * educator. The educator's row is locked first, so of two decisions completing the last two parts
 * at once, the later one waits and sees the earlier one's credential (PostgreSQL; SQLite serializes
 * writing transactions anyway). Returns the ids of the stacked credentials issued.
 */
export async function awardPathways(
  db: Queryable,
  ctx: Ctx,
  input: { educatorId: string; microCredentialId: string },
): Promise<string[]> {
  await repo.lockUser(db, ctx.dialect, input.educatorId);
  return awardCompleted(
    db,
    ctx,
    input.educatorId,
    await repo.publishedContaining(db, input.microCredentialId),
  );
}

/** Educators handled per batch when a pathway is published. */
const PUBLISH_BATCH = 100;

/**
 * When a pathway is published (inside its transaction): everyone who already holds a valid
 * credential of any of its micro-credentials and now meets its rule is awarded it, walking the
 * holders in batches. Each award happens once, as for a decision. Returns how many were awarded.
 */
export async function awardPublishedPathway(db: Queryable, ctx: Ctx, pathwayId: string): Promise<number> {
  const pathway = await repo.findPathway(db, pathwayId);
  if (pathway?.status !== 'published') return 0;
  const parts = (await repo.itemsOf(db, [pathwayId])).map((i) => i.micro_credential_id);
  let awarded = 0;
  let after: string | null = null;
  for (;;) {
    const batch = await repo.holdersOf(db, parts, after, PUBLISH_BATCH);
    for (const educatorId of batch) {
      await repo.lockUser(db, ctx.dialect, educatorId);
      awarded += (await awardCompleted(db, ctx, educatorId, [pathway])).length;
    }
    if (batch.length < PUBLISH_BATCH) return awarded;
    after = batch[batch.length - 1]!;
  }
}

/** Awards each of these published pathways the educator has completed and not yet been awarded. */
async function awardCompleted(
  db: Queryable,
  ctx: Ctx,
  educatorId: string,
  candidates: repo.PathwayRow[],
): Promise<string[]> {
  if (!candidates.length) return [];
  const already = new Set((await repo.completionsOf(db, educatorId)).map((c) => c.pathway_id));
  const open = candidates.filter((p) => !already.has(p.id));
  if (!open.length) return [];
  const items = itemsByPathway(
    await repo.itemsOf(
      db,
      open.map((p) => p.id),
    ),
  );
  const held = heldOf(await repo.heldCredentials(db, educatorId));
  const now = ctx.clock.now();
  const at = now.toISOString();
  const issued: string[] = [];
  for (const pathway of open) {
    const pathItems = items.get(pathway.id) ?? [];
    const progress = pathwayProgress(
      {
        rule: pathway.rule,
        requiredCount: pathway.required_count,
        ordered: pathway.ordered === 1,
        items: pathItems.map((i) => i.micro_credential_id),
      },
      held,
      now,
    );
    if (!progress.complete) continue;
    const recorded = await repo.insertCompletion(db, {
      pathway_id: pathway.id,
      user_id: educatorId,
      district_id: await repo.districtOf(db, educatorId),
      role_title: pathway.role_title,
      pay_step: pathway.pay_step,
      completed_at: at,
    });
    if (!recorded) continue;
    const counted = new Set(progress.items.filter((i) => i.counts).map((i) => i.microCredentialId));
    const parts = pathItems
      .filter((i) => counted.has(i.micro_credential_id))
      .map((i) => {
        const credential = held
          .filter((c) => c.microCredentialId === i.micro_credential_id && inGoodStanding(c, now))
          .sort((a, b) => a.issuedAt.localeCompare(b.issuedAt))[0]!;
        return {
          title: i.title ?? i.slug,
          microCredentialId: i.micro_credential_id,
          credentialId: credential.id,
        };
      });
    const issuer = await db
      .selectFrom('organizations')
      .select(['id', 'name', 'slug', 'description', 'email'])
      .where('id', '=', pathway.issuer_id)
      .executeTakeFirstOrThrow();
    const educator = await db
      .selectFrom('users')
      .select(['id', 'email'])
      .where('id', '=', educatorId)
      .executeTakeFirstOrThrow();
    const credentialId = await issueStackedCredential(db, ctx, {
      pathway,
      issuer,
      educator,
      parts,
      items: pathItems.map((i) => ({ title: i.title ?? i.slug, microCredentialId: i.micro_credential_id })),
    });
    await repo.setCompletionCredential(db, pathway.id, educatorId, credentialId);
    const leadsTo = [pathway.role_title, pathway.pay_step].filter(Boolean).join(', ');
    await notify(db, at, {
      userId: educatorId,
      kind: 'pathway.completed',
      title: `You completed ${pathway.title}`,
      body: `Your stacked credential for ${pathway.title} is ready${leadsTo ? ` (${leadsTo})` : ''}.`,
      link: '/pathways',
    });
    issued.push(credentialId);
  }
  return issued;
}
