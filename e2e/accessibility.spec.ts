import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** WCAG 2.1 AA, checked by axe on the pages each role uses, on a phone and a desktop. */
const PAGES: { name: string; path: string | (() => Promise<string>); as?: string }[] = [
  { name: 'catalog', path: '/' },
  { name: 'sign-in', path: '/signin' },
  { name: 'verify', path: '/verify' },
  { name: 'dashboard', path: '/dashboard', as: 'educator@example.org' },
  { name: 'my credentials', path: '/me/credentials', as: 'educator@example.org' },
  { name: 'review queue', path: '/reviews', as: 'assessor@example.org' },
  { name: 'authoring', path: '/authoring', as: 'issuer@example.org' },
  { name: 'notifications', path: '/notifications', as: 'educator@example.org' },
  { name: 'settings', path: '/settings', as: 'educator@example.org' },
  { name: 'issued credentials', path: '/issuer/credentials', as: 'issuer@example.org' },
  { name: 'signing keys', path: '/issuer/keys', as: 'issuer@example.org' },
  { name: 'admin', path: '/admin', as: 'admin@example.org' },
  { name: 'email outbox', path: '/admin/outbox', as: 'admin@example.org' },
  { name: 'data deletion requests', path: '/admin/data-requests', as: 'admin@example.org' },
  { name: 'staff progress', path: '/admin', as: 'district@example.org' },
  // Lanternhill's assessment, on its double-scoring demo data.
  { name: 'assessment overview', path: '/issuer/assessment', as: 'lanternhill-admin@example.org' },
  { name: 'open reviews', path: '/issuer/assessment?tab=open', as: 'lanternhill-admin@example.org' },
  { name: 'assessor pool', path: '/issuer/assessment?tab=assessors', as: 'lanternhill-admin@example.org' },
  {
    name: 'calibration anchors',
    path: '/issuer/assessment?tab=calibration',
    as: 'lanternhill-admin@example.org',
  },
  {
    name: 'assessment settings',
    path: '/issuer/assessment?tab=settings',
    as: 'lanternhill-admin@example.org',
  },
  { name: 'audit log', path: '/issuer/audit', as: 'lanternhill-admin@example.org' },
  { name: 'senior review queue', path: '/reviews', as: 'senior-assessor@example.org' },
  { name: 'assessor calibration', path: '/reviews?tab=calibration', as: 'new-assessor@example.org' },
  { name: 'renewal progress', path: '/renewal', as: 'educator@example.org' },
  { name: 'pathways', path: '/pathways', as: 'educator@example.org' },
  { name: 'roster import', path: '/admin/roster', as: 'district@example.org' },
  { name: 'sign-in providers', path: '/admin/sign-in', as: 'district@example.org' },
  { name: 'renewal credit admin', path: '/admin/renewal', as: 'state@example.org' },
  { name: 'assignments', path: '/admin/assignments', as: 'district@example.org' },
  { name: 'funded seats', path: '/admin/seats', as: 'district@example.org' },
  { name: 'pathways admin', path: '/admin/pathways', as: 'district@example.org' },
];

for (const width of [375, 1280]) {
  for (const p of PAGES) {
    test(`${p.name} at ${width}px has no WCAG 2.1 AA violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      if (p.as) {
        const res = await page.request.post('/api/v1/auth/login', {
          data: { email: p.as, password: 'microcred-demo' },
        });
        expect(res.ok()).toBe(true);
      }
      await page.goto(typeof p.path === 'string' ? p.path : await p.path());
      await page.waitForLoadState('networkidle');
      await expect(page.locator('main')).toBeVisible();
      await expectNoViolations(page);
    });
  }
}

test('the public credential page has no WCAG 2.1 AA violations', async ({ page }) => {
  await page.request.post('/api/v1/auth/login', {
    data: { email: 'educator@example.org', password: 'microcred-demo' },
  });
  const { items } = await (await page.request.get('/api/v1/me/credentials')).json();
  await page.goto(`/credentials/${items[0].id}`);
  await expectNoViolations(page);
});

/** The working screens, opened on demo data: the educator's workspace, the review screen, the authoring editor. */
for (const [name, as, find] of [
  [
    'workspace',
    'educator@example.org',
    async (page: Page) => {
      const { items } = await (await page.request.get('/api/v1/submissions')).json();
      return `/submissions/${items.find((i: { status: string }) => i.status === 'in_progress').id}`;
    },
  ],
  [
    'review screen',
    'assessor@example.org',
    async (page: Page) => {
      const { items } = await (await page.request.get('/api/v1/reviews?status=assigned')).json();
      return `/reviews/${items[0].id}`;
    },
  ],
  [
    'review screen with an uploaded PDF and photo',
    'assessor@example.org',
    async (page: Page) => {
      const { items } = await (await page.request.get('/api/v1/reviews?status=assigned')).json();
      const withFiles = items.find(
        (i: { microCredential: { title: string } }) => i.microCredential.title === 'Reading Like a Scientist',
      );
      return `/reviews/${withFiles.id}`;
    },
  ],
  [
    'adjudication screen',
    'senior-assessor@example.org',
    async (page: Page) => {
      const { items } = await (await page.request.get('/api/v1/reviews?status=assigned')).json();
      return `/reviews/${items.find((i: { kind: string }) => i.kind === 'adjudication').id}`;
    },
  ],
  [
    'authoring editor',
    'issuer@example.org',
    async (page: Page) => {
      const { items } = await (await page.request.get('/api/v1/authoring/micro-credentials')).json();
      return `/authoring/${items[0].id}`;
    },
  ],
] as const) {
  test(`the ${name} has no WCAG 2.1 AA violations`, async ({ page }) => {
    await page.request.post('/api/v1/auth/login', { data: { email: as, password: 'microcred-demo' } });
    await page.goto(await find(page));
    await page.waitForLoadState('networkidle');
    await expect(page.locator('main')).toBeVisible();
    await expectNoViolations(page);
  });
}

/** The states the new pages open into: a download menu, the upload tab, a token shown once, a revoke dialog. */
test('open menus, tabs and dialogs have no WCAG 2.1 AA violations', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.request.post('/api/v1/auth/login', {
    data: { email: 'educator@example.org', password: 'microcred-demo' },
  });
  await page.goto('/me/credentials');
  await page
    .getByRole('article')
    .first()
    .getByRole('button', { name: /^Download/ })
    .click();
  await expect(page.getByRole('link', { name: /PNG badge/ }).first()).toBeVisible();
  await expectNoViolations(page);

  await page.goto('/settings');
  await page.getByLabel(/Token name/).fill('Axe check');
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByText('Copy this token now')).toBeVisible();
  await expectNoViolations(page);

  await page.goto('/verify');
  await page.getByRole('tab', { name: 'Upload a file' }).click();
  await expectNoViolations(page);

  await page.request.post('/api/v1/auth/login', {
    data: { email: 'issuer@example.org', password: 'microcred-demo' },
  });
  await page.goto('/issuer/credentials');
  await page
    .getByRole('button', { name: /^Suspend/ })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page);
});
