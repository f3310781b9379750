import { z } from 'zod';

export const ROLES = [
  'educator',
  'assessor',
  'issuer_admin',
  'district_admin',
  'state_admin',
  'platform_admin',
] as const;
export const RoleId = z.enum(ROLES);

export const LoginBody = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1000),
});

export const MembershipView = z.object({
  orgId: z.string(),
  orgName: z.string(),
  orgKind: z.string(),
  orgSlug: z.string(),
  role: RoleId,
});

export const MeView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  memberships: z.array(MembershipView),
});
export type MeView = z.infer<typeof MeView>;
