import type { Deps } from '../../server/deps.js';
import type { Auth } from '../auth/auth-context.js';
import { requirementOf } from './artifact-rules.js';
import { loadOwnSubmission, lockEditable } from './own-submission.js';
import * as repo from './submissions.repository.js';

/** After the last one, so positions (and the neutral names built from them) never repeat. */
export const nextPosition = (existing: { position: number }[]) =>
  Math.max(-1, ...existing.map((a) => a.position)) + 1;

/**
 * The draft attempt, locked for this transaction (so a submit cannot slip in between the check and
 * the write), with the requirement and what it already holds.
 */
export async function editableWithRequirement(
  db: Deps['db'],
  auth: Auth | null,
  id: string,
  requirementId: string,
  at: string,
) {
  const own = await loadOwnSubmission(db, auth, id);
  const attempt = await lockEditable(db, own, at);
  const req = requirementOf(own.content, requirementId);
  const existing = (await repo.listArtifacts(db, attempt.id)).filter(
    (a) => a.requirement_id === requirementId,
  );
  return { attempt, req, existing };
}
