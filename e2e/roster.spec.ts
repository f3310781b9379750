import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn } from './helpers.js';

const DEMO = path.join(import.meta.dirname, '..', 'demo', 'roster');

test('a district admin previews a staff CSV, sees the rejected lines, then imports the valid ones', async ({
  page,
}) => {
  await signIn(page, 'district@example.org');
  // The rest on a phone's width.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/admin/roster');
  await expect(page.getByRole('heading', { level: 1, name: 'Roster import' })).toBeVisible();
  await page.getByLabel(/^File/).setInputFiles(path.join(DEMO, 'riverside-staff.csv'));
  await page.getByRole('button', { name: 'Preview' }).click();

  const preview = page.getByRole('region', { name: /Preview: riverside-staff\.csv/ });
  await expect(preview).toBeVisible();
  const rejected = preview.getByRole('region', { name: /^Rejected/ });
  await expect(rejected).toContainText('"sam.ray.example.org" is not an email address');
  await expect(rejected).toContainText('which is not part of Riverside Unified School District');
  const apply = preview.getByRole('button', { name: /^Import \d+ people$/ });
  await expect(apply).toBeDisabled();

  await preview.getByLabel('Import the valid lines anyway').check();
  await apply.click();
  await expect(page.getByText('Roster imported')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Earlier imports' }).getByText('Applied').first(),
  ).toBeVisible();
});
