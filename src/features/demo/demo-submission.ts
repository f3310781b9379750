import type { DemoResponse } from '../../../demo/types.js';
import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { Deps } from '../../server/deps.js';
import type { Auth } from '../auth/auth-context.js';
import { getSubmission } from '../submissions/get-submission.js';
import { addArtifact } from '../submissions/manage-artifacts.js';
import { saveSubmissionDraft } from '../submissions/save-submission-draft.js';

/**
 * Writes a demo response into a submission's draft as the educator would: answers, attestation,
 * then each artifact. `partial` stops after Part 1 and a first artifact (work in progress).
 */
export async function fillDraft(
  deps: Deps,
  educator: Auth,
  id: string,
  r: DemoResponse,
  content: MicroCredentialContent,
  opts: { partial: boolean; skipArtifacts?: boolean },
) {
  const current = (await getSubmission(deps, educator, id)).current;
  const part3 = opts.partial ? {} : r.part3;
  await saveSubmissionDraft(deps, educator, id, {
    revision: current.revision,
    answers: { part1: r.part1, part3 },
    attestation: { ownWork: !opts.partial, studentPrivacy: !opts.partial },
  });
  if (opts.skipArtifacts) return;
  for (const req of content.requirements.part2.artifacts) {
    for (const a of (r.part2[req.id] ?? []).slice(0, opts.partial ? 1 : undefined)) {
      const input =
        a.kind === 'text'
          ? { kind: 'text' as const, requirementId: req.id, title: a.title, text: a.text! }
          : { kind: 'link' as const, requirementId: req.id, title: a.title, url: a.url! };
      await addArtifact(deps, educator, id, input);
    }
    if (opts.partial) break;
  }
}
