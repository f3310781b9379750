import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { ReviewSummary, ReviewView, Score } from '../../contracts/reviews.js';
import type { ArtifactsTable } from '../../db/schema.js';
import { neutralFilename } from '../submissions/artifact-rules.js';
import { presentArtifact } from '../submissions/submissions.presenter.js';
import type { QueueRow, ReviewRow } from './reviews.repository.js';

/** What an assessor sees in the queue: the work, never the person. */
export const presentReviewSummary = (r: QueueRow, now: Date): ReviewSummary => ({
  id: r.id,
  status: r.status,
  kind: r.kind,
  doubleScored: r.kind === 'second' || (r.kind === 'primary' && Number(r.double_scored) === 1),
  assignedAt: r.assigned_at,
  dueAt: r.due_at,
  overdue: r.status === 'assigned' && r.due_at !== null && r.due_at < now.toISOString(),
  submittedAt: r.submitted_at,
  // The day only: the exact moment would match the credential's issue time on its public page.
  completedAt: r.completed_at?.slice(0, 10) ?? null,
  attemptNumber: r.attempt_number,
  decision: r.decision,
  microCredential: {
    id: r.micro_credential_id,
    title: r.title,
    version: Number(r.version),
    issuer: { id: r.issuer_id, name: r.issuer_name, slug: r.issuer_slug },
  },
});

/**
 * Parts 1 and 3 as written. The public summary is left out: it will be published beside the
 * educator's name, so an assessor could search for it and learn who wrote the evidence.
 */
function blindAnswers(stored: string): ReviewView['evidence']['answers'] {
  const { part1, part3 } = JSON.parse(stored) as ReviewView['evidence']['answers'];
  return { part1, part3 };
}

/** What the review screen needs beyond the review itself. */
export interface ReviewExtras {
  now: Date;
  artifacts: ArtifactsTable[];
  earlier: { number: number; scores: string }[];
  appealReason: string | null;
  feedbackTemplates: { id: string; criterion_id: string; text: string }[];
  minNotYetFeedback: number;
}

/**
 * The evidence as an assessor sees it: answers without the public summary, files under neutral
 * names (a title copied from the file's own name could unblind the review).
 */
export const blindEvidence = (answers: string, artifacts: ArtifactsTable[]): ReviewView['evidence'] => ({
  answers: blindAnswers(answers),
  artifacts: artifacts.map((a) =>
    presentArtifact({
      ...a,
      filename: a.filename && neutralFilename(a),
      title: a.filename && a.title === a.filename ? neutralFilename(a) : a.title,
    }),
  ),
});

export function presentReview(r: ReviewRow, x: ReviewExtras): ReviewView {
  const { artifacts, earlier } = x;
  const summary = presentReviewSummary(r, x.now);
  return {
    ...summary,
    microCredential: { ...summary.microCredential, content: JSON.parse(r.content) as MicroCredentialContent },
    resubmissionNote: r.resubmission_note,
    evidence: blindEvidence(r.answers, artifacts),
    scores: JSON.parse(r.scores) as Score[],
    appealReason: x.appealReason,
    feedbackTemplates: x.feedbackTemplates.map((t) => ({
      id: t.id,
      criterionId: t.criterion_id,
      text: t.text,
    })),
    minNotYetFeedback: x.minNotYetFeedback,
    previousFeedback: earlier.map((e) => ({
      attemptNumber: e.number,
      scores: JSON.parse(e.scores) as Score[],
    })),
  };
}
