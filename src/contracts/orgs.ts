import { z } from 'zod';
import { RoleId } from './auth.js';

export const OrgKind = z.enum(['state', 'district', 'school', 'issuer']);

export const OrganizationView = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(['platform', 'state', 'district', 'school', 'issuer']),
  name: z.string(),
  slug: z.string(),
  memberCount: z.number(),
});
export type OrganizationView = z.infer<typeof OrganizationView>;

export const CreateOrganizationBody = z.object({
  name: z.string().trim().min(2).max(200),
  kind: OrgKind,
  parentId: z.string().max(100).nullable().default(null),
  slug: z
    .string()
    .min(2)
    .max(60)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens')
    .optional(),
  url: z.url().max(500).optional(),
});

export const InviteBody = z.object({
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  orgId: z.string().min(1).max(100),
  role: RoleId,
});
export const InvitationView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleId,
  orgName: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  /** Shown once, to the inviter, when the invitation is made. */
  acceptUrl: z.string().optional(),
});
/** Name and password for a new account; someone with an account signs in first and sends neither. */
export const AcceptInvitationBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  password: z.string().min(10, 'use at least 10 characters').max(1000).optional(),
});

export const UserView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  status: z.enum(['active', 'invited', 'deactivated']),
  roles: z.array(z.object({ orgId: z.string(), orgName: z.string(), role: RoleId })),
});

/** One educator's standing, for the admins of their school, district or state. */
export const StaffProgress = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  /** The schools or districts where they hold the educator role, within the admin's scope. */
  organizations: z.array(z.string()),
  inProgress: z.number(),
  inReview: z.number(),
  notYet: z.number(),
  earned: z.number(),
  lastActivityAt: z.string().nullable(),
});
export type StaffProgress = z.infer<typeof StaffProgress>;
export const StaffProgressPage = z.object({
  items: z.array(StaffProgress),
  total: z.number(),
  totals: z.object({
    educators: z.number(),
    inProgress: z.number(),
    inReview: z.number(),
    notYet: z.number(),
    earned: z.number(),
  }),
});
export const StaffProgressQuery = z.object({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
