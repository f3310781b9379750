import { sameFields, type DraftFields, type ServerDraft, type TextPart } from './draft-merge.js';
import type { DraftPatch } from './submissions-api.js';

/**
 * The autosave PATCH for what changed since the server last confirmed: only the changed fields,
 * so a save from this tab never overwrites what another tab changed elsewhere. Answers go per
 * part (the server replaces the questions sent); the public summary goes as `answers.publicSummary`
 * (an empty text removes it). Null when there is nothing to send.
 */
export function buildDraftPatch(confirmed: ServerDraft, next: DraftFields): DraftPatch | null {
  const patch: DraftPatch = { revision: confirmed.revision };
  const before = confirmed.fields;
  const answers: NonNullable<DraftPatch['answers']> = {};
  const probe = (part: TextPart) =>
    !sameFields({ ...before, answers: { ...before.answers, [part]: next.answers[part] } }, before);
  if (probe('part1')) answers.part1 = next.answers.part1;
  if (probe('part3')) answers.part3 = next.answers.part3;
  if (before.publicSummary !== next.publicSummary) answers.publicSummary = next.publicSummary;
  if (Object.keys(answers).length) patch.answers = answers;
  if (
    before.attestation.ownWork !== next.attestation.ownWork ||
    before.attestation.studentPrivacy !== next.attestation.studentPrivacy
  ) {
    patch.attestation = next.attestation;
  }
  if (before.resubmissionNote !== next.resubmissionNote) patch.resubmissionNote = next.resubmissionNote;
  return patch.answers || patch.attestation || patch.resubmissionNote !== undefined ? patch : null;
}
