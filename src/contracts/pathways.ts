import { z } from 'zod';

export const PathwayRule = z.enum(['all', 'n_of']);
export const PathwayStatus = z.enum(['draft', 'published', 'retired']);

const text = (max: number) => z.string().trim().max(max);

/** The fields of a pathway definition (no defaults, so an edit changes only what it names). */
const PathwayFields = z.object({
  /** The issuer whose micro-credentials are in the stack and who signs the stacked credential. */
  issuerId: z.string().min(1).max(100),
  slug: z
    .string()
    .min(2)
    .max(60)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens'),
  title: text(200).min(3, 'Give the pathway a title of at least 3 characters.'),
  description: text(2000).min(10, 'Describe the pathway in at least 10 characters.'),
  rule: PathwayRule,
  /** N of "N of"; ignored for "all". */
  requiredCount: z.number().int().min(1).max(50),
  ordered: z.boolean(),
  /** Micro-credential ids, in order. */
  items: z.array(z.string().min(1).max(100)).min(1, 'Add at least one micro-credential.').max(20),
  roleTitle: text(120).nullable(),
  payStep: text(120).nullable(),
});

/** What an admin sends to define a pathway. */
export const PathwayBody = PathwayFields.extend({
  /** The issuer, district or state that defines it. */
  orgId: z.string().min(1).max(100),
  requiredCount: PathwayFields.shape.requiredCount.default(1),
  ordered: PathwayFields.shape.ordered.default(false),
  roleTitle: PathwayFields.shape.roleTitle.default(null),
  payStep: PathwayFields.shape.payStep.default(null),
});
export type PathwayBody = z.infer<typeof PathwayBody>;

/** An edit: any of the fields, or a new status (publish, retire). */
export const PathwayPatch = PathwayFields.partial().extend({ status: PathwayStatus.optional() });
export type PathwayPatch = z.infer<typeof PathwayPatch>;

export const PathwayItemView = z.object({
  microCredentialId: z.string(),
  title: z.string(),
  issuerName: z.string(),
  position: z.number(),
});

export const PathwayView = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  rule: PathwayRule,
  requiredCount: z.number(),
  ordered: z.boolean(),
  roleTitle: z.string().nullable(),
  payStep: z.string().nullable(),
  status: PathwayStatus,
  org: z.object({ id: z.string(), name: z.string() }),
  issuer: z.object({ id: z.string(), name: z.string() }),
  imageUrl: z.string(),
  items: z.array(PathwayItemView),
});
export type PathwayView = z.infer<typeof PathwayView>;
export const PathwayList = z.object({ items: z.array(PathwayView) });

export const PathwayProgressView = PathwayView.extend({
  items: z.array(
    PathwayItemView.extend({
      earned: z.boolean(),
      counts: z.boolean(),
      earnedAt: z.string().nullable(),
      next: z.boolean(),
    }),
  ),
  doneCount: z.number(),
  requiredCount: z.number(),
  complete: z.boolean(),
  completedAt: z.string().nullable(),
  /** The stacked credential's public page, once earned. */
  credentialUrl: z.string().nullable(),
});
export type PathwayProgressView = z.infer<typeof PathwayProgressView>;
export const MyPathways = z.object({ items: z.array(PathwayProgressView) });

export const PathwayCompletionView = z.object({
  pathwayId: z.string(),
  pathwayTitle: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  districtId: z.string().nullable(),
  districtName: z.string().nullable(),
  roleTitle: z.string().nullable(),
  payStep: z.string().nullable(),
  completedAt: z.string(),
  credentialUrl: z.string().nullable(),
});
export type PathwayCompletionView = z.infer<typeof PathwayCompletionView>;
export const PathwayCompletions = z.object({ items: z.array(PathwayCompletionView) });

export const CompletionsQuery = z.object({ orgId: z.string().min(1).max(100).optional() });
