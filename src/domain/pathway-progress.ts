/**
 * Progress on a pathway: a stack of micro-credentials that, together, earn a stacked credential.
 *
 * - "all": every item is required. "n_of": any `requiredCount` of the items (never more than there
 *   are items).
 * - Only credentials in good standing count: a revoked or suspended credential, or one past its
 *   `validUntil`, does not.
 * - Ordered pathways are earned step by step: an item counts once every item before it counts, so
 *   progress is the run of earned items from the first step. A credential earned out of order is
 *   kept and starts to count as soon as the steps before it are earned (nobody has to earn it
 *   again). For "N of" an ordered pathway that means its first N steps. Dates do not matter, only
 *   which credentials are held, so adding a credential never lowers progress.
 */
export type PathwayRuleKind = 'all' | 'n_of';

export type PathwayShape = {
  rule: PathwayRuleKind;
  requiredCount: number;
  ordered: boolean;
  /** Micro-credential ids, in the pathway's order. */
  items: string[];
};

export type HeldCredential = {
  microCredentialId: string;
  issuedAt: string;
  status: 'valid' | 'revoked' | 'suspended' | 'expired';
  validUntil: string | null;
};

export type PathwayItemProgress = {
  microCredentialId: string;
  /** The educator holds a credential of it in good standing. */
  earned: boolean;
  /** It counts toward the pathway (for ordered pathways: every earlier step counts too). */
  counts: boolean;
  /** When the earliest good credential of it was issued. */
  earnedAt: string | null;
};

export type PathwayProgress = {
  items: PathwayItemProgress[];
  doneCount: number;
  requiredCount: number;
  complete: boolean;
  /** What to earn next: the next step of an ordered pathway, else every item not yet earned. */
  next: string[];
};

/** How many items complete the pathway. */
export const requiredOf = (p: Pick<PathwayShape, 'rule' | 'requiredCount' | 'items'>) =>
  p.rule === 'all' ? p.items.length : Math.min(Math.max(p.requiredCount, 1), p.items.length);

/** A credential counts when it is valid and not past its end date. */
export const inGoodStanding = (c: HeldCredential, now: Date) =>
  c.status === 'valid' && (c.validUntil === null || c.validUntil > now.toISOString());

export function pathwayProgress(p: PathwayShape, held: HeldCredential[], now: Date): PathwayProgress {
  const earnedAt = new Map<string, string>();
  for (const c of held) {
    if (!inGoodStanding(c, now)) continue;
    const before = earnedAt.get(c.microCredentialId);
    if (before === undefined || c.issuedAt < before) earnedAt.set(c.microCredentialId, c.issuedAt);
  }
  let chainUnbroken = true;
  const items = p.items.map((id) => {
    const earned = earnedAt.has(id);
    const counts = earned && (!p.ordered || chainUnbroken);
    if (!earned) chainUnbroken = false;
    return { microCredentialId: id, earned, counts, earnedAt: earnedAt.get(id) ?? null };
  });
  const requiredCount = requiredOf(p);
  const doneCount = Math.min(items.filter((i) => i.counts).length, requiredCount);
  const complete = items.length > 0 && doneCount >= requiredCount;
  const notEarned = items.filter((i) => !i.earned).map((i) => i.microCredentialId);
  const next = complete ? [] : p.ordered ? notEarned.slice(0, 1) : notEarned;
  return { items, doneCount, requiredCount, complete, next };
}

/** Problems with a pathway's shape, in words a person understands (empty when it is fine). */
export function pathwayShapeProblems(p: PathwayShape): string[] {
  const problems: string[] = [];
  if (p.items.length === 0) problems.push('Add at least one micro-credential to the pathway.');
  if (new Set(p.items).size !== p.items.length)
    problems.push('Each micro-credential can be in a pathway once.');
  if (
    p.rule === 'n_of' &&
    (!Number.isInteger(p.requiredCount) || p.requiredCount < 1 || p.requiredCount > p.items.length)
  )
    problems.push(`"N of" needs N between 1 and the number of micro-credentials (${p.items.length}).`);
  return problems;
}
