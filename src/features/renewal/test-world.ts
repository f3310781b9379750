import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import type { Role } from '../../db/schema.js';
import { buildApp } from '../../server/app.js';
import { authFor, buildOrg, buildUser } from '../../test-support/factories.js';
import { signIn } from '../../test-support/http.js';
import { publishSample } from '../../test-support/publish.js';
import { createTestDeps } from '../../test-support/test-deps.js';

/**
 * A state with two districts and their schools, an issuer with two published micro-credentials
 * (formative assessment, tagged exit-tickets; classroom management), educators and admins at each
 * level, each signed in.
 */
export async function buildRenewalWorld() {
  const deps = await createTestDeps();
  const app = await buildApp(deps, { logger: false, serveWeb: false });
  const org = (kind: Parameters<typeof buildOrg>[1], name: string, parent: string | null = null) =>
    buildOrg(deps.db, kind, name, parent);
  const platform = await org('platform', 'Platform');
  const state = await org('state', 'Lakeland');
  const otherState = await org('state', 'Hillcrest');
  const district = await org('district', 'Riverside District', state.id);
  const school = await org('school', 'Riverside Middle', district.id);
  const otherDistrict = await org('district', 'Northfield District', state.id);
  const otherSchool = await org('school', 'Northfield High', otherDistrict.id);
  const issuer = await org('issuer', 'Teaching Institute');
  const person = async (roles: [Role, string][], name?: string) => {
    const u = await buildUser(deps.db, { roles, ...(name ? { name } : {}) });
    return { ...u, cookie: await signIn(app, u.email) };
  };
  const people = {
    platformAdmin: await person([['platform_admin', platform.id]]),
    stateAdmin: await person([['state_admin', state.id]]),
    districtAdmin: await person([['district_admin', district.id]]),
    otherDistrictAdmin: await person([['district_admin', otherDistrict.id]]),
    issuerAdmin: await person([['issuer_admin', issuer.id]]),
    educator: await person([['educator', school.id]], 'Maya Fields'),
    otherEducator: await person([['educator', otherSchool.id]], 'Rui Tanaka'),
  };
  const author = await authFor(deps.db, people.issuerAdmin.id);
  const formative = await publishSample(deps, author, issuer.id, { creditHours: 10, tags: ['exit-tickets'] });
  const management = await publishSample(deps, author, issuer.id, {
    title: '=HYPERLINK("http://x","y")',
    topic: 'classroom-management',
    tags: ['routines'],
    creditHours: 4,
  });
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie?: string, payload?: object) =>
    app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
  return {
    deps,
    app,
    call,
    orgs: { platform, state, otherState, district, school, otherDistrict, otherSchool, issuer },
    people,
    mcs: { formative, management },
    close: async () => {
      await app.close();
      await deps.close();
    },
  };
}

/** A credential row as issuance would leave it (a short stand-in document: these tests never verify it). */
export async function insertCredential(
  db: Queryable,
  c: {
    educatorId: string;
    issuerId: string;
    microCredentialId: string;
    versionId: string;
    title: string;
    issuedAt: string;
    status?: 'valid' | 'revoked' | 'suspended';
    validUntil?: string | null;
  },
) {
  const id = randomUUID();
  await db
    .insertInto('credentials')
    .values({
      id,
      submission_id: null,
      attempt_id: null,
      educator_id: c.educatorId,
      issuer_id: c.issuerId,
      micro_credential_id: c.microCredentialId,
      version_id: c.versionId,
      title: c.title,
      status: c.status ?? 'valid',
      issued_at: c.issuedAt,
      valid_until: c.validUntil ?? null,
      document: '{}',
      verification_method: 'test',
    })
    .execute();
  return id;
}
