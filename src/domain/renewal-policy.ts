import type { RenewalPolicy } from './renewal-credit.js';

/**
 * Two active policies of one organization overlap when they cover a common license type (an empty
 * list covers every type) in effective periods that share a day. Periods are [from, until).
 */
export function policiesOverlap(
  a: Pick<RenewalPolicy, 'orgId' | 'licenseTypes' | 'effectiveFrom' | 'effectiveUntil' | 'status'>,
  b: Pick<RenewalPolicy, 'orgId' | 'licenseTypes' | 'effectiveFrom' | 'effectiveUntil' | 'status'>,
): boolean {
  if (a.orgId !== b.orgId || a.status !== 'active' || b.status !== 'active') return false;
  const types =
    a.licenseTypes.length === 0 ||
    b.licenseTypes.length === 0 ||
    a.licenseTypes.some((t) => b.licenseTypes.includes(t));
  if (!types) return false;
  const aEndsAfterBStarts = a.effectiveUntil === null || a.effectiveUntil > b.effectiveFrom;
  const bEndsAfterAStarts = b.effectiveUntil === null || b.effectiveUntil > a.effectiveFrom;
  return aEndsAfterBStarts && bEndsAfterAStarts;
}

/** What is wrong with a policy's numbers and dates, as messages a person understands. */
export function policyProblems(
  p: Pick<
    RenewalPolicy,
    | 'hoursMode'
    | 'fixedHours'
    | 'capHours'
    | 'requiredHours'
    | 'cycleYears'
    | 'effectiveFrom'
    | 'effectiveUntil'
  >,
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (p.hoursMode === 'fixed' && (p.fixedHours === null || !(p.fixedHours > 0)))
    add('fixedHours', 'A fixed number of hours per micro-credential needs that number (more than 0).');
  else if (p.fixedHours !== null && p.fixedHours < 0)
    add('fixedHours', 'Hours per micro-credential cannot be negative.');
  if (p.capHours !== null && p.capHours < 0) add('capHours', 'The cap per cycle cannot be negative.');
  if (p.requiredHours < 0) add('requiredHours', 'Required hours cannot be negative.');
  if (!Number.isInteger(p.cycleYears) || p.cycleYears < 1)
    add('cycleYears', 'A cycle lasts at least one whole year.');
  if (p.effectiveUntil !== null && p.effectiveUntil <= p.effectiveFrom)
    add('effectiveUntil', 'The policy must end after it starts.');
  return problems;
}
