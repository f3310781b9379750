import type { z } from 'zod';
import type { SaveDraftBody } from '../../contracts/submissions.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import type { Auth } from '../auth/auth-context.js';
import { writeDraftVersion } from './draft-versions.js';
import { loadOwnSubmission, requireEditable } from './own-submission.js';
import * as repo from './submissions.repository.js';

type Input = z.infer<typeof SaveDraftBody>;

/**
 * An autosave. It applies only if no other tab or device saved since `revision`; otherwise it
 * fails with STALE_VERSION carrying what the server has, so the page can show both texts. Every
 * save is kept as a version in the draft's history, in the same transaction.
 */
export async function saveSubmissionDraft(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
  id: string,
  input: Input,
) {
  return db.transaction().execute(async (trx) => {
    const own = await loadOwnSubmission(trx, auth, id);
    const attempt = requireEditable(own);
    const answers = JSON.parse(attempt.answers) as {
      part1: Record<string, string>;
      part3: Record<string, string>;
      publicSummary?: string;
    };
    const known = {
      part1: new Set(own.content.requirements.part1.questions.map((q) => q.id)),
      part3: new Set(own.content.requirements.part3.questions.map((q) => q.id)),
    };
    for (const part of ['part1', 'part3'] as const) {
      for (const [qid, text] of Object.entries(input.answers?.[part] ?? {})) {
        if (!known[part].has(qid))
          throw new AppError('VALIDATION_FAILED', `${part} has no question "${qid}".`);
        answers[part][qid] = text;
      }
    }
    const summary = input.answers?.publicSummary;
    if (summary !== undefined) {
      if (summary.trim() === '') delete answers.publicSummary;
      else answers.publicSummary = summary;
    }
    const attestation = { ...(JSON.parse(attempt.attestation) as object), ...input.attestation };
    const at = clock.now().toISOString();
    const revision = await writeDraftVersion(trx, {
      attempt,
      from: input.revision,
      content: {
        answers: JSON.stringify(answers),
        attestation: JSON.stringify(attestation),
        resubmission_note: input.resubmissionNote ?? attempt.resubmission_note,
      },
      at,
      by: own.auth.userId,
    });
    await repo.updateSubmission(trx, id, { updated_at: at });
    return { revision, updatedAt: at };
  });
}
