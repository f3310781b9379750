import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../demo/people.js';
import { buildApp } from '../../server/app.js';
import type { App } from '../../server/http.js';
import { signIn } from '../../test-support/http.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';
import { seedDemo } from '../demo/seed-demo.js';

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

describe('demo renewal', () => {
  it('Maya holds a Lakeland license under the demo policy, with credentials that count 6 hours each', async () => {
    const cookie = await signIn(app, 'educator@example.org', DEMO_PASSWORD);
    const renewal = (await app.inject({ url: '/api/v1/me/renewal', headers: { cookie } })).json();
    expect(renewal.policy).toMatchObject({
      name: 'Lakeland Professional Educator renewal',
      requiredHours: 60,
      capHours: 30,
    });
    expect(renewal.districtPolicy?.orgName).toBe('Riverside Unified School District');
    const counting = renewal.items.filter((i: { countedHours: number }) => i.countedHours > 0);
    expect(counting.length).toBeGreaterThanOrEqual(1);
    expect(counting.every((i: { countedHours: number }) => i.countedHours === 6)).toBe(true);
    expect(renewal.countedHours).toBe(6 * counting.length);

    const hours = (await app.inject({ url: '/api/v1/me/renewal/hours', headers: { cookie } })).json().hours;
    const catalog = (await app.inject({ url: '/api/v1/micro-credentials?limit=100' })).json().items as {
      id: string;
      slug: string;
      topic: string;
    }[];
    const bySlug = new Map(catalog.map((c) => [c.slug, c.id]));
    expect(hours[bySlug.get('checking-for-understanding')!]).toBe(6);
    // Riverside adds Brightwater's teacher-leadership micro-credentials, at their own credit hours.
    expect(hours[bySlug.get('leading-a-data-team')!]).toBe(15);
    expect(hours[bySlug.get('cultivating-belonging')!]).toBeUndefined();
  });

  it('the Riverside district admin sees their staff renewal, Pine Ridge people not among them', async () => {
    const cookie = await signIn(app, 'district@example.org', DEMO_PASSWORD);
    const page = (await app.inject({ url: '/api/v1/admin/renewal?limit=100', headers: { cookie } })).json();
    const names = page.items.map((i: { name: string }) => i.name);
    expect(names).toContain('Maya Thompson');
    expect(names).not.toContain('Luis Moreno');
    expect(page.summary.noLicense).toBeGreaterThan(0);
  });
});
