import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../demo/people.js';
import type { PathwayProgressView } from '../../contracts/pathways.js';
import { buildApp } from '../../server/app.js';
import type { App } from '../../server/http.js';
import { signIn } from '../../test-support/http.js';
import { officialOb3Validator } from '../../test-support/third-party.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';
import { seedDemo } from '../demo/seed-demo.js';

/** The demo's pathway: Maya is one micro-credential away; Ava completed it through a decision. */
let deps: TestDeps;
let app: App;

beforeAll(async () => {
  deps = await createTestDeps();
  await seedDemo(deps);
  app = await buildApp(deps, { logger: false, serveWeb: false });
}, 180_000);
afterAll(async () => {
  await app?.close();
  await deps.close();
});

const get = async (url: string, email: string) =>
  app.inject({ url, headers: { cookie: await signIn(app, email, DEMO_PASSWORD) } });

describe('demo pathways', () => {
  it('educator@example.org needs one more micro-credential for Teacher Leader', async () => {
    const mine = (await get('/api/v1/me/pathways', 'educator@example.org')).json<{
      items: PathwayProgressView[];
    }>();
    const p = mine.items.find((x) => x.slug === 'teacher-leader-evidence-of-learning')!;
    expect(p).toMatchObject({ doneCount: 2, requiredCount: 3, complete: false, roleTitle: 'Teacher Leader' });
    expect(p.items.filter((i) => i.next).map((i) => i.title)).toEqual(['Reading Like a Scientist']);
  });

  it('another Riverside educator completed it and holds the stacked credential', async () => {
    const mine = (await get('/api/v1/me/pathways', 'ava.brooks@example.org')).json<{
      items: PathwayProgressView[];
    }>();
    const p = mine.items.find((x) => x.slug === 'teacher-leader-evidence-of-learning')!;
    expect(p).toMatchObject({ complete: true, credentialUrl: expect.stringContaining('/credentials/') });
    const id = p.credentialUrl!.split('/').pop()!;
    const doc = (await app.inject({ url: `/credentials/${id}.json` })).json();
    const validate = officialOb3Validator();
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const completions = (await get('/api/v1/admin/pathway-completions', 'district@example.org')).json();
    expect(completions.items).toEqual([
      expect.objectContaining({
        name: 'Ava Brooks',
        roleTitle: 'Teacher Leader',
        payStep: 'Step 2 (+$1,500)',
      }),
    ]);
  });
});
