import type { Queryable } from '../../db/database.js';
import type { LicenseView, RenewalView } from '../../contracts/renewal.js';
import {
  choosePolicies,
  computeRenewalCredit,
  dayOf,
  pace,
  type CredentialFacts,
  type RenewalCredit,
} from '../../domain/renewal-credit.js';
import { AppError } from '../../server/errors.js';
import type { Deps } from '../../server/deps.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';
import {
  credentialsOf,
  districtOf,
  educatorOrgs,
  licensesOf,
  loadOrgTree,
  loadPolicies,
  toCredentialFacts,
  versionFacts,
  type LicenseRow,
  type OrgTree,
  type StoredPolicy,
} from './renewal.repository.js';

/** What every renewal computation of one request shares: the org tree, the active policies, now. */
export type RenewalContext = {
  tree: OrgTree;
  policies: StoredPolicy[];
  now: Date;
  today: string;
  /** Policies chosen per (state, license type, districts), for pages of many people. */
  chosen: Map<string, { state: StoredPolicy | null; district: StoredPolicy | null }>;
};

export async function loadRenewalContext({ db, clock }: Pick<Deps, 'db' | 'clock'>): Promise<RenewalContext> {
  const tree = await loadOrgTree(db);
  const now = clock.now();
  return {
    tree,
    policies: await loadPolicies(db, tree),
    now,
    today: dayOf(now.toISOString()),
    chosen: new Map(),
  };
}

export type Progress =
  | { kind: 'no license' }
  | { kind: 'no policy'; license: LicenseRow }
  | {
      kind: 'computed';
      license: LicenseRow;
      state: StoredPolicy;
      district: StoredPolicy | null;
      credit: RenewalCredit;
      pace: 'complete' | 'on track' | 'behind';
    };

/**
 * One license's progress: the state's policy governs and the district's adds; with no state policy
 * a district's governs alone.
 */
export function progressFor(
  ctx: RenewalContext,
  license: LicenseRow | null,
  orgIds: string[],
  credentials: CredentialFacts[],
): Progress {
  if (!license) return { kind: 'no license' };
  const districts = [...new Set(orgIds.map((o) => districtOf(ctx.tree, o)).filter((d): d is string => !!d))];
  const key = `${license.state_id}|${license.license_type}|${districts.join(',')}`;
  let chosen = ctx.chosen.get(key);
  if (!chosen) {
    chosen = choosePolicies(
      ctx.policies,
      { licenseType: license.license_type, issuedOn: license.issued_on, stateId: license.state_id },
      districts,
      ctx.today,
    ) as { state: StoredPolicy | null; district: StoredPolicy | null };
    ctx.chosen.set(key, chosen);
  }
  const governing = chosen.state ?? chosen.district;
  if (!governing) return { kind: 'no policy', license };
  const district = chosen.state ? chosen.district : null;
  const credit = computeRenewalCredit({
    license: { licenseType: license.license_type, issuedOn: license.issued_on },
    state: governing,
    district,
    credentials,
    now: ctx.now,
  });
  return { kind: 'computed', license, state: governing, district, credit, pace: pace(credit, ctx.now) };
}

export function presentLicense(l: LicenseRow, tree: OrgTree): LicenseView {
  return {
    id: l.id,
    stateId: l.state_id,
    stateName: tree.get(l.state_id)?.name ?? 'Unknown state',
    licenseType: l.license_type,
    number: l.number,
    issuedOn: l.issued_on,
    expiresOn: l.expires_on,
  };
}

const summary = (p: StoredPolicy | null) =>
  p && {
    id: p.id,
    name: p.name,
    orgId: p.orgId,
    orgName: p.orgName,
    hoursMode: p.hoursMode,
    fixedHours: p.fixedHours,
    capHours: p.capHours,
    requiredHours: p.requiredHours,
    cycleYears: p.cycleYears,
  };

async function issuerNames(db: Queryable, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db.selectFrom('organizations').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Someone's renewal progress for one license: `licenseId` when given (theirs, else NOT_FOUND),
 * otherwise their most recently issued license. Without a license or a policy, an empty view
 * with a message.
 */
export async function renewalOfPerson(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  userId: string,
  licenseId?: string,
): Promise<RenewalView> {
  const { db } = deps;
  const [ctx, licenses, orgs, creds] = await Promise.all([
    loadRenewalContext(deps),
    licensesOf(db, [userId]),
    educatorOrgs(db, [userId]),
    credentialsOf(db, [userId]),
  ]);
  const license = licenseId ? licenses.find((l) => l.id === licenseId) : licenses[0];
  if (licenseId && !license) throw new AppError('NOT_FOUND', 'No such license.');
  const facts = await versionFacts(
    db,
    creds.map((c) => c.version_id!),
  );
  const credentials = creds.map((c) => toCredentialFacts(c, facts)).filter((c): c is CredentialFacts => !!c);
  const progress = progressFor(
    ctx,
    license ?? null,
    orgs.map((o) => o.org_id),
    credentials,
  );
  const empty = {
    policy: null,
    districtPolicy: null,
    cycle: null,
    earnedHours: 0,
    countedHours: 0,
    cappedHours: 0,
    requiredHours: 0,
    remainingHours: 0,
    pace: null,
    items: [],
  };
  if (progress.kind === 'no license')
    return {
      ...empty,
      license: null,
      message:
        'No license recorded yet. Add your license to see how your micro-credentials count toward renewal.',
    };
  const licenseView = presentLicense(progress.license, ctx.tree);
  if (progress.kind === 'no policy')
    return {
      ...empty,
      license: licenseView,
      message: `No renewal policy of ${licenseView.stateName} covers a ${licenseView.licenseType} license yet.`,
    };
  const { credit } = progress;
  const names = await issuerNames(db, [...new Set(credit.items.map((i) => i.issuerId))]);
  const base = deps.config.publicUrl;
  return {
    policy: summary(progress.state),
    districtPolicy: summary(progress.district),
    license: licenseView,
    cycle: credit.cycle,
    earnedHours: credit.earnedHours,
    countedHours: credit.countedHours,
    cappedHours: credit.cappedHours,
    requiredHours: credit.requiredHours,
    remainingHours: credit.remainingHours,
    pace: progress.pace,
    items: credit.items.map((i) => ({
      ...i,
      issuerName: names.get(i.issuerId) ?? 'Unknown issuer',
      verifyUrl: `${base}/credentials/${i.credentialId}`,
    })),
    message: null,
  };
}

export const myRenewal = (
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  auth: Auth | null,
  licenseId?: string,
) => renewalOfPerson(deps, requireAuth(auth).userId, licenseId);
