import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PASSWORD } from './helpers.js';

/** Signs in through the API (the page's cookies), as the accessibility journey does. */
async function signIn(page: Page, email: string) {
  const res = await page.request.post('/api/v1/auth/login', { data: { email, password: PASSWORD } });
  expect(res.ok()).toBe(true);
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test('an educator sees her pathway progress on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page, 'educator@example.org');
  await page.goto('/pathways');
  const card = page.getByRole('article', { name: 'Teacher Leader: Evidence of Learning' });
  await expect(card).toBeVisible();
  await expect(card.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2');
  await expect(card.getByText('2 of 3 done')).toBeVisible();
  await expect(card.getByText('Role: Teacher Leader')).toBeVisible();
  await expect(card.getByText('Pay step: Step 2 (+$1,500)')).toBeVisible();
  await expect(card.getByRole('link', { name: 'Reading Like a Scientist' })).toBeVisible();
  // Nothing spills sideways on a phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoViolations(page);
});

test('an educator who completed it links to the stacked credential', async ({ page }) => {
  await signIn(page, 'ava.brooks@example.org');
  await page.goto('/pathways');
  const card = page.getByRole('article', { name: 'Teacher Leader: Evidence of Learning' });
  await card.getByRole('link', { name: /View stacked credential/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Teacher Leader: Evidence of Learning' }),
  ).toBeVisible();
  await expect(page.getByText('The earned micro-credentials it stacks')).toBeVisible();
  await expectNoViolations(page);
});

test('the district admin sees pathways and completions', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page, 'district@example.org');
  await page.goto('/admin/pathways');
  await expect(page.getByRole('heading', { name: 'Teacher Leader: Evidence of Learning' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /Ava Brooks/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoViolations(page);
});
