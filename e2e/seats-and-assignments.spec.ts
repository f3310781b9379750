import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pageAs, signIn } from './helpers.js';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function mcId(page: Page, title: string) {
  const found = (await (
    await page.request.get(`/api/v1/micro-credentials?q=${encodeURIComponent(title)}`)
  ).json()) as { items: { id: string; title: string }[] };
  const mc = found.items.find((i) => i.title === title);
  if (!mc) throw new Error(`"${title}" is not in the catalog`);
  return mc.id;
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

test('a district assigns to a school, the educator sees it first, and starting a funded one takes a seat', async ({
  page,
  browser,
}) => {
  await signIn(page, 'district@example.org');
  await page.setViewportSize({ width: 375, height: 900 });

  // Riverside's seats: 25 funded, some already used.
  await page.goto('/admin/seats');
  await expect(page.getByRole('heading', { level: 1, name: 'Funded seats' })).toBeVisible();
  const pool = page.getByRole('article', { name: 'Coaching and mentoring seats 2026–27' });
  await expect(pool.getByText(/of\s*25\s*seats/)).toBeVisible();
  const usedBefore = Number(await pool.getByText('In progress:').locator('strong').textContent());
  await expectNoViolations(page);

  // Assign Cultivating Belonging to Riverside Elementary, due in two weeks.
  await page.goto('/admin/assignments');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Assignments and recommendations' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'New assignment' }).click();
  await page
    .getByLabel('Micro-credential')
    .selectOption(await mcId(page, 'Cultivating Belonging in the Secondary Classroom'));
  await page.getByLabel('Riverside Elementary School').check();
  await page.getByLabel('Due date', { exact: true }).fill(inDays(14));
  await page.getByLabel('Note to educators').fill('Our belonging goal for the spring term.');
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(page.getByText(/Assigned to 1 target/)).toBeVisible();
  const row = page.getByRole('article', { name: 'Cultivating Belonging in the Secondary Classroom' });
  await expect(row.getByText(/Assigned to\s*Riverside Elementary School/)).toBeVisible();
  await expectNoViolations(page);

  // Maya sees it first on her dashboard.
  const maya = await pageAs(browser, 'educator@example.org');
  await maya.setViewportSize({ width: 375, height: 900 });
  await maya.goto('/dashboard');
  const assigned = maya.getByRole('region', { name: 'Assigned to you' });
  await expect(
    assigned.getByRole('link', { name: 'Cultivating Belonging in the Secondary Classroom' }),
  ).toBeVisible();
  await expect(assigned.getByText(/in 14 days/)).toBeVisible();
  const sections = await maya.getByRole('heading', { level: 2 }).allTextContents();
  expect(sections[0]).toBe('Assigned to you');
  expect(sections.indexOf('Assigned to you')).toBeLessThan(sections.indexOf('In progress'));
  await expectNoViolations(maya);

  // The district recommended Mentoring Beginning Teachers; a Riverside seat covers it.
  await maya
    .getByRole('region', { name: 'Recommended for you' })
    .getByRole('link', { name: 'Mentoring a Beginning Teacher Through a Goal Cycle' })
    .click();
  await expect(maya.getByRole('heading', { level: 1 })).toContainText('Mentoring a Beginning Teacher');
  await expect(
    maya.getByText(/A seat funded by Riverside Unified School District covers this/),
  ).toBeVisible();
  await maya.getByRole('button', { name: 'Start this micro-credential' }).click();
  await maya.waitForURL(/\/submissions\//);
  const seats = (await (await maya.request.get('/api/v1/me/seats')).json()) as {
    items: { orgName: string; redeemed: boolean }[];
  };
  expect(seats.items).toContainEqual(
    expect.objectContaining({ orgName: 'Riverside Unified School District', redeemed: true }),
  );

  // The district sees one more seat in use.
  await page.goto('/admin/seats');
  await expect(pool.getByText('In progress:').locator('strong')).toHaveText(String(usedBefore + 1));
  await pool.getByText(/Who used seats/).click();
  await expect(pool.getByText('Maya Thompson')).toBeVisible();
});
