import { z } from 'zod';
import { Id } from './common.js';
import { MicroCredentialContent } from './micro-credential.js';
import { ReviewKind, Score } from './reviews.js';
import { Answers, ArtifactView } from './submissions.js';

/** 'YYYY-MM-DD'. */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** How an issuer runs assessment. */
export const AssessmentSettings = z.object({
  slaBusinessDays: z.number().int().min(1).max(60),
  graceBusinessDays: z.number().int().min(0).max(30),
  holidays: z.array(Day).max(400),
  doubleScorePercent: z.number().int().min(0).max(100),
  doubleScoreFirst: z.number().int().min(0).max(1000),
  calibrationMinPercent: z.number().int().min(0).max(100),
  recalibrationBelowPercent: z.number().int().min(0).max(100),
  resubmissionRouting: z.enum(['same', 'other']),
  minNotYetFeedback: z.number().int().min(0).max(2000),
});
export type AssessmentSettings = z.infer<typeof AssessmentSettings>;

export const QualificationStatus = z.enum(['calibrating', 'qualified', 'recalibrating', 'removed']);

/** A member of the assessor pool, for the issuer admin's assessor management. */
export const PoolMember = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  active: z.boolean(),
  capacity: z.number(),
  senior: z.boolean(),
  awayFrom: z.string().nullable(),
  awayUntil: z.string().nullable(),
  openReviews: z.number(),
  overdueReviews: z.number(),
  qualifications: z.array(
    z.object({
      microCredentialId: z.string(),
      title: z.string(),
      /** `implicit`: the micro-credential has no anchors yet, so every pool member may score it. */
      status: z.union([QualificationStatus, z.literal('implicit')]),
      agreementPercent: z.number().nullable(),
    }),
  ),
});
export type PoolMember = z.infer<typeof PoolMember>;

export const UpdateAssessorBody = z
  .object({
    capacity: z.number().int().min(0).max(200),
    senior: z.boolean(),
    awayFrom: z.iso.datetime().nullable(),
    awayUntil: z.iso.datetime().nullable(),
  })
  .refine((b) => !b.awayFrom || !b.awayUntil || b.awayFrom < b.awayUntil, {
    message: 'The away period must end after it starts.',
    path: ['awayUntil'],
  });

export const SetQualificationBody = z.object({ status: z.enum(['qualified', 'calibrating', 'removed']) });

/** An open or waiting review, for the issuer admin (no educator identity here either). */
export const OpenReview = z.object({
  id: z.string(),
  /** Waiting in the backlog (no assessor yet) or assigned. */
  state: z.enum(['waiting', 'assigned']),
  kind: ReviewKind,
  microCredential: z.object({ id: z.string(), title: z.string() }),
  attemptId: z.string(),
  attemptNumber: z.number(),
  assessor: z.object({ id: z.string(), name: z.string() }).nullable(),
  since: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
});
export type OpenReview = z.infer<typeof OpenReview>;

export const ReassignBody = z.object({
  /** A named assessor, checked against every assignment rule; omitted: the next eligible one. */
  toAssessorId: Id.nullable().optional(),
  reason: z.string().trim().min(5).max(500),
});

const Stats = z.object({
  count: z.number(),
  medianBusinessDays: z.number().nullable(),
  p90BusinessDays: z.number().nullable(),
  onTimeShare: z.number().nullable(),
});
const Agreement = z.object({ pairs: z.number(), exact: z.number().nullable(), kappa: z.number().nullable() });

export const AssessmentDashboard = z.object({
  windowDays: z.number(),
  backlog: z.object({
    waiting: z.number(),
    open: z.number(),
    overdue: z.number(),
    oldestWaitingSince: z.string().nullable(),
    /** Where the backlog is, most first. */
    byMicroCredential: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        waiting: z.number(),
        open: z.number(),
        overdue: z.number(),
      }),
    ),
  }),
  turnaround: Stats,
  byAssessor: z.array(
    z.object({ id: z.string(), name: z.string() }).extend(Stats.shape).extend({ agreement: Agreement }),
  ),
  byMicroCredential: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      agreement: Agreement,
      /** Attempts reviewed in the window. */
      decided: z.number(),
    }),
  ),
  byCriterion: z.array(
    z.object({
      microCredentialId: z.string(),
      criterionId: z.string(),
      title: z.string(),
      agreement: Agreement,
    }),
  ),
  /** Completed reviews per week, on time and late, oldest first. */
  weekly: z.array(z.object({ weekStart: z.string(), onTime: z.number(), late: z.number() })),
});
export type AssessmentDashboard = z.infer<typeof AssessmentDashboard>;

export const AuditEntryView = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;
export const AuditQuery = z.object({
  /** Entries strictly older than this (ISO time), for the next page. */
  before: z.iso.datetime().optional(),
  /** With `before`: the id of the last entry seen, so entries written at the same instant are not skipped. */
  beforeId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const AnchorView = z.object({
  id: z.string(),
  microCredential: z.object({ id: z.string(), title: z.string() }),
  attemptId: z.string(),
  title: z.string(),
  referenceScores: z.array(Score),
  createdAt: z.string(),
  /** Pool members who scored it, with their agreement. */
  scoredBy: z.number(),
});
export type AnchorView = z.infer<typeof AnchorView>;
export const CreateAnchorBody = z.object({
  attemptId: Id,
  title: z.string().trim().min(3).max(120),
  referenceScores: z.array(Score).min(1).max(40),
});
/** A decided attempt the issuer may make an anchor of, with the scores that decided it. */
export const AnchorCandidate = z.object({
  attemptId: z.string(),
  microCredential: z.object({ id: z.string(), title: z.string() }),
  decision: z.enum(['earned', 'not_yet']),
  decidedAt: z.string(),
  scores: z.array(Score),
});

export type AnchorCandidate = z.infer<typeof AnchorCandidate>;

export const FeedbackTemplate = z.object({ id: z.string(), criterionId: z.string(), text: z.string() });
export const CreateFeedbackTemplateBody = z.object({
  criterionId: z.string().min(1).max(60),
  text: z.string().trim().min(10).max(2000),
});

/** An assessor's calibration work: per micro-credential, the anchors to score. */
export const CalibrationTask = z.object({
  microCredential: z.object({ id: z.string(), title: z.string(), issuerName: z.string() }),
  status: z.union([QualificationStatus, z.literal('unscored')]),
  agreementPercent: z.number().nullable(),
  requiredPercent: z.number(),
  anchors: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      scored: z.boolean(),
      agreementPercent: z.number().nullable(),
    }),
  ),
});
export type CalibrationTask = z.infer<typeof CalibrationTask>;

/** An anchor as an assessor scores it: blind evidence and the rubric; never the reference scores. */
export const CalibrationAnchorView = z.object({
  id: z.string(),
  title: z.string(),
  microCredential: z.object({ id: z.string(), title: z.string(), content: MicroCredentialContent }),
  evidence: z.object({ answers: Answers, artifacts: z.array(ArtifactView) }),
  myScores: z.array(Score),
});
export const CalibrationResult = z.object({
  agreementPercent: z.number(),
  complete: z.boolean(),
  qualified: z.boolean(),
  meanPercent: z.number().optional(),
});

export const AppealBody = z.object({ reason: z.string().max(4000) });
export const AppealResult = z.object({ id: z.string(), status: z.enum(['open', 'upheld', 'overturned']) });
