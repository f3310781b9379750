import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../demo/people.js';
import { seedDemo } from '../features/demo/seed-demo.js';
import { signIn } from '../test-support/http.js';
import { createTestDeps, type TestDeps } from '../test-support/test-deps.js';
import { buildApp } from './app.js';
import type { App } from './http.js';

/**
 * No input a user can send reaches a 500: every route, called by each demo role and anonymously,
 * with real and made-up ids and arbitrary JSON bodies, answers below 500.
 */
let deps: TestDeps;
let app: App;
const routes: { method: string; url: string }[] = [];
const cookies: (string | undefined)[] = [undefined];
const realIds: string[] = [];

beforeAll(async () => {
  deps = await createTestDeps();
  await seedDemo(deps);
  app = await buildApp(deps, {
    logger: false,
    serveWeb: false,
    onRoute: (r) => {
      for (const m of [r.method].flat())
        if (m !== 'HEAD' && !r.url.startsWith('/api/docs')) routes.push({ method: m, url: r.url });
    },
  });
  for (const who of ['educator', 'assessor', 'issuer', 'admin'])
    cookies.push(await signIn(app, `${who}@example.org`, DEMO_PASSWORD));
  const ids = await Promise.all([
    deps.db.selectFrom('submissions').select('id').limit(3).execute(),
    deps.db.selectFrom('reviews').select('id').limit(3).execute(),
    deps.db.selectFrom('micro_credentials').select('id').limit(2).execute(),
    deps.db.selectFrom('credentials').select('id').limit(2).execute(),
    deps.db.selectFrom('artifacts').select('id').limit(2).execute(),
  ]);
  realIds.push(...ids.flat().map((r) => r.id));
}, 120_000);
afterAll(async () => {
  await app?.close();
  await deps.close();
});

const segment = fc.oneof(
  fc.constantFrom(
    ...['x', '00000000-0000-4000-8000-000000000000', '%00', '..', 'a'.repeat(300), "'; drop table users; --"],
  ),
  fc.string({ maxLength: 40 }).map((s) => encodeURIComponent(s) || 'e'),
);

describe('no 500s', () => {
  it('answers every route with arbitrary ids and bodies without a server error', async () => {
    const idArb = fc.oneof(
      segment,
      fc.constantFrom(...realIds),
      fc.constantFrom(...realIds).map((id) => `${id}.json`),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.constantFrom(...cookies),
        idArb,
        fc.oneof(
          fc.jsonValue(),
          fc.dictionary(
            fc.constantFrom(
              'revision',
              'answers',
              'content',
              'scores',
              'email',
              'kind',
              'url',
              'credential',
              'note',
            ),
            fc.jsonValue(),
          ),
        ),
        async (route, cookie, id, body) => {
          const url = route.url.replace(/:(\w+)/g, id);
          const res = await app.inject({
            method: route.method as 'POST',
            url,
            headers: cookie ? { cookie } : {},
            ...(route.method === 'GET' || route.method === 'DELETE'
              ? {}
              : {
                  payload: JSON.stringify(body),
                  headers: { ...(cookie ? { cookie } : {}), 'content-type': 'application/json' },
                }),
          });
          expect(
            res.statusCode,
            `${route.method} ${url} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 300)}`,
          ).toBeLessThan(500);
        },
      ),
      { numRuns: 1500, seed: Number(process.env.FC_SEED ?? Date.now() % 100000) },
    );
  }, 240_000);
});
