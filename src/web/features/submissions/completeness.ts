import type { MicroCredentialContent } from '../../../contracts/micro-credential.js';
import type { ArtifactView } from '../../../contracts/submissions.js';
import { findSubmissionProblems } from '../../../domain/submission-completeness.js';
import type { DraftFields } from './draft-merge.js';

export type Step = 'part1' | 'part2' | 'part3' | 'review';

/** Something missing before the attempt can be submitted, and which step it belongs to. */
export type Gap = { step: Step; path: string; message: string };

/** Which step a problem path (e.g. "part1.class-context", "attestation.ownWork") is about. */
export function stepOfPath(path: string): Step {
  if (/^(answers\.)?part1\b/.test(path)) return 'part1';
  if (/^(answers\.)?part2\b|artifact/.test(path)) return 'part2';
  if (/^(answers\.)?part3\b/.test(path)) return 'part3';
  return 'review';
}

/**
 * The server's own completeness rules (src/domain), run on what is typed now, so the educator
 * sees every gap before submitting. The server checks again on submit.
 */
export function findGaps(
  content: MicroCredentialContent,
  fields: DraftFields,
  artifacts: readonly ArtifactView[],
  attemptNumber: number,
): Gap[] {
  return findSubmissionProblems(content, {
    answers: fields.answers,
    artifacts: artifacts.map((a) => ({
      requirementId: a.requirementId,
      kind: a.kind,
      title: a.title,
      text: a.text,
      privacy: a.privacy,
      isFile: a.file !== null,
    })),
    attestation: fields.attestation,
    attemptNumber,
    resubmissionNote: fields.resubmissionNote,
  }).map((p) => ({ ...p, step: stepOfPath(p.path) }));
}

export const stepDone = (step: Step, gaps: readonly Gap[]) => !gaps.some((g) => g.step === step);
