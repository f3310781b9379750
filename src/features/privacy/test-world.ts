import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import { ensureAllIssuerKeys } from '../issuance/issuer-keys.js';
import { buildApp } from '../../server/app.js';
import type { App } from '../../server/http.js';
import { authFor, buildOrg, buildUser } from '../../test-support/factories.js';
import { signIn } from '../../test-support/http.js';
import { caller } from '../../test-support/credential-world.js';
import { scoresFor, submitForReview } from '../../test-support/loop.js';
import { publishSample } from '../../test-support/publish.js';
import { createTestDeps } from '../../test-support/test-deps.js';
import type { Role } from '../../db/schema.js';

type Person = { id: string; email: string; name: string; cookie: string };

/**
 * A platform with a state → district → school tree, two issuers with their admins, an assessor,
 * educators, district and platform admins, and a published micro-credential of each issuer: what
 * privacy tests need to earn, purge, export and delete through the real API.
 */
export async function buildPrivacyWorld() {
  const deps = await createTestDeps();
  const app = await buildApp(deps, { logger: false, serveWeb: false });
  const org = (kind: Parameters<typeof buildOrg>[1], name: string, parent: string | null = null) =>
    buildOrg(deps.db, kind, name, parent);
  const platform = await org('platform', 'Platform');
  const state = await org('state', 'Bay State');
  const district = await org('district', 'Lakeside District', state.id);
  const school = await org('school', 'Lakeside Primary', district.id);
  const otherDistrict = await org('district', 'Hillside District', state.id);
  const otherSchool = await org('school', 'Hillside Middle', otherDistrict.id);
  const issuer = await org('issuer', 'Harbor Teaching Institute');
  const otherIssuer = await org('issuer', 'Other Academy');
  const person = async (roles: [Role, string][], name?: string): Promise<Person> => {
    const u = await buildUser(deps.db, { roles, ...(name ? { name } : {}) });
    return { ...u, cookie: await signIn(app, u.email) };
  };
  const people = {
    platformAdmin: await person([['platform_admin', platform.id]]),
    otherPlatformAdmin: await person([['platform_admin', platform.id]]),
    issuerAdmin: await person([['issuer_admin', issuer.id]]),
    otherIssuerAdmin: await person([['issuer_admin', otherIssuer.id]]),
    assessor: await person([
      ['assessor', issuer.id],
      ['assessor', otherIssuer.id],
    ]),
    districtAdmin: await person([['district_admin', district.id]]),
    stateAdmin: await person([['state_admin', state.id]]),
    educator: await person([['educator', school.id]], 'Dana Okafor'),
    otherEducator: await person([['educator', otherSchool.id]], 'Rui Tanaka'),
  };
  await ensureAllIssuerKeys(deps.db, deps.secret, deps.clock.now().toISOString());
  /** A freshly published micro-credential of the issuer (each person earns one only once). */
  const publish = async (of: 'issuer' | 'otherIssuer' = 'issuer') => {
    const admin = of === 'issuer' ? people.issuerAdmin : people.otherIssuerAdmin;
    return (await publishSample(deps, await authFor(deps.db, admin.id), { issuer, otherIssuer }[of].id)).id;
  };

  let attached = 0;
  /** Adds an uploaded file to the submission's current attempt, as an upload would have stored it. */
  async function attachFile(
    submissionId: string,
    bytes: Buffer,
    filename: string,
    contentType = 'application/pdf',
  ) {
    const stored = await deps.blobs.put(Readable.from([bytes]), 1 << 30);
    const attempt = await deps.db
      .selectFrom('attempts')
      .select('id')
      .where('submission_id', '=', submissionId)
      .orderBy('number', 'desc')
      .executeTakeFirstOrThrow();
    const content = await deps.db
      .selectFrom('submissions as s')
      .innerJoin('micro_credential_versions as v', 'v.id', 's.version_id')
      .select('v.content')
      .where('s.id', '=', submissionId)
      .executeTakeFirstOrThrow();
    const requirementId = (
      JSON.parse(content.content) as { requirements: { part2: { artifacts: { id: string }[] } } }
    ).requirements.part2.artifacts[0]!.id;
    await deps.db
      .insertInto('artifacts')
      .values({
        id: randomUUID(),
        attempt_id: attempt.id,
        requirement_id: requirementId,
        kind: 'file',
        title: 'Lesson plan',
        text: null,
        url: null,
        blob_sha256: stored.sha256,
        filename,
        content_type: contentType,
        size_bytes: stored.size,
        position: 10 + attached++,
        created_at: deps.clock.now().toISOString(),
        thumbnail_sha256: null,
        privacy: JSON.stringify({ noStudentNames: true, facesConsented: true }),
        purged_at: null,
      })
      .execute();
    return { sha256: stored.sha256, attemptId: attempt.id };
  }

  /**
   * The educator submits a new micro-credential of the issuer (with `files` added to the evidence)
   * and the assessor decides it. Returns the submission, its attempt and, when earned, the credential.
   */
  async function decide(
    who: Person,
    opts: { of?: 'issuer' | 'otherIssuer'; earned?: boolean; files?: { bytes: Buffer; name: string }[] } = {},
  ) {
    const mcId = await publish(opts.of);
    const { submissionId, review } = await submitForReview(app, who.cookie, people.assessor.cookie, mcId);
    const blobs = [];
    for (const f of opts.files ?? []) blobs.push(await attachFile(submissionId, f.bytes, f.name));
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/reviews/${review.id}/decision`,
      headers: { cookie: people.assessor.cookie },
      payload: { scores: scoresFor(review, opts.earned ?? true) },
    });
    if (res.statusCode !== 200) throw new Error(`decision failed: ${res.statusCode} ${res.body}`);
    const sub = await deps.db
      .selectFrom('submissions as s')
      .leftJoin('credentials as c', 'c.submission_id', 's.id')
      .innerJoin('attempts as a', 'a.submission_id', 's.id')
      .select(['c.id as credentialId', 'a.id as attemptId'])
      .where('s.id', '=', submissionId)
      .orderBy('a.number', 'desc')
      .executeTakeFirstOrThrow();
    return { mcId, submissionId, attemptId: sub.attemptId, credentialId: sub.credentialId, blobs };
  }

  /** Moves the clock on; everyone signs in again (sessions last 30 days). */
  async function advance(ms: number) {
    deps.clock.advance(ms);
    for (const p of Object.values(people)) {
      const status = await deps.db
        .selectFrom('users')
        .select('status')
        .where('id', '=', p.id)
        .executeTakeFirst();
      if (status?.status === 'active') p.cookie = await signIn(app, p.email);
    }
  }

  return {
    deps,
    advance,
    app: app as App,
    call: caller(app),
    orgs: { platform, state, district, school, otherDistrict, otherSchool, issuer, otherIssuer },
    people,
    publish,
    attachFile,
    decide,
    close: async () => {
      await app.close();
      await deps.close();
    },
  };
}

export type PrivacyWorld = Awaited<ReturnType<typeof buildPrivacyWorld>>;

/** A privacy world for one test file, built before its tests and closed after them. */
export function usePrivacyWorld() {
  let world: PrivacyWorld | undefined;
  beforeAll(async () => {
    world = await buildPrivacyWorld();
  });
  afterAll(() => world?.close());
  return new Proxy({} as PrivacyWorld, {
    get: (_t, key) => {
      if (!world) throw new Error('the privacy world is built in beforeAll');
      return Reflect.get(world, key);
    },
  });
}
