import { expect, test, request as playwrightRequest } from '@playwright/test';
import { startDevProvider, type DevProvider } from '../src/features/oidc/dev-provider.js';
import { PASSWORD } from './helpers.js';

/**
 * District sign-in through a real OpenID Connect provider (oidc-provider), started here on a free
 * port: a platform admin adds it through the API, then Maya Thompson signs in with it in Chromium.
 */
const port = Number(process.env.E2E_PORT ?? 3197);
const base = `http://localhost:${port}`;
const SLUG = 'e2e-district';
let dev: DevProvider;

test.beforeAll(async () => {
  dev = await startDevProvider({
    title: 'Riverside district sign-in',
    clients: [
      {
        clientId: 'microcred-e2e',
        clientSecret: 'e2e-client-secret-value',
        redirectUris: [`${base}/auth/oidc/${SLUG}/callback`],
      },
    ],
    accounts: [{ email: 'educator@example.org', name: 'Maya Thompson' }],
  });
  const api = await playwrightRequest.newContext({ baseURL: base });
  const login = await api.post('/api/v1/auth/login', {
    data: { email: 'admin@example.org', password: PASSWORD },
  });
  expect(login.ok()).toBe(true);
  const orgs = (await (await api.get('/api/v1/admin/organizations')).json()) as {
    items: { id: string; slug: string }[];
  };
  const riverside = orgs.items.find((o) => o.slug === 'riverside-usd')!;
  const body = {
    name: 'Riverside district account',
    kind: 'oidc',
    issuerUrl: dev.issuer,
    clientId: 'microcred-e2e',
    clientSecret: 'e2e-client-secret-value',
  };
  let created = await api.post('/api/v1/admin/sign-in-providers', {
    data: { ...body, orgId: riverside.id, slug: SLUG },
  });
  if (created.status() === 409) {
    // A retry: point the provider made by the first attempt at this run's provider.
    const list = (await (await api.get('/api/v1/admin/sign-in-providers')).json()) as {
      items: { id: string; slug: string }[];
    };
    const id = list.items.find((p) => p.slug === SLUG)!.id;
    created = await api.patch(`/api/v1/admin/sign-in-providers/${id}`, { data: { ...body, enabled: true } });
  }
  expect(created.ok(), await created.text()).toBe(true);
  const check = await api.post(`/api/v1/admin/sign-in-providers/${(await created.json()).id}/check`);
  expect((await check.json()).ok).toBe(true);
  await api.dispose();
});

test.afterAll(async () => {
  await dev?.close();
});

test('an educator signs in with the district account and lands signed in as herself', async ({ page }) => {
  await page.goto('/signin?next=/settings');
  await page.getByRole('link', { name: 'Sign in with Riverside district account' }).click();
  await expect(page.getByRole('heading', { name: 'Riverside district sign-in' })).toBeVisible();
  await page.getByLabel('Email').fill('educator@example.org');
  await page.getByLabel('Password').fill('anything');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/settings`);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  const me = (await (await page.request.get('/api/v1/me')).json()) as { name: string; email: string };
  expect(me).toMatchObject({ name: 'Maya Thompson', email: 'educator@example.org' });
  // The account is now linked, and shows in settings.
  const linked = page.getByRole('region', { name: 'Linked accounts and emails' });
  await expect(linked.getByRole('button', { name: 'Unlink Riverside district account' })).toBeVisible();
});

test('a provider that is not running leads to a clear message, not an error page', async ({ page }) => {
  // The demo's Riverside provider points at the development provider on port 3001, not running here.
  await page.goto('/signin');
  await page.getByRole('link', { name: /Sign in with Riverside USD account/ }).click();
  await page.waitForURL(/\/signin\?error=provider-unavailable/);
  await expect(page.getByRole('alert')).toContainText('cannot be reached right now');
});
