import { afterAll, beforeAll } from 'vitest';
import type { MicroCredentialContentInput } from '../contracts/micro-credential.js';
import { ensureAllIssuerKeys } from '../features/issuance/issuer-keys.js';
import { buildApp } from '../server/app.js';
import type { App } from '../server/http.js';
import { authFor, buildOrg, buildUser } from './factories.js';
import { signIn } from './http.js';
import { scoresFor, submitForReview } from './loop.js';
import { publishSample } from './publish.js';
import { createTestDeps, type TestDeps, type TestDepsOptions } from './test-deps.js';

type Person = { id: string; email: string; name: string; cookie: string };

/**
 * One issuer with its admin, an assessor and an educator (in a school with no conflict of
 * interest), a published micro-credential, and the app over it: everything a credential test
 * needs to earn credentials through the real API. `close()` tears it all down.
 */
export type CredentialWorld = {
  deps: TestDeps;
  app: App;
  issuer: { id: string; slug: string; name: string };
  admin: Person;
  assessor: Person;
  educator: Person;
  mcId: string;
  /** Another issuer, with its own admin: for access checks across issuers. */
  otherIssuer: { id: string; slug: string; name: string };
  otherAdmin: Person;
  close: () => Promise<void>;
};

export async function buildCredentialWorld(
  options: TestDepsOptions & { content?: Partial<MicroCredentialContentInput> } = {},
): Promise<CredentialWorld> {
  const { content, ...depsOptions } = options;
  const deps = await createTestDeps(depsOptions);
  const app = await buildApp(deps, { logger: false, serveWeb: false });
  const district = await buildOrg(deps.db, 'district', 'Lakeside District');
  const school = await buildOrg(deps.db, 'school', 'Lakeside Primary', district.id);
  const issuer = await buildOrg(deps.db, 'issuer', 'Harbor Teaching Institute');
  const otherIssuer = await buildOrg(deps.db, 'issuer', 'Other Academy');
  const person = async (roles: NonNullable<Parameters<typeof buildUser>[1]>['roles'], name?: string) => {
    const u = await buildUser(deps.db, { roles, ...(name ? { name } : {}) });
    return { ...u, cookie: await signIn(app, u.email) };
  };
  const admin = await person([['issuer_admin', issuer.id]]);
  const assessor = await person([['assessor', issuer.id]]);
  const educator = await person([['educator', school.id]], 'Dana Okafor');
  const otherAdmin = await person([['issuer_admin', otherIssuer.id]]);
  // As `serve` does at start (and creating an issuer through the API does): every issuer has a key.
  await ensureAllIssuerKeys(deps.db, deps.secret, deps.clock.now().toISOString());
  const mc = await publishSample(deps, await authFor(deps.db, admin.id), issuer.id, content);
  return {
    deps,
    app,
    issuer,
    admin,
    assessor,
    educator,
    mcId: mc.id,
    otherIssuer,
    otherAdmin,
    close: async () => {
      await app.close();
      await deps.close();
    },
  };
}

/** Publishes another micro-credential of the world's issuer (e.g. with a validity period). */
export async function publishAnother(
  world: CredentialWorld,
  content: Partial<MicroCredentialContentInput> = {},
): Promise<string> {
  const mc = await publishSample(world.deps, await authFor(world.deps.db, world.admin.id), world.issuer.id, {
    ...content,
  });
  return mc.id;
}

/**
 * The educator earns the micro-credential through the API (start, evidence, submit, the assessor
 * scores every criterion demonstrated). Returns the new credential's id.
 */
export async function earnCredential(
  world: CredentialWorld,
  mcId = world.mcId,
  educatorCookie = world.educator.cookie,
): Promise<string> {
  const { app } = world;
  const { submissionId, review } = await submitForReview(app, educatorCookie, world.assessor.cookie, mcId);
  const decided = await app.inject({
    method: 'POST',
    url: `/api/v1/reviews/${review.id}/decision`,
    headers: { cookie: world.assessor.cookie },
    payload: { scores: scoresFor(review, true) },
  });
  if (decided.statusCode !== 200) throw new Error(`decision failed: ${decided.statusCode} ${decided.body}`);
  const view = await app.inject({
    url: `/api/v1/submissions/${submissionId}`,
    headers: { cookie: educatorCookie },
  });
  const credentialId = view.json<{ credentialId?: string }>().credentialId;
  if (!credentialId) throw new Error(`no credential after an "earned" decision: ${view.body}`);
  return credentialId;
}

/** A new educator (signed in) in a school of their own, to earn more credentials. */
export async function anotherEducator(world: CredentialWorld, name?: string): Promise<Person> {
  const school = await buildOrg(world.deps.db, 'school', 'Second School');
  const u = await buildUser(world.deps.db, { roles: [['educator', school.id]], ...(name ? { name } : {}) });
  return { ...u, cookie: await signIn(world.app, u.email) };
}

/** `app.inject` with an optional cookie and JSON payload. */
export function caller(app: App) {
  return (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    cookie?: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method,
      url,
      headers: { ...(cookie ? { cookie } : {}), ...headers },
      ...(payload ? { payload } : {}),
    });
}

/**
 * A credential world for one test file: built before its tests, closed after them. `w` reads the
 * world once it is built (in the file's own `beforeAll` hooks and tests); `call` is `caller(w.app)`.
 */
export function useCredentialWorld(options?: Parameters<typeof buildCredentialWorld>[0]) {
  let world: CredentialWorld | undefined;
  beforeAll(async () => {
    world = await buildCredentialWorld(options);
  });
  afterAll(() => world?.close());
  const current = () => {
    if (!world) throw new Error('the credential world is built in beforeAll: use it inside hooks and tests');
    return world;
  };
  const w = new Proxy({} as CredentialWorld, { get: (_target, key) => Reflect.get(current(), key) });
  const call: ReturnType<typeof caller> = (...args) => caller(current().app)(...args);
  return { w, call };
}

/** The signed credential as served at `/credentials/{id}.json`. */
export async function credentialJson(app: App, id: string) {
  const res = await app.inject({ url: `/credentials/${id}.json` });
  if (res.statusCode !== 200) throw new Error(`GET ${id}.json: ${res.statusCode} ${res.body}`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return res.json<any>();
}

/** Builds a multipart body holding one file in the field `file`. */
export function multipartFile(
  bytes: Buffer,
  filename: string,
  contentType: string,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----mc${Math.random().toString(36).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
