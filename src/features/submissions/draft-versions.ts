import type { Queryable } from '../../db/database.js';
import type { AttemptsTable } from '../../db/schema.js';
import { revisionsToDrop } from '../../domain/draft-thinning.js';
import { AppError } from '../../server/errors.js';
import * as repo from './submissions.repository.js';

/** What a version of a draft holds, as stored (JSON text). */
export type DraftContent = Pick<AttemptsTable, 'answers' | 'attestation' | 'resubmission_note'>;

/** The server's copy, for a STALE_VERSION answer: the page shows it beside its own text. */
export const presentDraftContent = (row: DraftContent) => ({
  answers: JSON.parse(row.answers) as unknown,
  attestation: JSON.parse(row.attestation) as unknown,
  resubmissionNote: row.resubmission_note,
});

const STALE_MESSAGE =
  'This draft was changed in another tab or device. Both versions are kept: choose what to keep.';

/** STALE_VERSION carrying the draft as the server now has it (and anything else the caller adds). */
async function staleVersion(db: Queryable, attemptId: string, extra: Record<string, unknown>) {
  const now = (await repo.findAttempt(db, attemptId))!;
  return new AppError('STALE_VERSION', STALE_MESSAGE, {
    current: { revision: now.revision, updatedAt: now.updated_at, ...presentDraftContent(now) },
    ...extra,
  });
}

/**
 * Thinning reads the draft's whole history, so it runs on every tenth revision and on the first
 * save after a pause of a minute or more, not on every save. What it keeps never depends on when
 * it runs (see domain/draft-thinning.ts), and a new save never makes an older version droppable by
 * itself (only age does): in between, at most nine versions it would already drop wait for the
 * next run.
 */
export const THIN_EVERY = 10;
const THIN_AFTER_PAUSE_MS = 60_000;

/**
 * Makes `content` the draft of `attempt` if nobody saved since revision `from`, and keeps it as a
 * new version in the draft's history, thinning older versions (see THIN_EVERY) — all in the
 * caller's transaction. Otherwise throws STALE_VERSION with the server's text (plus `staleDetails`). `attempt` is the
 * draft as read in this transaction; the history starts with it if it holds nothing yet (a new
 * attempt's first save keeps the starting point, e.g. answers carried into a resubmission).
 * Returns the new revision.
 */
export async function writeDraftVersion(
  trx: Queryable,
  input: {
    attempt: AttemptsTable;
    from: number;
    content: DraftContent;
    at: string;
    by: string;
    staleDetails?: Record<string, unknown>;
  },
): Promise<number> {
  const { attempt, from, content, at } = input;
  // Read at another revision than the one named, the merge base would be wrong: refuse as stale.
  const saved =
    attempt.revision === from
      ? await repo.saveAttemptDraft(trx, attempt.id, from, {
          answers: content.answers,
          attestation: content.attestation,
          resubmission_note: content.resubmission_note,
          updated_at: at,
        })
      : undefined;
  if (!saved) throw await staleVersion(trx, attempt.id, input.staleDetails ?? {});

  const version = (revision: number, row: DraftContent, savedAt: string, by: string | null) =>
    repo.insertDraftRevision(trx, {
      attempt_id: attempt.id,
      revision,
      answers: row.answers,
      attestation: row.attestation,
      resubmission_note: row.resubmission_note,
      saved_at: savedAt,
      saved_by: by,
    });
  if (!saved.versioned) {
    await version(from, attempt, from === 0 ? attempt.created_at : attempt.updated_at, null);
  }
  await version(from + 1, content, at, input.by);
  if (
    (from + 1) % THIN_EVERY === 0 ||
    Date.parse(at) - Date.parse(attempt.updated_at) >= THIN_AFTER_PAUSE_MS
  ) {
    const history = await repo.listDraftRevisions(trx, attempt.id);
    const drop = revisionsToDrop(
      history.map((h) => ({ revision: h.revision, savedAt: h.saved_at })),
      new Date(at),
    );
    await repo.deleteDraftRevisions(trx, attempt.id, drop);
  }
  return from + 1;
}
