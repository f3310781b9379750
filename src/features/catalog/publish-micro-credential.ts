import { randomUUID } from 'node:crypto';
import type { AuthoringView } from '../../contracts/catalog.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import type { Auth } from '../auth/auth-context.js';
import { getAuthoringView, loadForAuthor } from './author-micro-credential.js';
import { bumpCatalogGeneration } from './catalog-cache.js';
import * as repo from './catalog.repository.js';
import { checkContent, searchTextOf } from './content-problems.js';

/**
 * Publishes the draft as a new, immutable version. Credentials already issued keep pointing at
 * the version they were earned under; submissions in progress keep theirs too.
 */
export async function publishMicroCredential(
  { db, dialect, clock, catalogCache }: Pick<Deps, 'db' | 'dialect' | 'clock' | 'catalogCache'>,
  auth: Auth | null,
  id: string,
): Promise<AuthoringView> {
  await db.transaction().execute(async (trx) => {
    const mc = await loadForAuthor(trx, auth, id);
    if (mc.draft_content === null)
      throw new AppError('INVALID_STATE', 'There are no unpublished changes to publish.');
    const check = checkContent(JSON.parse(mc.draft_content));
    if (!check.ok) {
      throw new AppError(
        'INCOMPLETE_SUBMISSION',
        'The draft is not complete yet; fix the listed problems and publish again.',
        {
          problems: check.problems,
        },
      );
    }
    const c = check.content;
    const published = await repo.insertCurrentVersion(
      trx,
      dialect,
      {
        id: randomUUID(),
        micro_credential_id: id,
        version: (await repo.latestVersionNumber(trx, id)) + 1,
        content: JSON.stringify(c),
        title: c.title,
        summary: c.summary,
        topic: c.topic,
        subject: c.subject,
        grade_band: c.gradeBand,
        credit_hours: c.creditHours,
        estimated_hours: c.estimatedHours,
        price_cents: c.priceCents,
        issuer_id: mc.issuer_id,
        search_text: searchTextOf(c),
        published_at: clock.now().toISOString(),
        published_by: auth!.userId,
      },
      mc.updated_at,
    );
    if (!published) {
      throw new AppError(
        'STALE_VERSION',
        'The draft changed while it was being published; review the latest changes and publish again.',
      );
    }
    await bumpCatalogGeneration(trx);
  });
  catalogCache.invalidate();
  return getAuthoringView({ db }, auth, id);
}
