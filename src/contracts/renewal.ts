import { z } from 'zod';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date as YYYY-MM-DD');

export const CountsRule = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('all') }),
  z.object({
    mode: z.enum(['tags', 'topics', 'issuers', 'list']),
    values: z.array(z.string().trim().min(1).max(200)).min(1, 'name at least one').max(500),
  }),
]);

export const PolicyBody = z.object({
  orgId: z.string().min(1).max(100),
  name: z.string().trim().min(2).max(200),
  licenseTypes: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  counts: CountsRule,
  hoursMode: z.enum(['credit', 'fixed']),
  fixedHours: z.number().max(10000).nullable().default(null),
  capHours: z.number().max(100000).nullable().default(null),
  requiredHours: z.number().max(100000),
  cycleYears: z.number().int().max(20),
  effectiveFrom: Day,
  effectiveUntil: Day.nullable().default(null),
});
export type PolicyBody = z.infer<typeof PolicyBody>;

export const PolicyView = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  orgKind: z.string(),
  name: z.string(),
  licenseTypes: z.array(z.string()),
  counts: CountsRule,
  hoursMode: z.enum(['credit', 'fixed']),
  fixedHours: z.number().nullable(),
  capHours: z.number().nullable(),
  requiredHours: z.number(),
  cycleYears: z.number(),
  effectiveFrom: z.string(),
  effectiveUntil: z.string().nullable(),
  status: z.enum(['active', 'retired']),
  canManage: z.boolean(),
  /** The names of what `counts.values` names (issuers and micro-credentials by name, not id). */
  countsLabels: z.array(z.string()),
});
export type PolicyView = z.infer<typeof PolicyView>;

export const LicenseBody = z.object({
  stateId: z.string().min(1).max(100),
  licenseType: z.string().trim().min(1).max(100),
  number: z.string().trim().min(1).max(100),
  issuedOn: Day,
  expiresOn: Day.nullable().default(null),
});
export const LicenseView = z.object({
  id: z.string(),
  stateId: z.string(),
  stateName: z.string(),
  licenseType: z.string(),
  number: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string().nullable(),
});
export type LicenseView = z.infer<typeof LicenseView>;
export const LicensesView = z.object({
  items: z.array(LicenseView),
  /** States an educator may choose, with the license types their policies name. */
  states: z.array(z.object({ id: z.string(), name: z.string(), licenseTypes: z.array(z.string()) })),
});

export const RenewalItemView = z.object({
  credentialId: z.string(),
  microCredentialId: z.string(),
  title: z.string(),
  issuerId: z.string(),
  issuerName: z.string(),
  issuedAt: z.string(),
  counts: z.boolean(),
  countedBy: z.enum(['state', 'district']).nullable(),
  hours: z.number(),
  countedHours: z.number(),
  cappedHours: z.number(),
  reason: z.string().nullable(),
  verifyUrl: z.string(),
});

const PolicySummary = z.object({
  id: z.string(),
  name: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  hoursMode: z.enum(['credit', 'fixed']),
  fixedHours: z.number().nullable(),
  capHours: z.number().nullable(),
  requiredHours: z.number(),
  cycleYears: z.number(),
});

export const RenewalView = z.object({
  policy: PolicySummary.nullable(),
  /** The district's policy, which may add micro-credentials that count. */
  districtPolicy: PolicySummary.nullable(),
  license: LicenseView.nullable(),
  cycle: z.object({ index: z.number(), start: z.string(), end: z.string() }).nullable(),
  earnedHours: z.number(),
  countedHours: z.number(),
  cappedHours: z.number(),
  requiredHours: z.number(),
  remainingHours: z.number(),
  pace: z.enum(['complete', 'on track', 'behind']).nullable(),
  items: z.array(RenewalItemView),
  /** Why there is nothing to show, when there is not. */
  message: z.string().nullable(),
});
export type RenewalView = z.infer<typeof RenewalView>;

export const RenewalHoursView = z.object({ hours: z.record(z.string(), z.number()) });

export const StaffRenewalQuery = z.object({
  orgId: z.string().max(100).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});
export const StaffRenewalRow = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  school: z.string().nullable(),
  license: z.string().nullable(),
  earnedHours: z.number(),
  countedHours: z.number(),
  requiredHours: z.number(),
  pace: z.enum(['complete', 'on track', 'behind', 'no license', 'no policy']),
});
export const StaffRenewalPage = z.object({
  items: z.array(StaffRenewalRow),
  total: z.number(),
  summary: z.object({
    complete: z.number(),
    onTrack: z.number(),
    behind: z.number(),
    noLicense: z.number(),
    noPolicy: z.number(),
  }),
});
export type StaffRenewalPage = z.infer<typeof StaffRenewalPage>;
