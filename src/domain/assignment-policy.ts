/**
 * Who may review an attempt, and who gets it. Pure: the DB layer supplies the assessor pool with
 * current loads and the request; nothing here reads the clock.
 */

/** An assessor in an issuer's pool, as seen when assigning. */
export interface Candidate {
  id: string;
  /** Qualified (calibrated) for the micro-credential being reviewed. */
  qualified: boolean;
  openReviews: number;
  /** Most open reviews at once; 0 takes no new work. */
  capacity: number;
  awayFrom: Date | null;
  awayUntil: Date | null;
  /** Organizations (district, school) the assessor belongs to locally, for conflicts of interest. */
  localOrgIds: readonly string[];
  active: boolean;
  senior?: boolean;
}

export interface AssignmentRequest {
  educatorId: string;
  educatorOrgIds: readonly string[];
  /** E.g. the other scorer of a double-scored attempt, or earlier deciders. */
  excludeIds?: readonly string[];
  /** E.g. the first assessor of a resubmission, for continuity. */
  preferredId?: string | null;
  /** Third reads that settle a disagreement go to senior assessors. */
  requireSenior?: boolean;
  at: Date;
}

/** A request waiting in the backlog. */
export type BacklogRequest = AssignmentRequest & { id: string };

export type Eligibility =
  'ok' | 'self' | 'conflict' | 'inactive' | 'unqualified' | 'not_senior' | 'excluded' | 'away' | 'full';

export type Assignment = { requestId: string; assessorId: string };

/**
 * Away when awayFrom ≤ at < awayUntil. A missing end means away indefinitely from awayFrom; a
 * missing start means away until awayUntil; neither means available.
 */
export function isAway(c: Pick<Candidate, 'awayFrom' | 'awayUntil'>, at: Date): boolean {
  if (!c.awayFrom && !c.awayUntil) return false;
  const t = at.getTime();
  return (!c.awayFrom || c.awayFrom.getTime() <= t) && (!c.awayUntil || t < c.awayUntil.getTime());
}

/**
 * Whether `c` may take the request, or the first reason not. Reasons are checked from the most
 * lasting to the most passing — independence (self, conflict), standing (inactive, unqualified, not
 * senior), this request's exclusions, then availability (away, full) — so the one reported is the
 * one that will not clear up on its own.
 */
export function eligibility(c: Candidate, r: AssignmentRequest): Eligibility {
  if (c.id === r.educatorId) return 'self';
  if (c.localOrgIds.some((org) => r.educatorOrgIds.includes(org))) return 'conflict';
  if (!c.active) return 'inactive';
  if (!c.qualified) return 'unqualified';
  if (r.requireSenior && !c.senior) return 'not_senior';
  if (r.excludeIds?.includes(c.id)) return 'excluded';
  if (isAway(c, r.at)) return 'away';
  if (!(c.openReviews < c.capacity)) return 'full';
  return 'ok';
}

/**
 * Orders by load: share of capacity in use (compared by cross-multiplying, so no rounding), then
 * fewer open reviews, then id by code unit so the choice never depends on locale or input order.
 */
function byLoad(a: Candidate, b: Candidate): number {
  return (
    a.openReviews * b.capacity - b.openReviews * a.capacity ||
    a.openReviews - b.openReviews ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The assessor for a request: the preferred one when eligible, otherwise the least loaded eligible
 * candidate (see `byLoad`). Null when nobody is eligible.
 */
export function pickAssessor(candidates: readonly Candidate[], r: AssignmentRequest): Candidate | null {
  const eligible = candidates.filter((c) => eligibility(c, r) === 'ok');
  const preferred = r.preferredId != null ? eligible.find((c) => c.id === r.preferredId) : undefined;
  if (preferred) return preferred;
  return eligible.reduce<Candidate | null>((best, c) => (best && byLoad(best, c) <= 0 ? best : c), null);
}

/**
 * Assigns a backlog greedily in the given order (oldest first), counting each assignment against
 * the chosen assessor's load before the next request, so no capacity is exceeded across the batch.
 * Requests nobody can take stay waiting, in order. The candidates passed in are not modified.
 */
export function assignBacklog(
  waiting: readonly BacklogRequest[],
  candidates: readonly Candidate[],
): { assignments: Assignment[]; waiting: string[] } {
  const pool = candidates.map((c) => ({ ...c }));
  const assignments: Assignment[] = [];
  const left: string[] = [];
  for (const request of waiting) {
    const chosen = pickAssessor(pool, request);
    if (!chosen) {
      left.push(request.id);
      continue;
    }
    chosen.openReviews++;
    assignments.push({ requestId: request.id, assessorId: chosen.id });
  }
  return { assignments, waiting: left };
}
