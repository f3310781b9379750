import {
  ArtifactPrivacy,
  type ArtifactView,
  type AttemptSummary,
  type CriterionFeedback,
  type SubmissionSummary,
  type SubmissionView,
} from '../../contracts/submissions.js';
import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { ArtifactsTable, AttemptsTable, ReviewsTable } from '../../db/schema.js';
import { canResubmit, resubmitDeadline } from '../../domain/submission-lifecycle.js';
import { badgeImagePath } from '../catalog/catalog.presenter.js';
import type { Score } from '../../contracts/reviews.js';
import { viewerFor } from './artifact-rules.js';

/** The stored checklist; anything unreadable counts as nothing ticked. */
function parsePrivacy(json: string): ArtifactPrivacy {
  try {
    return ArtifactPrivacy.parse(JSON.parse(json));
  } catch {
    return {};
  }
}

export const presentArtifact = (a: ArtifactsTable): ArtifactView => ({
  id: a.id,
  requirementId: a.requirement_id,
  kind: a.kind,
  title: a.title,
  text: a.text,
  url: a.url,
  file:
    a.blob_sha256 && a.filename
      ? {
          name: a.filename,
          contentType: a.content_type ?? 'application/octet-stream',
          size: Number(a.size_bytes ?? 0),
          downloadUrl: `/api/v1/artifacts/${a.id}/file`,
          thumbnailUrl: a.thumbnail_sha256 ? `/api/v1/artifacts/${a.id}/thumbnail` : null,
          viewer: viewerFor(a.content_type ?? ''),
        }
      : null,
  privacy: parsePrivacy(a.privacy),
  purged: a.purged_at !== null,
  createdAt: a.created_at,
});

export function presentFeedback(content: MicroCredentialContent, scores: Score[]): CriterionFeedback[] {
  return content.rubric.criteria.flatMap((c) => {
    const s = scores.find((x) => x.criterionId === c.id);
    const level = s && c.levels.find((l) => l.id === s.levelId);
    if (!s || !level) return [];
    return [
      {
        criterionId: c.id,
        criterionTitle: c.title,
        levelId: level.id,
        levelLabel: level.label,
        demonstrated: level.demonstrated,
        feedback: s.feedback,
      },
    ];
  });
}

export const presentAttempt = (
  a: AttemptsTable,
  content: MicroCredentialContent,
  review: ReviewsTable | undefined,
): AttemptSummary => ({
  number: a.number,
  status: a.status,
  submittedAt: a.submitted_at,
  decidedAt: a.decided_at,
  decision: a.decision,
  resubmissionNote: a.resubmission_note,
  feedback:
    a.status === 'decided' && review ? presentFeedback(content, JSON.parse(review.scores) as Score[]) : null,
});

type SummaryRow = {
  id: string;
  status: SubmissionView['status'];
  attempt_number: number;
  micro_credential_id: string;
  updated_at: string;
  submitted_at: string | null;
  decided_at: string | null;
  version_id: string;
  title: string;
  content: string;
  issuer_id: string;
  issuer_name: string;
  issuer_slug: string;
  credential_id: string | null;
};

export const presentSummary = (r: SummaryRow): SubmissionSummary => ({
  id: r.id,
  status: r.status,
  attemptNumber: r.attempt_number,
  maxAttempts: (JSON.parse(r.content) as MicroCredentialContent).maxAttempts,
  microCredential: {
    id: r.micro_credential_id,
    title: r.title,
    issuer: { id: r.issuer_id, name: r.issuer_name, slug: r.issuer_slug },
    imageUrl: badgeImagePath(r.version_id),
  },
  updatedAt: r.updated_at,
  submittedAt: r.submitted_at,
  decidedAt: r.decided_at,
  credentialId: r.credential_id,
});

const DECIDES_FIRST: ReviewsTable['kind'][] = ['appeal', 'adjudication', 'primary', 'second'];

/**
 * The review whose scores the educator reads for a decided attempt: the one that decided it (an
 * appeal, else an adjudication, else a scorer whose decision stands). Never an undecided one.
 */
function decidingReview(a: AttemptsTable, reviews: ReviewsTable[]) {
  if (a.status !== 'decided') return undefined;
  const deciding = reviews.filter((r) => r.attempt_id === a.id && r.decision === a.decision);
  return DECIDES_FIRST.map((kind) => deciding.find((r) => r.kind === kind)).find(Boolean);
}

export function presentSubmission(input: {
  /** The appeal of the current attempt, if any. */
  appeal?: {
    status: 'open' | 'upheld' | 'overturned';
    reason: string;
    created_at: string;
    decided_at: string | null;
  };
  summary: SubmissionSummary;
  version: { id: string; version: number };
  content: MicroCredentialContent;
  attempts: AttemptsTable[];
  reviews: ReviewsTable[];
  artifacts: ArtifactsTable[];
  now: Date;
  resubmitWindowDays: number;
  uploadLimits: SubmissionView['uploadLimits'];
}): SubmissionView {
  const { summary, content, attempts } = input;
  const current = attempts[attempts.length - 1]!;
  const resubmitBy =
    summary.status === 'not_yet' && summary.decidedAt
      ? resubmitDeadline(summary.decidedAt, input.resubmitWindowDays)
      : null;
  return {
    ...summary,
    microCredential: {
      ...summary.microCredential,
      versionId: input.version.id,
      version: Number(input.version.version),
      content,
    },
    canResubmit:
      canResubmit(summary.status, summary.attemptNumber, content.maxAttempts) &&
      (!resubmitBy || input.now <= resubmitBy),
    resubmitBy: resubmitBy?.toISOString() ?? null,
    attempts: attempts.map((a) => presentAttempt(a, content, decidingReview(a, input.reviews))),
    appeal: input.appeal
      ? {
          status: input.appeal.status,
          reason: input.appeal.reason,
          createdAt: input.appeal.created_at,
          decidedAt: input.appeal.decided_at,
        }
      : null,
    canAppeal:
      summary.status === 'not_yet' &&
      current.status === 'decided' &&
      current.decision === 'not_yet' &&
      !input.appeal,
    current: {
      id: current.id,
      number: current.number,
      status: current.status,
      editable: current.status === 'draft' && summary.status === 'in_progress',
      revision: current.revision,
      updatedAt: current.updated_at,
      answers: JSON.parse(current.answers) as SubmissionView['current']['answers'],
      attestation: JSON.parse(current.attestation) as SubmissionView['current']['attestation'],
      resubmissionNote: current.resubmission_note,
      artifacts: input.artifacts.map(presentArtifact),
      startedAt: current.created_at,
    },
    uploadLimits: input.uploadLimits,
  };
}
