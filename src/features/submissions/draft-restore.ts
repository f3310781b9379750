import type { Deps } from '../../server/deps.js';
import { notFound } from '../../server/errors.js';
import type { Auth } from '../auth/auth-context.js';
import { presentDraftContent, writeDraftVersion } from './draft-versions.js';
import { loadOwnSubmission, requireEditable } from './own-submission.js';
import * as repo from './submissions.repository.js';

/**
 * Makes a saved version the draft again, as a new revision: history is never rewritten, so the
 * text it replaces stays in the history too. `from` is the revision the page has; if the draft
 * was saved since, nothing changes and STALE_VERSION carries both texts (the server's and the
 * one being restored). A submitted attempt cannot be changed (INVALID_STATE).
 */
export async function restoreDraftVersion(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
  id: string,
  revision: number,
  from: number,
) {
  return db.transaction().execute(async (trx) => {
    const own = await loadOwnSubmission(trx, auth, id);
    const attempt = requireEditable(own);
    const version = await repo.findDraftRevision(trx, attempt.id, revision);
    if (!version) throw notFound('That saved version');
    const at = clock.now().toISOString();
    const next = await writeDraftVersion(trx, {
      attempt,
      from,
      content: version,
      at,
      by: own.auth.userId,
      staleDetails: {
        restoring: {
          revision: Number(version.revision),
          savedAt: version.saved_at,
          ...presentDraftContent(version),
        },
      },
    });
    await repo.updateSubmission(trx, id, { updated_at: at });
    return { revision: next, updatedAt: at };
  });
}
