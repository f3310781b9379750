import type { MeView } from '../../../contracts/auth.js';
import type { IssuedQuery, IssuedStatusFilter } from './issuer-api.js';

/** The issued-credentials page's state, kept in the URL so a filtered list can be shared. */
export type IssuerSearch = {
  issuer?: string;
  status?: Exclude<IssuedStatusFilter, ''>;
  q?: string;
  page?: number;
};

const STATUSES = ['valid', 'expired', 'revoked', 'suspended'] as const;

/** Keeps only values the API accepts; anything else in the URL is dropped rather than failing. */
export function parseIssuerSearch(raw: Record<string, unknown>): IssuerSearch {
  const str = (v: unknown, max: number) =>
    typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined;
  const page = typeof raw.page === 'number' ? raw.page : Number(raw.page);
  return {
    issuer: str(raw.issuer, 100),
    status: STATUSES.find((s) => s === raw.status),
    q: str(raw.q, 100),
    page: Number.isInteger(page) && page > 1 && page <= 10_000 ? page : undefined,
  };
}

/** What the list endpoint is asked for. */
export const toIssuedQuery = (s: IssuerSearch): IssuedQuery => ({
  status: s.status ?? '',
  q: s.q ?? '',
  page: s.page ?? 1,
});

/**
 * The issuers this user administers, and the one the page is about: the one in the URL when it
 * is theirs, otherwise the first (most people administer exactly one).
 */
export function chooseIssuer(me: MeView, wanted: string | undefined) {
  const issuers = me.memberships.filter((m) => m.role === 'issuer_admin');
  const current = issuers.find((m) => m.orgId === wanted) ?? issuers[0] ?? null;
  return { issuers, current };
}
