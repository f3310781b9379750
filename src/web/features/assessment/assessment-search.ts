/** The assessment page's tabs, in order. */
export const ASSESSMENT_TABS = ['overview', 'open', 'assessors', 'calibration', 'settings'] as const;
export type AssessmentTab = (typeof ASSESSMENT_TABS)[number];

/** `/issuer/assessment` keeps the issuer and the tab in the URL, so a tab can be linked to. */
export type AssessmentSearch = { issuer?: string; tab?: AssessmentTab };

const issuerParam = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 100) : undefined);

/** Keeps only known values; anything else in the URL is dropped rather than failing. */
export function parseAssessmentSearch(raw: Record<string, unknown>): AssessmentSearch {
  return { issuer: issuerParam(raw.issuer), tab: ASSESSMENT_TABS.find((t) => t === raw.tab) };
}

/** `/issuer/audit`: only the issuer; paging stays in the page (the log grows at the top). */
export const parseAuditSearch = (raw: Record<string, unknown>): { issuer?: string } => ({
  issuer: issuerParam(raw.issuer),
});
