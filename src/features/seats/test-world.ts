import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../db/schema.js';
import { buildApp } from '../../server/app.js';
import type { App } from '../../server/http.js';
import { caller } from '../../test-support/credential-world.js';
import { authFor, buildOrg, buildUser } from '../../test-support/factories.js';
import { signIn } from '../../test-support/http.js';
import { publishSample } from '../../test-support/publish.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';
import { createMicroCredential, retireMicroCredential } from '../catalog/author-micro-credential.js';
import { buildContent } from '../../test-support/sample-content.js';

export type Person = { id: string; email: string; name: string; cookie: string };

/**
 * A state with two districts and their schools, district and state admins, educators in each
 * school, and micro-credentials of one issuer: free, paid, a draft and a retired one. What seat
 * and recommendation tests need.
 */
export async function buildDistrictWorld() {
  const deps = await createTestDeps();
  const app = await buildApp(deps, { logger: false, serveWeb: false });
  const org = (kind: Parameters<typeof buildOrg>[1], name: string, parent: string | null = null) =>
    buildOrg(deps.db, kind, name, parent);
  const platform = await org('platform', 'Platform');
  const state = await org('state', 'Bay State');
  const district = await org('district', 'Riverbend USD', state.id);
  const school = await org('school', 'Riverbend Elementary', district.id);
  const otherSchool = await org('school', 'Riverbend Middle', district.id);
  const farDistrict = await org('district', 'Hillside District', state.id);
  const farSchool = await org('school', 'Hillside High', farDistrict.id);
  const issuer = await org('issuer', 'Harbor Teaching Institute');
  const person = async (roles: [Role, string][], name?: string): Promise<Person> => {
    const u = await buildUser(deps.db, { roles, ...(name ? { name } : {}) });
    return { ...u, cookie: await signIn(app, u.email) };
  };
  const people = {
    platformAdmin: await person([['platform_admin', platform.id]]),
    stateAdmin: await person([['state_admin', state.id]]),
    districtAdmin: await person([['district_admin', district.id]]),
    farAdmin: await person([['district_admin', farDistrict.id]]),
    issuerAdmin: await person([['issuer_admin', issuer.id]]),
    maya: await person([['educator', school.id]], 'Maya Educator'),
    noah: await person([['educator', school.id]], 'Noah Educator'),
    zara: await person([['educator', otherSchool.id]], 'Zara Educator'),
    omar: await person([['educator', farSchool.id]], 'Omar Far'),
  };
  const author = await authFor(deps.db, people.issuerAdmin.id);
  const publish = (title: string, priceCents = 0) =>
    publishSample(deps, author, issuer.id, { title, priceCents });
  const mcs = {
    free: await publish('Checking for Understanding'),
    freeToo: await publish('Classroom Routines'),
    paid: await publish('Mentoring Beginning Teachers', 4900),
    draft: await createMicroCredential(deps, author, {
      issuerId: issuer.id,
      slug: 'draft-one',
      content: buildContent({ title: 'Unfinished Draft' }),
    }),
    retired: await publish('Old Practice'),
  };
  await retireMicroCredential(deps, author, mcs.retired.id);
  return {
    deps,
    app,
    call: caller(app),
    orgs: { platform, state, district, school, otherSchool, farDistrict, farSchool, issuer },
    people,
    mcs,
    person,
  };
}

export type DistrictWorld = Awaited<ReturnType<typeof buildDistrictWorld>>;

/** A district world for one test file, built before its tests and closed after them. */
export function useDistrictWorld() {
  let world: DistrictWorld | undefined;
  beforeAll(async () => {
    world = await buildDistrictWorld();
  });
  afterAll(async () => {
    await world?.app.close();
    await world?.deps.close();
  });
  return () => world!;
}

export type { TestDeps, App };
