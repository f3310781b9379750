import { z } from 'zod';
import { IssuerRef, Page, Problem } from './common.js';
import { GradeBand, MicroCredentialContent, SubjectId, TopicId } from './micro-credential.js';

export const CatalogQuery = Page.extend({
  q: z.string().trim().max(200).optional(),
  topic: TopicId.optional(),
  subject: SubjectId.optional(),
  gradeBand: GradeBand.optional(),
  /** Issuer organization id or slug. */
  issuer: z.string().max(100).optional(),
  minCredit: z.coerce.number().min(0).max(1000).optional(),
  maxCredit: z.coerce.number().min(0).max(1000).optional(),
});
export type CatalogQuery = z.infer<typeof CatalogQuery>;

export const CatalogItem = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  topic: z.string(),
  subject: z.string(),
  gradeBand: z.string(),
  creditHours: z.number(),
  estimatedHours: z.number(),
  priceCents: z.number(),
  version: z.number(),
  imageUrl: z.string(),
  issuer: IssuerRef,
});
export type CatalogItem = z.infer<typeof CatalogItem>;

export const CatalogPage = z.object({ items: z.array(CatalogItem), total: z.number() });
export type CatalogPage = z.infer<typeof CatalogPage>;

export const FacetCount = z.object({ id: z.string(), label: z.string(), count: z.number() });
export const CatalogFacets = z.object({
  topics: z.array(FacetCount),
  subjects: z.array(FacetCount),
  gradeBands: z.array(FacetCount),
  issuers: z.array(FacetCount),
});
export type CatalogFacets = z.infer<typeof CatalogFacets>;

/** A published micro-credential, whole: what an educator reads before starting. */
export const MicroCredentialView = z.object({
  id: z.string(),
  slug: z.string(),
  status: z.enum(['draft', 'published', 'retired']),
  versionId: z.string(),
  version: z.number(),
  /** Whether this is the version the catalog shows now (earlier ones stay readable for earners). */
  current: z.boolean(),
  publishedAt: z.string(),
  imageUrl: z.string(),
  issuer: IssuerRef.extend({ url: z.string().nullable(), description: z.string().nullable() }),
  content: MicroCredentialContent,
});
export type MicroCredentialView = z.infer<typeof MicroCredentialView>;

// --- authoring (issuer admins) ---

/** A draft may be incomplete; it is checked in full only when published. */
export const DraftContent = z.record(z.string(), z.unknown());

export const CreateMicroCredentialBody = z.object({
  issuerId: z.string().min(1).max(100),
  slug: z
    .string()
    .min(3)
    .max(60)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens'),
  content: DraftContent,
});

export const SaveDraftBody = z.object({
  content: DraftContent,
  /** The `updatedAt` the editor started from; a save over someone else's newer one is refused. */
  baseUpdatedAt: z.string().max(40).optional(),
});

export const AuthoringSummary = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  status: z.enum(['draft', 'published', 'retired']),
  issuer: IssuerRef,
  currentVersion: z.number().nullable(),
  hasDraft: z.boolean(),
  updatedAt: z.string(),
});
export type AuthoringSummary = z.infer<typeof AuthoringSummary>;

export const AuthoringView = AuthoringSummary.extend({
  /** The working copy (or the current version's content when there is no draft). */
  draft: DraftContent.nullable(),
  draftUpdatedAt: z.string().nullable(),
  /** What must be fixed before the draft can be published; empty when it is ready. */
  problems: z.array(Problem),
  versions: z.array(
    z.object({ id: z.string(), version: z.number(), title: z.string(), publishedAt: z.string() }),
  ),
});
export type AuthoringView = z.infer<typeof AuthoringView>;
