import { createMicroCredential } from '../src/features/catalog/author-micro-credential.js';
import { publishMicroCredential } from '../src/features/catalog/publish-micro-credential.js';
import { systemClock } from '../src/server/clock.js';
import type { Deps } from '../src/server/deps.js';
import type { App } from '../src/server/http.js';
import { authFor, buildOrg, buildUser } from '../src/test-support/factories.js';
import { signIn } from '../src/test-support/http.js';
import { completeDraft, scoresFor } from '../src/test-support/loop.js';
import { createTestDeps, type TestDeps } from '../src/test-support/test-deps.js';
import { benchContent } from './catalog-content.js';

export type BenchDeps = TestDeps;

/**
 * A new, empty, migrated database for one run: a temporary SQLite file, or — when DATABASE_URL is a
 * postgres:// URL, or TEST_DATABASE_URL is set — a new database created on that PostgreSQL server
 * and dropped again by `close()`. Nothing already there is touched. The clock is the real one.
 */
export function createBenchDeps(env: NodeJS.ProcessEnv = process.env): Promise<BenchDeps> {
  const postgresServer = /^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? '')
    ? env.DATABASE_URL
    : env.TEST_DATABASE_URL;
  return createTestDeps({ postgresServer, sqliteFile: true, overrides: { clock: systemClock } });
}

export type Seeded = {
  issuerIds: string[];
  microCredentialIds: string[];
  educator: { id: string; email: string };
  assessor: { id: string; email: string };
};

/**
 * Publishes `count` micro-credentials through the real use cases (createMicroCredential, then
 * publishMicroCredential: content check, version row, FTS index) spread over four issuers.
 */
export async function seedCatalog(
  deps: Deps,
  count: number,
  onProgress?: (done: number) => void,
): Promise<Seeded> {
  const state = await buildOrg(deps.db, 'state', 'State of Example');
  const district = await buildOrg(deps.db, 'district', 'Riverbend District', state.id);
  const school = await buildOrg(deps.db, 'school', 'Maple Street Elementary', district.id);
  const issuers = await Promise.all(
    [
      'Northfield Institute',
      'Lakeside University',
      'Summit Teaching Guild',
      'Coastal Education Cooperative',
    ].map((name) => buildOrg(deps.db, 'issuer', name)),
  );
  const admin = await buildUser(deps.db, {
    roles: issuers.map((i): ['issuer_admin', string] => ['issuer_admin', i.id]),
  });
  const educator = await buildUser(deps.db, { roles: [['educator', school.id]] });
  const assessor = await buildUser(deps.db, { roles: [['assessor', issuers[0]!.id]] });
  const auth = await authFor(deps.db, admin.id);

  const ids: string[] = new Array<string>(count);
  let next = 0;
  let done = 0;
  // A few publishes in flight at once: PostgreSQL uses its pool; SQLite serializes them anyway.
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const issuer = issuers[i % issuers.length]!;
      const created = await createMicroCredential(deps, auth, {
        issuerId: issuer.id,
        slug: `bench-${i}`,
        content: benchContent(i),
      });
      await publishMicroCredential(deps, auth, created.id);
      ids[i] = created.id;
      if (++done % 250 === 0) onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return { issuerIds: issuers.map((i) => i.id), microCredentialIds: ids, educator, assessor };
}

/**
 * Earns one credential through the HTTP API, as an educator and an assessor would (start, fill
 * every part, submit, blind review, "earned"), and returns the credential id.
 */
export async function earnCredential(app: App, seeded: Seeded): Promise<string> {
  const educatorCookie = await signIn(app, seeded.educator.email);
  const assessorCookie = await signIn(app, seeded.assessor.email);
  const call = async (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) => {
    const res = await app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
    if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode}: ${res.body}`);
    return res.json<Record<string, unknown>>();
  };
  const started = await call('POST', '/api/v1/submissions', educatorCookie, {
    microCredentialId: seeded.microCredentialIds[0],
  });
  const submissionId = started.id as string;
  await completeDraft(app, educatorCookie, submissionId);
  await call('POST', `/api/v1/submissions/${submissionId}/submit`, educatorCookie);
  const queue = (await call('GET', '/api/v1/reviews', assessorCookie)) as { items: { id: string }[] };
  const reviewId = queue.items[0]?.id;
  if (!reviewId) throw new Error('the submission was not assigned to the assessor');
  const review = (await call('GET', `/api/v1/reviews/${reviewId}`, assessorCookie)) as Parameters<
    typeof scoresFor
  >[0];
  const decided = await call('POST', `/api/v1/reviews/${reviewId}/decision`, assessorCookie, {
    scores: scoresFor(review, true),
  });
  const earned = (await call('GET', `/api/v1/submissions/${submissionId}`, educatorCookie)) as {
    credentialId: unknown;
  };
  if (decided.decision !== 'earned' || typeof earned.credentialId !== 'string') {
    throw new Error(`expected an earned credential, got ${JSON.stringify(decided)}`);
  }
  return earned.credentialId;
}
