import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers.js';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** Maya's license under Lakeland's demo policy: the catalog says what counts, /renewal shows progress. */
test('an educator sees renewal credit in the catalog, follows her progress and downloads her transcript', async ({
  page,
}) => {
  await signIn(page, 'educator@example.org');
  // On a phone: the rest of the journey at 375 px.
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto('/');
  await expect(page.getByText('Counts for 6 hours toward your renewal').first()).toBeVisible();

  await page.goto('/renewal');
  await expect(page.getByRole('heading', { level: 1, name: 'Renewal progress' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Lakeland Professional Educator renewal' })).toBeVisible();
  const bar = page.getByRole('progressbar', { name: 'Hours counted toward renewal' });
  await expect(bar).toBeVisible();
  expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(6);
  await expect(page.getByText(/of 60 hours required/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Checking for Understanding/ })).toHaveAttribute(
    'href',
    /\/credentials\/[0-9a-f-]{36}$/,
  );
  await expectNoViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Transcript \(CSV\)/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('renewal-transcript.csv');
  const csv = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString('utf8');
  expect(text).toContain('Maya Thompson');
  expect(text).toContain('Lakeland Professional Educator renewal');
  expect(text).toMatch(/Checking for Understanding[^,\r\n]*,[^\r\n]*,counts,6\.00,6\.00,0\.00,http/);

  const pdf = await page.request.get('/api/v1/me/renewal/transcript.pdf');
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a district admin sees the renewal policies and where the staff stand', async ({ page }) => {
  await signIn(page, 'district@example.org');
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto('/admin/renewal');
  await expect(page.getByRole('heading', { level: 1, name: 'Renewal credit' })).toBeVisible();
  await expect(page.getByText('Riverside leadership and family engagement additions').first()).toBeVisible();
  await expect(page.getByText('Lakeland Professional Educator renewal').first()).toBeVisible();
  await expect(page.getByText('Where your educators stand this cycle')).toBeVisible();
  await expect(page.getByText('Maya Thompson').first()).toBeVisible();
  await expectNoViolations(page);
});
