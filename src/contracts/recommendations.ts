import { z } from 'zod';
import { Id } from './common.js';
import { IsoDay } from './seats.js';

export const RecommendationKind = z.enum(['assigned', 'recommended']);
export const DueStatusView = z.enum(['not_started', 'in_progress', 'earned', 'overdue']);
export type DueStatusView = z.infer<typeof DueStatusView>;

/** A person, or an organization (a school or district: everyone with an educator role in it). */
export const RecommendationTarget = z.object({ type: z.enum(['user', 'org']), id: Id });

export const CreateRecommendationsBody = z.object({
  /** The organization asking (a district, its state, or one of its schools). */
  orgId: Id,
  microCredentialId: Id,
  kind: RecommendationKind,
  /** A grade team is a list of people. */
  targets: z.array(RecommendationTarget).min(1, 'Choose at least one person or school.').max(500),
  dueOn: IsoDay.nullish(),
  note: z.string().trim().max(1000).nullish(),
});
export type CreateRecommendationsBody = z.infer<typeof CreateRecommendationsBody>;

export const TargetProgress = z.object({
  people: z.number(),
  notStarted: z.number(),
  inProgress: z.number(),
  earned: z.number(),
  overdue: z.number(),
});
export type TargetProgress = z.infer<typeof TargetProgress>;

export const AdminRecommendationView = z.object({
  id: z.string(),
  kind: RecommendationKind,
  org: z.object({ id: z.string(), name: z.string() }),
  microCredential: z.object({ id: z.string(), title: z.string() }),
  target: z.object({ type: z.enum(['user', 'org']), id: z.string(), name: z.string() }),
  dueOn: z.string().nullable(),
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  progress: TargetProgress,
});
export type AdminRecommendationView = z.infer<typeof AdminRecommendationView>;

export const CreatedRecommendations = z.object({
  items: z.array(AdminRecommendationView),
  /** Targets that already had the same open request; left as they were. */
  unchanged: z.number(),
});

export const MyRecommendationView = z.object({
  id: z.string(),
  kind: RecommendationKind,
  microCredential: z.object({ id: z.string(), title: z.string() }),
  askedBy: z.object({ org: z.string(), person: z.string().nullable() }),
  dueOn: z.string().nullable(),
  /** Days from today (the educator's day) to the due date; negative when past. */
  daysLeft: z.number().nullable(),
  note: z.string().nullable(),
  status: DueStatusView,
});
export type MyRecommendationView = z.infer<typeof MyRecommendationView>;

export const MyRecommendationsQuery = z.object({
  /** The educator's time zone (IANA), so "overdue" starts at their midnight. */
  tz: z.string().max(64).optional(),
});
