import { GRADE_BANDS, SUBJECTS, TOPICS } from '../../../contracts/micro-credential.js';

/** The catalog's state, kept in the URL so it can be shared and survives reloads. */
export type CatalogSearch = {
  q?: string;
  topic?: string;
  subject?: string;
  gradeBand?: string;
  issuer?: string;
  minCredit?: number;
  maxCredit?: number;
  page?: number;
};

export const CATALOG_PAGE_SIZE = 12;

const str = (v: unknown, max = 200) =>
  typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined;
const oneOf = (v: unknown, allowed: readonly string[]) =>
  typeof v === 'string' && allowed.includes(v) ? v : undefined;
const num = (v: unknown, min: number, max: number) => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
};

/** Keeps only values the API accepts; anything else in the URL is dropped rather than failing. */
export function parseCatalogSearch(raw: Record<string, unknown>): CatalogSearch {
  const page = num(raw.page, 1, 100_000);
  return {
    q: str(raw.q),
    topic: oneOf(
      raw.topic,
      TOPICS.map((t) => t.id),
    ),
    subject: oneOf(
      raw.subject,
      SUBJECTS.map((s) => s.id),
    ),
    gradeBand: oneOf(raw.gradeBand, GRADE_BANDS),
    issuer: str(raw.issuer, 100),
    minCredit: num(raw.minCredit, 0, 1000),
    maxCredit: num(raw.maxCredit, 0, 1000),
    page: page && page > 1 ? Math.floor(page) : undefined,
  };
}

export const hasFilters = (s: CatalogSearch) =>
  !!(
    s.q ||
    s.topic ||
    s.subject ||
    s.gradeBand ||
    s.issuer ||
    s.minCredit !== undefined ||
    s.maxCredit !== undefined
  );
