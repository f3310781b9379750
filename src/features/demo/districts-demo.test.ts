import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../demo/people.js';
import type { PathwayProgressView } from '../../contracts/pathways.js';
import { buildApp } from '../../server/app.js';
import type { App } from '../../server/http.js';
import { signIn } from '../../test-support/http.js';
import { officialOb3Validator } from '../../test-support/third-party.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';
import { seedDemo } from './seed-demo.js';

/**
 * What states and districts see in the demo: renewal credit, funded seats and assignments, and the
 * pathway (Maya one micro-credential away; Ava completed it through a decision). One seeded demo
 * serves them all: seeding it is the slow part.
 */
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

const get = async (email: string, url: string) =>
  app.inject({ url, headers: { cookie: await signIn(app, email, DEMO_PASSWORD) } });

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

describe('the demo’s seats and assignments', () => {
  it('Riverside funds 25 seats, some taken; the state tracks a budget with earned work counted', async () => {
    const report = (await get('district@example.org', '/api/v1/admin/seat-report')).json();
    const riverside = report.pools.find((p: { totalSeats: number }) => p.totalSeats === 25);
    expect(riverside).toMatchObject({ costCents: 4900, phase: 'open', usage: { used: 3, remaining: 22 } });
    const state = (await get('state@example.org', '/api/v1/admin/seat-report')).json();
    expect(state.pools).toHaveLength(2);
    const budget = state.pools.find((p: { costCents: number }) => p.costCents === 0);
    expect(budget.usage.used).toBeGreaterThanOrEqual(3);
    expect(budget.usage.earned).toBeGreaterThanOrEqual(1);
  });

  it('Maya sees the assignment first, then the recommendation, and her funded seat', async () => {
    const mine = (await get('educator@example.org', '/api/v1/me/recommendations')).json().items;
    expect(mine.map((m: { kind: string; microCredential: { title: string } }) => m.kind)).toEqual([
      'assigned',
      'recommended',
    ]);
    expect(mine[0]).toMatchObject({
      daysLeft: 21,
      status: 'not_started',
      askedBy: { org: 'Riverside Unified School District' },
    });
    const seats = (await get('educator@example.org', '/api/v1/me/seats')).json().items;
    expect(seats.length).toBeGreaterThanOrEqual(2);
    expect(seats).toContainEqual(
      expect.objectContaining({ orgName: 'Riverside Unified School District', redeemed: false }),
    );
  });
});

describe('demo pathways', () => {
  it('educator@example.org needs one more micro-credential for Teacher Leader', async () => {
    const mine = (await get('educator@example.org', '/api/v1/me/pathways')).json<{
      items: PathwayProgressView[];
    }>();
    const p = mine.items.find((x) => x.slug === 'teacher-leader-evidence-of-learning')!;
    expect(p).toMatchObject({ doneCount: 2, requiredCount: 3, complete: false, roleTitle: 'Teacher Leader' });
    expect(p.items.filter((i) => i.next).map((i) => i.title)).toEqual(['Reading Like a Scientist']);
  });

  it('another Riverside educator completed it and holds the stacked credential', async () => {
    const mine = (await get('ava.brooks@example.org', '/api/v1/me/pathways')).json<{
      items: PathwayProgressView[];
    }>();
    const p = mine.items.find((x) => x.slug === 'teacher-leader-evidence-of-learning')!;
    expect(p).toMatchObject({ complete: true, credentialUrl: expect.stringContaining('/credentials/') });
    const id = p.credentialUrl!.split('/').pop()!;
    const doc = (await app.inject({ url: `/credentials/${id}.json` })).json();
    const validate = officialOb3Validator();
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const completions = (await get('district@example.org', '/api/v1/admin/pathway-completions')).json();
    expect(completions.items).toEqual([
      expect.objectContaining({
        name: 'Ava Brooks',
        roleTitle: 'Teacher Leader',
        payStep: 'Step 2 (+$1,500)',
      }),
    ]);
  });
});
