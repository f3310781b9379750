import { z } from 'zod';

/** What the roster routes answer (zod only: the web page imports these types). */
export const ReportLineView = z.object({
  file: z.string(),
  line: z.number().int().nullable(),
  email: z.string(),
  name: z.string().optional(),
  school: z.string().optional(),
  role: z.string().optional(),
  reason: z.string().optional(),
  existingAccount: z.boolean().optional(),
});

export const RosterCountsView = z.object({
  lines: z.number().int(),
  created: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  deactivated: z.number().int(),
  rejected: z.number().int(),
  skipped: z.number().int(),
  existingAccounts: z.number().int(),
});

export const RosterReportView = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'oneroster']),
  dryRun: z.boolean(),
  applied: z.boolean(),
  createdAt: z.string(),
  counts: RosterCountsView,
  created: z.array(ReportLineView),
  changed: z.array(ReportLineView),
  deactivated: z.array(ReportLineView),
  rejected: z.array(ReportLineView),
  skipped: z.array(ReportLineView),
  truncated: z.boolean(),
  departureWarning: z.string().nullable().optional(),
  needsDepartureConfirmation: z.boolean().optional(),
});

export const RosterImportSummaryView = z.object({
  id: z.string(),
  orgId: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'oneroster']),
  dryRun: z.boolean(),
  applied: z.boolean(),
  createdAt: z.string(),
  actorName: z.string().nullable(),
  counts: RosterCountsView,
});

export type RosterReportData = z.infer<typeof RosterReportView>;
export type RosterImportSummary = z.infer<typeof RosterImportSummaryView>;
export type ReportLineData = z.infer<typeof ReportLineView>;
