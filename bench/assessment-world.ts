import type { MicroCredentialContent } from '../src/contracts/micro-credential.js';
import type { Queryable } from '../src/db/database.js';
import type { MembershipsTable, Role, UsersTable } from '../src/db/schema.js';
import {
  DEFAULT_SETTINGS,
  saveSettings,
  type AssessmentSettings,
} from '../src/features/assessment/settings.js';
import { hashPassword } from '../src/features/auth/password.js';
import type { Deps } from '../src/server/deps.js';
import { buildOrg, buildUser, TEST_PASSWORD } from '../src/test-support/factories.js';
import { scoresFor } from '../src/test-support/loop.js';
import { daysBefore, ID_SPACE, insertRows, syntheticId } from './assessment-bulk.js';
import { seedCatalog } from './setup.js';

/** A published micro-credential with what synthetic reviews of it store. */
export interface BenchMicroCredential {
  id: string;
  issuerId: string;
  versionId: string;
  /** JSON scores of every criterion: all demonstrated, or all "not yet". */
  scores: { earned: string; notYet: string };
}

/** A user with the schools and districts they belong to (for conflicts of interest). */
export interface Person {
  id: string;
  localOrgIds: string[];
}

export interface PoolMember extends Person {
  email: string;
  capacity: number;
  away: boolean;
}

export interface World {
  now: Date;
  /** The measured issuer: its pool gets the backlog, its admin loads the dashboard. */
  issuerId: string;
  settings: AssessmentSettings;
  admin: { id: string; email: string };
  microCredentials: BenchMicroCredential[];
  /** The measured issuer's micro-credentials. */
  issuerMicroCredentials: BenchMicroCredential[];
  pool: PoolMember[];
  /** The pool member whose queue is measured. */
  measured: PoolMember;
  educators: Person[];
  /** Assessors of the other issuers, by issuer id: they write those issuers' history. */
  otherAssessors: Map<string, string[]>;
}

export interface WorldSize {
  assessors: number;
  educators: number;
  otherAssessorsPerIssuer: number;
}

const DISTRICTS = 10;
const SCHOOLS_PER_DISTRICT = 5;
/** Open reviews an assessor takes at once, by pool position: part-timers to heavy scorers. */
const CAPACITIES = [20, 30, 40];
const PUBLISHED_PER_ISSUER = 10;

/**
 * Four issuers with ten published micro-credentials each (through the real use cases), a state of
 * 10 districts × 5 schools, the measured issuer's pool (each member qualified for all its
 * micro-credentials; four in five teach at a school; one in twenty is away; capacities 20/30/40),
 * educators at every school, and assessors for the other issuers. The measured issuer double-scores
 * its default share of attempts. Users and memberships go in as synthetic rows.
 */
export async function buildWorld(deps: Deps, now: Date, size: WorldSize): Promise<World> {
  const db = deps.db;
  const at = now.toISOString();
  const seeded = await seedCatalog(deps, 4 * PUBLISHED_PER_ISSUER);
  // Not the first issuer: seedCatalog gave that one an assessor of its own.
  const issuerId = seeded.issuerIds[1]!;
  const settings: AssessmentSettings = { ...DEFAULT_SETTINGS, doubleScoreFirst: 0 };
  await saveSettings(db, issuerId, settings, at);
  const microCredentials = await loadMicroCredentials(db, seeded.microCredentialIds);
  const admin = await buildUser(db, { roles: [['issuer_admin', issuerId]] });

  const state = await buildOrg(db, 'state', 'State of Benchmarks');
  const schools: { id: string; districtId: string }[] = [];
  for (let d = 0; d < DISTRICTS; d++) {
    const district = await buildOrg(db, 'district', `Bench District ${d + 1}`, state.id);
    for (let s = 0; s < SCHOOLS_PER_DISTRICT; s++) {
      const school = await buildOrg(db, 'school', `Bench School ${d + 1}-${s + 1}`, district.id);
      schools.push({ id: school.id, districtId: district.id });
    }
  }
  const localOrgs = (schoolIndex: number | null) => {
    if (schoolIndex === null) return [];
    const school = schools[schoolIndex % schools.length]!;
    return [school.id, school.districtId];
  };

  const passwordHash = await hashPassword(TEST_PASSWORD);
  let userNumber = 0;
  let membershipNumber = 0;
  const users: UsersTable[] = [];
  const memberships: MembershipsTable[] = [];
  const addUser = (label: string, roles: [Role, string][], canSignIn: boolean) => {
    const n = userNumber++;
    const id = syntheticId(ID_SPACE.user, 0, n);
    const email = `${label}-${n}@bench.example`;
    users.push({
      id,
      email,
      name: `${label[0]!.toUpperCase()}${label.slice(1)} ${n}`,
      password_hash: canSignIn ? passwordHash : null,
      status: 'active',
      created_at: at,
    });
    for (const [role, orgId] of roles) {
      memberships.push({
        id: syntheticId(ID_SPACE.membership, 0, membershipNumber++),
        user_id: id,
        org_id: orgId,
        role,
        created_at: at,
      });
    }
    return { id, email };
  };

  const pool: PoolMember[] = Array.from({ length: size.assessors }, (_, i) => {
    const schoolIndex = i % 5 === 4 ? null : i;
    const school = localOrgs(schoolIndex);
    const user = addUser(
      'assessor',
      [['assessor', issuerId], ...(schoolIndex === null ? [] : [['educator', school[0]!] as [Role, string]])],
      true,
    );
    return {
      ...user,
      localOrgIds: school,
      capacity: CAPACITIES[i % CAPACITIES.length]!,
      away: i % 20 === 19,
    };
  });
  const educators: Person[] = Array.from({ length: size.educators }, (_, i) => {
    const school = localOrgs(i * 7);
    return { id: addUser('educator', [['educator', school[0]!]], false).id, localOrgIds: school };
  });
  const otherAssessors = new Map(
    seeded.issuerIds
      .filter((issuer) => issuer !== issuerId)
      .map((issuer) => [
        issuer,
        Array.from(
          { length: size.otherAssessorsPerIssuer },
          () => addUser('scorer', [['assessor', issuer]], false).id,
        ),
      ]),
  );

  const issuerMicroCredentials = microCredentials.filter((m) => m.issuerId === issuerId);
  await db.transaction().execute(async (trx) => {
    await insertRows(trx, 'users', users);
    await insertRows(trx, 'memberships', memberships);
    await insertRows(
      trx,
      'assessor_profiles',
      pool.map((m) => ({
        issuer_id: issuerId,
        user_id: m.id,
        capacity: m.capacity,
        senior: 0,
        away_from: m.away ? daysBefore(now, 3) : null,
        away_until: m.away ? daysBefore(now, -30) : null,
        updated_at: at,
      })),
    );
    await insertRows(
      trx,
      'assessor_qualifications',
      issuerMicroCredentials.flatMap((mc) =>
        pool.map((m) => ({
          micro_credential_id: mc.id,
          assessor_id: m.id,
          issuer_id: issuerId,
          status: 'qualified' as const,
          agreement_percent: 90,
          qualified_at: daysBefore(now, 400),
          updated_at: at,
        })),
      ),
    );
  });
  return {
    now,
    issuerId,
    settings,
    admin,
    microCredentials,
    issuerMicroCredentials,
    pool,
    // At work, at a school, capacity 20: its queue fills like anyone's.
    measured: pool[0]!,
    educators,
    otherAssessors,
  };
}

async function loadMicroCredentials(db: Queryable, ids: string[]): Promise<BenchMicroCredential[]> {
  const rows = await db
    .selectFrom('micro_credentials as m')
    .innerJoin('micro_credential_versions as v', 'v.id', 'm.current_version_id')
    .select(['m.id', 'm.issuer_id', 'v.id as version_id', 'v.content'])
    .where('m.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id)!;
    const view = { microCredential: { content: JSON.parse(r.content) as MicroCredentialContent } };
    return {
      id,
      issuerId: r.issuer_id,
      versionId: r.version_id,
      scores: {
        earned: JSON.stringify(scoresFor(view, true)),
        notYet: JSON.stringify(scoresFor(view, false)),
      },
    };
  });
}
