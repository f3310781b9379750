import { z } from 'zod';
import { RETENTION_MAX_MONTHS, RETENTION_MIN_MONTHS } from '../domain/retention.js';

/** How long an organization keeps evidence after the decision; null keeps it for good. */
export const RetentionMonths = z
  .number()
  .int('use whole months')
  .min(RETENTION_MIN_MONTHS, `at least ${RETENTION_MIN_MONTHS} month`)
  .max(RETENTION_MAX_MONTHS, `at most ${RETENTION_MAX_MONTHS} months (ten years)`)
  .nullable();

export const RetentionBody = z.object({ months: RetentionMonths });

export const RetentionView = z.object({
  orgId: z.string(),
  orgName: z.string(),
  orgKind: z.enum(['state', 'district', 'school', 'issuer']),
  months: RetentionMonths,
  /** Whose evidence the setting covers, in words, for the settings page. */
  covers: z.string(),
});
export type RetentionView = z.infer<typeof RetentionView>;

export const DATA_REQUEST_KINDS = ['delete_account'] as const;
export const DataRequestStatus = z.enum(['pending', 'completed', 'cancelled']);

export const CreateDataRequestBody = z.object({
  kind: z.enum(DATA_REQUEST_KINDS),
  reason: z.string().trim().max(2000).optional(),
});

export const DataRequestView = z.object({
  id: z.string(),
  kind: z.enum(DATA_REQUEST_KINDS),
  status: DataRequestStatus,
  reason: z.string().nullable(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
});
export type DataRequestView = z.infer<typeof DataRequestView>;

/** A request as the platform admins see it: who asked, and whether it can be completed now. */
export const AdminDataRequestView = DataRequestView.extend({
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  /** Submissions waiting for or under review: the request can be completed once they are decided. */
  workUnderReview: z.number(),
  /** Credentials they hold; these are kept. */
  credentials: z.number(),
});
export type AdminDataRequestView = z.infer<typeof AdminDataRequestView>;

export const DataRequestList = z.object({ items: z.array(DataRequestView) });
export const AdminDataRequestList = z.object({ items: z.array(AdminDataRequestView) });
export const AdminDataRequestQuery = z.object({ status: DataRequestStatus.default('pending') });
