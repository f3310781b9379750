/**
 * Renewal credit: how much of an educator's earned micro-credentials count toward renewing their
 * license, under a state's policy and (optionally) their district's additions. Pure: no I/O.
 *
 * Rules, decided once here:
 * - The governing policy is the state's (the license's issuing state). It decides the cycle
 *   (its length, starting at the license's issue date), the cap per cycle, the required hours and
 *   how many hours each micro-credential it covers is worth.
 * - A district policy may only ADD: a credential the state does not cover counts when the district
 *   covers it, worth the district's hours for it. The state's cap and required hours still apply,
 *   so a district never reduces what the state counts and never raises the cap.
 * - Without a state policy, a district policy governs alone.
 * - Cycle k of a license issued on D is [D + k·years, D + (k+1)·years): issued on the start day
 *   counts, issued on the end day belongs to the next cycle. Dates are compared as UTC days.
 * - Revoked, suspended and expired credentials never count. The cap is filled in issue order
 *   (earliest first, ties by id); the credential that crosses it counts in part.
 * - Hours are kept in hundredths (integers) so sums are exact, and shown with 2 decimals.
 */

export type CountsRule = { mode: 'all' } | { mode: 'tags' | 'topics' | 'issuers' | 'list'; values: string[] };

export type HoursMode = 'credit' | 'fixed';

export type RenewalPolicy = {
  id: string;
  orgId: string;
  name: string;
  /** Empty: every license type. */
  licenseTypes: string[];
  counts: CountsRule;
  hoursMode: HoursMode;
  fixedHours: number | null;
  capHours: number | null;
  requiredHours: number;
  cycleYears: number;
  /** YYYY-MM-DD */
  effectiveFrom: string;
  effectiveUntil: string | null;
  status: 'active' | 'retired';
};

export type LicenseFacts = { licenseType: string; issuedOn: string; expiresOn?: string | null };

/** What the rules need to know about a micro-credential (from the version it was earned under). */
export type MicroCredentialFacts = {
  microCredentialId: string;
  issuerId: string;
  topic: string;
  tags: string[];
  creditHours: number;
};

export type CredentialFacts = MicroCredentialFacts & {
  id: string;
  title: string;
  issuedAt: string;
  status: 'valid' | 'revoked' | 'suspended';
  validUntil: string | null;
};

export type NotCountingReason =
  'outside cycle' | 'revoked' | 'suspended' | 'expired' | 'not covered by policy';

export type RenewalItem = {
  credentialId: string;
  microCredentialId: string;
  title: string;
  issuerId: string;
  issuedAt: string;
  /** Counts toward this cycle (possibly with hours lost to the cap). */
  counts: boolean;
  /** Which policy makes it count. */
  countedBy: 'state' | 'district' | null;
  /** What it is worth under the policy (0 when not covered). */
  hours: number;
  countedHours: number;
  cappedHours: number;
  reason: NotCountingReason | null;
};

export type Cycle = { index: number; start: string; end: string };

export type RenewalCredit = {
  cycle: Cycle;
  earnedHours: number;
  countedHours: number;
  cappedHours: number;
  requiredHours: number;
  remainingHours: number;
  capHours: number | null;
  items: RenewalItem[];
};

const cents = (hours: number) => Math.round(hours * 100);
const hoursOf = (c: number) => c / 100;
/** Rounds to 2 decimals, the way every figure is shown. */
export const roundHours = (h: number) => hoursOf(cents(h));

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date as YYYY-MM-DD? */
export function isRealDate(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** The UTC day of an ISO timestamp or a date. */
export const dayOf = (iso: string) => iso.slice(0, 10);

/** `years` years after a YYYY-MM-DD date; 29 February becomes 28 February in a common year. */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const ty = y + years;
  const last = new Date(Date.UTC(ty, m, 0)).getUTCDate();
  return `${String(ty).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const cycleMemo = new Map<string, Cycle>();

/** The cycle of a license that contains `today` (cycle 0 when the license starts in the future). */
export function cycleAt(issuedOn: string, cycleYears: number, today: string): Cycle {
  // Remembered: a district page asks for the same few (issue date, length, today) many times.
  const key = `${issuedOn}|${cycleYears}|${today}`;
  const known = cycleMemo.get(key);
  if (known) return { ...known };
  if (cycleMemo.size > 50_000) cycleMemo.clear();
  const cycle = findCycle(issuedOn, cycleYears, today);
  cycleMemo.set(key, cycle);
  return { ...cycle };
}

function findCycle(issuedOn: string, cycleYears: number, today: string): Cycle {
  const years = Math.max(1, Math.floor(cycleYears));
  let index = 0;
  if (today >= issuedOn) {
    index = Math.floor((Number(today.slice(0, 4)) - Number(issuedOn.slice(0, 4))) / years);
    // The estimate from calendar years is at most one off either way.
    while (index > 0 && addYears(issuedOn, index * years) > today) index--;
    while (addYears(issuedOn, (index + 1) * years) <= today) index++;
  }
  return { index, start: addYears(issuedOn, index * years), end: addYears(issuedOn, (index + 1) * years) };
}

/** Does a policy apply to this license type on this day? */
export function policyApplies(policy: RenewalPolicy, licenseType: string, today: string): boolean {
  return (
    policy.status === 'active' &&
    (policy.licenseTypes.length === 0 || policy.licenseTypes.includes(licenseType)) &&
    policy.effectiveFrom <= today &&
    (policy.effectiveUntil === null || today < policy.effectiveUntil)
  );
}

/** Does a policy's rule cover this micro-credential? */
export function covers(rule: CountsRule, mc: MicroCredentialFacts): boolean {
  switch (rule.mode) {
    case 'all':
      return true;
    case 'tags':
      return mc.tags.some((t) => rule.values.includes(t));
    case 'topics':
      return rule.values.includes(mc.topic);
    case 'issuers':
      return rule.values.includes(mc.issuerId);
    case 'list':
      return rule.values.includes(mc.microCredentialId);
  }
}

/** Hours a policy gives one micro-credential it covers. */
export const policyHours = (policy: RenewalPolicy, mc: MicroCredentialFacts): number =>
  roundHours(Math.max(0, policy.hoursMode === 'fixed' ? (policy.fixedHours ?? 0) : mc.creditHours));

/**
 * What a micro-credential would be worth toward renewal under the state policy and the district's
 * additions, and which of them makes it count; null when neither covers it.
 */
export function hoursFor(
  mc: MicroCredentialFacts,
  state: RenewalPolicy | null,
  district: RenewalPolicy | null,
): { hours: number; by: 'state' | 'district' } | null {
  if (state && covers(state.counts, mc)) return { hours: policyHours(state, mc), by: 'state' };
  if (district && covers(district.counts, mc)) return { hours: policyHours(district, mc), by: 'district' };
  return null;
}

const byIssueOrder = (a: CredentialFacts, b: CredentialFacts) =>
  a.issuedAt < b.issuedAt ? -1 : a.issuedAt > b.issuedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The renewal credit of one license on `now`. `state` governs; `district` only adds. When there
 * is no state policy, pass the district's as `state` (it then governs alone).
 */
export function computeRenewalCredit(input: {
  license: LicenseFacts;
  state: RenewalPolicy;
  district?: RenewalPolicy | null;
  credentials: CredentialFacts[];
  now: Date;
}): RenewalCredit {
  const { license, state } = input;
  const district = input.district ?? null;
  const nowIso = input.now.toISOString();
  const cycle = cycleAt(license.issuedOn, state.cycleYears, dayOf(nowIso));
  const capCents = state.capHours === null ? null : Math.max(0, cents(state.capHours));
  let usedCents = 0;
  let earned = 0;
  let counted = 0;
  let capped = 0;

  const ordered =
    input.credentials.length > 1 ? [...input.credentials].sort(byIssueOrder) : input.credentials;
  const items = ordered.map((c): RenewalItem => {
    const base = {
      credentialId: c.id,
      microCredentialId: c.microCredentialId,
      title: c.title,
      issuerId: c.issuerId,
      issuedAt: c.issuedAt,
    };
    const worth = hoursFor(c, state, district);
    const day = dayOf(c.issuedAt);
    const reason: NotCountingReason | null =
      c.status === 'revoked'
        ? 'revoked'
        : c.status === 'suspended'
          ? 'suspended'
          : c.validUntil !== null && c.validUntil <= nowIso
            ? 'expired'
            : day < cycle.start || day >= cycle.end
              ? 'outside cycle'
              : worth === null
                ? 'not covered by policy'
                : null;
    const hours = worth?.hours ?? 0;
    if (reason !== null || worth === null) {
      return { ...base, counts: false, countedBy: null, hours, countedHours: 0, cappedHours: 0, reason };
    }
    const h = cents(hours);
    const take = capCents === null ? h : Math.max(0, Math.min(h, capCents - usedCents));
    usedCents += take;
    earned += h;
    counted += take;
    capped += h - take;
    return {
      ...base,
      counts: true,
      countedBy: worth.by,
      hours,
      countedHours: hoursOf(take),
      cappedHours: hoursOf(h - take),
      reason: null,
    };
  });

  const required = cents(state.requiredHours);
  return {
    cycle,
    earnedHours: hoursOf(earned),
    countedHours: hoursOf(counted),
    cappedHours: hoursOf(capped),
    requiredHours: hoursOf(required),
    remainingHours: hoursOf(Math.max(0, required - counted)),
    capHours: capCents === null ? null : hoursOf(capCents),
    items,
  };
}

/**
 * Where someone stands: `complete` with the required hours counted, `on track` when the counted
 * share is at least the share of the cycle gone by, otherwise `behind`.
 */
export function pace(
  credit: Pick<RenewalCredit, 'countedHours' | 'requiredHours' | 'cycle'>,
  now: Date,
): 'complete' | 'on track' | 'behind' {
  if (credit.countedHours >= credit.requiredHours) return 'complete';
  const start = Date.parse(`${credit.cycle.start}T00:00:00Z`);
  const end = Date.parse(`${credit.cycle.end}T00:00:00Z`);
  const elapsed = Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)));
  return credit.countedHours >= credit.requiredHours * elapsed ? 'on track' : 'behind';
}

/** Picks the state's and a district's policy for a license from the active policies (first wins). */
export function choosePolicies(
  policies: (RenewalPolicy & { orgKind: 'state' | 'district' | string })[],
  license: LicenseFacts & { stateId: string },
  districtIds: string[],
  today: string,
): { state: RenewalPolicy | null; district: RenewalPolicy | null } {
  const applying = policies.filter((p) => policyApplies(p, license.licenseType, today));
  const state = applying.find((p) => p.orgId === license.stateId) ?? null;
  const district = applying.find((p) => districtIds.includes(p.orgId)) ?? null;
  return { state, district };
}
