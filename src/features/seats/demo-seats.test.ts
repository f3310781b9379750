import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../demo/people.js';
import { buildApp } from '../../server/app.js';
import type { App } from '../../server/http.js';
import { signIn } from '../../test-support/http.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';
import { seedDemo } from '../demo/seed-demo.js';

let deps: TestDeps;
let app: App;
const get = async (email: string, url: string) =>
  app.inject({ url, headers: { cookie: await signIn(app, email, DEMO_PASSWORD) } });

beforeAll(async () => {
  deps = await createTestDeps();
  await seedDemo(deps);
  app = await buildApp(deps, { logger: false, serveWeb: false });
}, 180_000);
afterAll(async () => {
  await app?.close();
  await deps.close();
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
