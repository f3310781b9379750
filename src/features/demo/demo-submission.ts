import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DemoArtifact, DemoResponse } from '../../../demo/types.js';
import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { Deps } from '../../server/deps.js';
import type { Auth } from '../auth/auth-context.js';
import { getSubmission } from '../submissions/get-submission.js';
import { attachFile } from '../evidence/attach-file.js';
import { addArtifact, updateArtifact } from '../submissions/manage-artifacts.js';
import { samplePdf, samplePhoto } from './sample-files.js';
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
      if (a.kind === 'text' || a.kind === 'link') {
        await addArtifact(deps, educator, id, { ...a, requirementId: req.id });
        continue;
      }
      await uploadDemoFile(deps, educator, id, req.id, a);
    }
    if (opts.partial) break;
  }
}

/** A file made on the spot, uploaded and checked for student privacy as the educator would. */
async function uploadDemoFile(
  deps: Deps,
  educator: Auth,
  id: string,
  requirementId: string,
  a: Extract<DemoArtifact, { kind: 'pdf' | 'photo' }>,
) {
  const bytes = a.kind === 'pdf' ? samplePdf(a.title, a.lines) : await samplePhoto(a.title, a.lines);
  const staged = path.join(deps.blobs.stagingDir('demo'), randomUUID());
  await fs.promises.writeFile(staged, bytes);
  const target = {
    submissionId: id,
    requirementId,
    filename: a.filename,
    declaredType: a.kind === 'pdf' ? 'application/pdf' : 'image/jpeg',
    title: a.title,
  };
  const artifact = await attachFile(deps, educator, target, { path: staged });
  await updateArtifact(deps, educator, id, artifact.id, {
    privacy: { noStudentNames: true, facesConsented: true },
  });
}
