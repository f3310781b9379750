import type { RetentionView } from '../../contracts/privacy.js';
import type { Queryable } from '../../db/database.js';
import type { OrganizationKind } from '../../db/schema.js';
import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import { hasRole, isPlatformAdmin, requireAuth, type Auth } from '../auth/auth-context.js';
import { adminScope, inScope } from '../orgs/org-scope.js';
import { auditPrivacy } from './privacy-audit.js';

type RetentionKind = Exclude<OrganizationKind, 'platform'>;

/** Whose evidence an organization's setting covers (see purgeExpiredEvidence). */
const COVERS: Record<RetentionKind, string> = {
  issuer: 'Evidence submitted for this issuer’s micro-credentials.',
  state: 'Evidence of the educators in this state’s districts and schools, for any issuer.',
  district: 'Evidence of the educators in this district and its schools, for any issuer.',
  school: 'Evidence of the educators in this school, for any issuer.',
};

/**
 * Who sets an organization's retention: its issuer admins (issuers), the state and district admins
 * over it (states, districts, schools), and platform admins.
 */
async function mayManage(db: Queryable, a: Auth, org: { id: string; kind: RetentionKind }) {
  if (isPlatformAdmin(a)) return true;
  if (org.kind === 'issuer') return hasRole(a, 'issuer_admin', org.id);
  if (!hasRole(a, 'state_admin') && !hasRole(a, 'district_admin')) return false;
  return inScope(await adminScope(db, a), org.id);
}

async function loadManaged(db: Queryable, auth: Auth | null, orgId: string) {
  const a = requireAuth(auth);
  const org = await db
    .selectFrom('organizations')
    .select(['id', 'name', 'kind', 'evidence_retention_months'])
    .where('id', '=', orgId)
    .executeTakeFirst();
  if (!org) throw notFound('That organization');
  if (org.kind === 'platform')
    throw new AppError(
      'VALIDATION_FAILED',
      'Retention is set by each issuer, state, district or school, not for the platform as a whole.',
    );
  const managed = { ...org, kind: org.kind };
  if (!(await mayManage(db, a, managed)))
    throw new AppError(
      'FORBIDDEN',
      'Only the admins of this organization (or a platform admin) set how long it keeps evidence.',
    );
  return { auth: a, org: managed };
}

const present = (org: {
  id: string;
  name: string;
  kind: RetentionKind;
  evidence_retention_months: number | null;
}): RetentionView => ({
  orgId: org.id,
  orgName: org.name,
  orgKind: org.kind,
  months: org.evidence_retention_months,
  covers: COVERS[org.kind],
});

export async function getRetention({ db }: Pick<Deps, 'db'>, auth: Auth | null, orgId: string) {
  return present((await loadManaged(db, auth, orgId)).org);
}

/** Sets (or, with null, clears) how many months after the decision the organization keeps evidence. */
export async function setRetention(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
  orgId: string,
  months: number | null,
): Promise<RetentionView> {
  const at = clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
    const { auth: a, org } = await loadManaged(trx, auth, orgId);
    const before = org.evidence_retention_months;
    if (before !== months) {
      await trx
        .updateTable('organizations')
        .set({ evidence_retention_months: months })
        .where('id', '=', org.id)
        .execute();
      await auditPrivacy(trx, at, {
        issuerId: org.id,
        actorId: a.userId,
        action: 'retention.updated',
        subjectType: 'organization',
        subjectId: org.id,
        before: { months: before },
        after: { months },
      });
    }
    return present({ ...org, evidence_retention_months: months });
  });
}
