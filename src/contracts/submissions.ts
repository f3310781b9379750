import { z } from 'zod';
import { IssuerRef, Problem } from './common.js';
import { MicroCredentialContent } from './micro-credential.js';

export const SUBMISSION_STATUSES = [
  'in_progress',
  'submitted',
  'in_review',
  'earned',
  'not_yet',
  'withdrawn',
] as const;
export const SubmissionStatus = z.enum(SUBMISSION_STATUSES);

const MAX_ANSWER = 40_000;
/** A short account of the evidence the educator chooses to publish with the credential. */
export const PUBLIC_SUMMARY_MAX = 1000;
export const Answers = z.object({
  part1: z.record(z.string().max(60), z.string().max(MAX_ANSWER)).default({}),
  part3: z.record(z.string().max(60), z.string().max(MAX_ANSWER)).default({}),
  publicSummary: z.string().max(PUBLIC_SUMMARY_MAX).optional(),
});
export type Answers = z.infer<typeof Answers>;

export const Attestation = z.object({ ownWork: z.boolean(), studentPrivacy: z.boolean() });
export type Attestation = z.infer<typeof Attestation>;

/**
 * The educator's privacy checklist for one piece of evidence; every file must have both ticked
 * before the attempt can be submitted.
 */
export const ArtifactPrivacy = z.object({
  /** No student names or other identifying details can be seen or heard. */
  noStudentNames: z.boolean().optional(),
  /** No student faces, or media consent is on file for every student shown. */
  facesConsented: z.boolean().optional(),
});
export type ArtifactPrivacy = z.infer<typeof ArtifactPrivacy>;

/** How a browser shows a file: inline viewers for safe types, a download for everything else. */
export const FileViewer = z.enum(['image', 'pdf', 'video', 'audio', 'download']);
export type FileViewer = z.infer<typeof FileViewer>;

export const ArtifactView = z.object({
  id: z.string(),
  requirementId: z.string(),
  kind: z.enum(['text', 'link', 'file', 'video']),
  title: z.string(),
  text: z.string().nullable(),
  url: z.string().nullable(),
  file: z
    .object({
      name: z.string(),
      contentType: z.string(),
      size: z.number(),
      downloadUrl: z.string(),
      /** A small JPEG for images; null for other files. */
      thumbnailUrl: z.string().nullable(),
      viewer: FileViewer,
    })
    .nullable(),
  privacy: ArtifactPrivacy,
  /** The evidence was deleted under the organization's retention rule; the record stays. */
  purged: z.boolean(),
  createdAt: z.string(),
});
export type ArtifactView = z.infer<typeof ArtifactView>;

export const CriterionFeedback = z.object({
  criterionId: z.string(),
  criterionTitle: z.string(),
  levelId: z.string(),
  levelLabel: z.string(),
  demonstrated: z.boolean(),
  feedback: z.string(),
});
export type CriterionFeedback = z.infer<typeof CriterionFeedback>;

export const AttemptSummary = z.object({
  number: z.number(),
  status: z.enum(['draft', 'submitted', 'decided']),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decision: z.enum(['earned', 'not_yet']).nullable(),
  resubmissionNote: z.string().nullable(),
  /** Per-criterion scores and feedback, once decided. */
  feedback: z.array(CriterionFeedback).nullable(),
});
export type AttemptSummary = z.infer<typeof AttemptSummary>;

export const SubmissionSummary = z.object({
  id: z.string(),
  status: SubmissionStatus,
  attemptNumber: z.number(),
  maxAttempts: z.number(),
  microCredential: z.object({ id: z.string(), title: z.string(), issuer: IssuerRef, imageUrl: z.string() }),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  credentialId: z.string().nullable(),
});
export type SubmissionSummary = z.infer<typeof SubmissionSummary>;

export const SubmissionView = SubmissionSummary.extend({
  microCredential: z.object({
    id: z.string(),
    title: z.string(),
    issuer: IssuerRef,
    imageUrl: z.string(),
    versionId: z.string(),
    version: z.number(),
    content: MicroCredentialContent,
  }),
  /** Whether a "not yet" may be answered with another attempt. */
  canResubmit: z.boolean(),
  /** After "not yet": the last moment another attempt may be started. */
  resubmitBy: z.string().nullable(),
  /** Whether the current attempt's "not yet" may still be appealed (once per attempt). */
  canAppeal: z.boolean(),
  /** The appeal of the current attempt: a senior assessor decides, and that is final. */
  appeal: z
    .object({
      status: z.enum(['open', 'upheld', 'overturned']),
      reason: z.string(),
      createdAt: z.string(),
      decidedAt: z.string().nullable(),
    })
    .nullable(),
  attempts: z.array(AttemptSummary),
  /** The attempt being written (a draft) or the latest one sent. */
  current: z.object({
    id: z.string(),
    number: z.number(),
    status: z.enum(['draft', 'submitted', 'decided']),
    editable: z.boolean(),
    revision: z.number(),
    updatedAt: z.string(),
    answers: Answers,
    attestation: Attestation,
    resubmissionNote: z.string().nullable(),
    artifacts: z.array(ArtifactView),
    /** When this attempt began; evidence carried forward from the previous attempt has this time too. */
    startedAt: z.string(),
  }),
  /** The largest file of each kind this server takes, in bytes (audio counts as video). */
  uploadLimits: z.object({ video: z.number(), image: z.number(), document: z.number() }),
});
export type SubmissionView = z.infer<typeof SubmissionView>;

export const StartSubmissionBody = z.object({
  microCredentialId: z.string().min(1).max(100),
  /** Start a paid micro-credential when no funded seat is left, paying for it yourself. */
  selfPay: z.boolean().optional(),
});

/** An autosave: only the fields given change. `revision` is the one the client started from. */
export const SaveDraftBody = z.object({
  revision: z.number().int().min(0).max(2_147_483_647),
  answers: z
    .object({
      part1: z.record(z.string().max(60), z.string().max(MAX_ANSWER)).optional(),
      part3: z.record(z.string().max(60), z.string().max(MAX_ANSWER)).optional(),
      /** Shown on the credential if earned; an empty text removes it. */
      publicSummary: z.string().max(PUBLIC_SUMMARY_MAX).optional(),
    })
    .optional(),
  attestation: Attestation.partial().optional(),
  resubmissionNote: z.string().max(10_000).optional(),
});
export const SaveDraftResult = z.object({ revision: z.number(), updatedAt: z.string() });

export const AddArtifactBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    requirementId: z.string().min(1).max(60),
    title: z.string().trim().min(1).max(200),
    text: z.string().trim().min(1).max(MAX_ANSWER),
  }),
  z.object({
    kind: z.literal('link'),
    requirementId: z.string().min(1).max(60),
    title: z.string().trim().min(1).max(200),
    url: z
      .url({ protocol: /^https?$/, message: 'enter a full web address starting with https://' })
      .max(2000),
  }),
]);

export const UpdateArtifactBody = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  text: z.string().trim().min(1).max(MAX_ANSWER).optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  privacy: ArtifactPrivacy.optional(),
});

export const SubmitResult = z.object({ status: SubmissionStatus });
export const IncompleteProblems = z.object({ problems: z.array(Problem) });

export const ResubmitBody = z.object({
  note: z.string().trim().min(10, 'say in a sentence or two what you changed').max(10_000),
});

/** The longest answer to one question, in characters (about 6,000 words). */
export const ANSWER_MAX_CHARS = MAX_ANSWER;
/** The largest autosave body the server reads, in bytes. */
export const DRAFT_SAVE_MAX_BYTES = 1024 * 1024;

/**
 * An autosave over HTTP: the revision it started from is `revision` here or the `If-Match`
 * header (`"12"`, `W/"12"` or `12`); when both are given they must agree.
 */
export const SaveDraftRequest = SaveDraftBody.extend({
  revision: SaveDraftBody.shape.revision.optional(),
});

/** One saved version of a draft in its history. */
export const DraftVersionSummary = z.object({
  revision: z.number(),
  savedAt: z.string(),
  /** Words in the answers to Parts 1 and 3. */
  words: z.number(),
});
export type DraftVersionSummary = z.infer<typeof DraftVersionSummary>;

/** A draft's history, newest first (thinned: every save of the last minutes, then fewer). */
export const DraftVersionList = z.object({ items: z.array(DraftVersionSummary) });

/** One saved version in full, to preview before restoring it. */
export const DraftVersionView = DraftVersionSummary.extend({
  answers: Answers,
  attestation: Attestation,
  resubmissionNote: z.string().nullable(),
});
export type DraftVersionView = z.infer<typeof DraftVersionView>;

/** Restores a saved version as a new revision; `revision` (or `If-Match`) is the draft's current one. */
export const RestoreDraftBody = z.object({
  revision: SaveDraftBody.shape.revision.optional(),
});
