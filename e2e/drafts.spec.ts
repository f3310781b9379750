import { expect, test, type Page } from '@playwright/test';
import { serverAnswer, signIn, startFreshDraft, words } from './helpers.js';

/**
 * Drafts are never lost: a reload before the autosave fires, two devices editing the same answer,
 * and typing while offline. A demo educator and micro-credentials no other spec uses.
 */
const EDUCATOR = 'hana.sato@example.org';

/** Reloading with unsaved typing asks "leave this page?"; the test answers yes, as a person might. */
const acceptLeaving = (page: Page) => page.on('dialog', (d) => void d.accept());

test('a long answer survives a reload, even one before the autosave fires', async ({ page }) => {
  acceptLeaving(page);
  await signIn(page, EDUCATOR);
  const { submissionId, view } = await startFreshDraft(
    page,
    'writing to learn',
    'Writing to Learn in Mathematics',
  );
  const q = view.microCredential.content.requirements.part1.questions[0]!;
  const answer = page.locator(`#answer-${q.id}`);

  // A long answer, saved…
  const long = words(1500, 'reasoning');
  await answer.fill(long);
  await expect(page.getByText(/Saved at/)).toBeVisible({ timeout: 15_000 });
  // …then more typing, and a reload before the autosave's pause has passed.
  await answer.press('End');
  await answer.pressSequentially(' The last words typed before the reload.', { delay: 5 });
  const full = `${long} The last words typed before the reload.`;
  await page.reload();

  await expect(answer).toHaveValue(full);
  await expect(page.getByText(/We restored changes from this device/)).toBeVisible();
  await expect(page.getByText(/Saved at/)).toBeVisible({ timeout: 15_000 });
  expect(await serverAnswer(page, submissionId, 'part1', q.id)).toBe(full);

  // Each save is a version in the history.
  await page.getByRole('button', { name: 'Version history' }).click();
  const versions = page.getByRole('list', { name: 'Saved versions' }).getByRole('listitem');
  await expect(versions.first()).toContainText('1,507 words');
  await expect(versions.nth(1)).toContainText('1,500 words');
});

test('two devices edit the same answer: the second save shows the conflict and both texts are kept', async ({
  browser,
}) => {
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext()).newPage();
  await signIn(laptop, EDUCATOR);
  await signIn(phone, EDUCATOR);
  const { submissionId, view } = await startFreshDraft(
    laptop,
    'lateral reading',
    'Teaching Lateral Reading to Evaluate Online Sources',
  );
  const q = view.microCredential.content.requirements.part1.questions[0]!;
  await phone.goto(`/submissions/${submissionId}`);
  await expect(phone.locator(`#answer-${q.id}`)).toHaveValue('');

  // No shared start or end, so the marked difference is each text whole.
  const LAPTOP = 'Laptop: my students compare three sources before trusting one.';
  const PHONE = 'Phone draft — we practise leaving a site to check who runs it!';
  await laptop.locator(`#answer-${q.id}`).fill(LAPTOP);
  await expect(laptop.getByText(/Saved at/)).toBeVisible({ timeout: 15_000 });

  await phone.locator(`#answer-${q.id}`).fill(PHONE);
  const conflict = phone.getByRole('dialog', { name: 'This draft was also saved somewhere else' });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(conflict).toContainText(PHONE);
  await expect(conflict).toContainText(LAPTOP);
  // The laptop's text is still what the server has: nothing was overwritten silently.
  expect(await serverAnswer(phone, submissionId, 'part1', q.id)).toBe(LAPTOP);

  await conflict.getByRole('radio', { name: 'Keep this device’s version' }).check();
  await conflict.getByRole('button', { name: 'Keep the chosen versions' }).click();
  await expect(phone.getByText(/Saved at/)).toBeVisible({ timeout: 15_000 });
  expect(await serverAnswer(phone, submissionId, 'part1', q.id)).toBe(PHONE);

  // The text not chosen is still in the version history, and can be brought back.
  await laptop.reload();
  await laptop.getByRole('button', { name: 'Version history' }).click();
  const drawer = laptop.getByRole('dialog', { name: 'Version history' });
  await drawer.getByRole('list', { name: 'Saved versions' }).getByRole('button').nth(1).click();
  await expect(drawer).toContainText(LAPTOP);
  await drawer.getByRole('button', { name: 'Restore this version' }).click();
  await drawer.getByRole('button', { name: 'Yes, restore it' }).click();
  await expect(laptop.getByText(/is your draft again/)).toBeVisible();
  await expect(laptop.locator(`#answer-${q.id}`)).toHaveValue(LAPTOP);
  expect(await serverAnswer(laptop, submissionId, 'part1', q.id)).toBe(LAPTOP);
  // Autosave continues from the restored revision.
  await laptop.locator(`#answer-${q.id}`).pressSequentially(' And then some.');
  await expect(laptop.getByText(/Saved at/)).toBeVisible({ timeout: 15_000 });
  expect(await serverAnswer(laptop, submissionId, 'part1', q.id)).toBe(`${LAPTOP} And then some.`);
});

test('typing offline shows the banner and is saved when the connection returns', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, EDUCATOR);
  const { submissionId, view } = await startFreshDraft(
    page,
    'family math',
    'Family Math Workshops for the Early Grades',
  );
  const q = view.microCredential.content.requirements.part1.questions[0]!;
  const banner = page.getByRole('status').filter({ hasText: /offline/ });

  await context.setOffline(true);
  const OFFLINE = 'Typed with no connection: the workshop opened with a game families could play at home.';
  await page.locator(`#answer-${q.id}`).fill(OFFLINE);
  await expect(banner).toContainText(
    'You’re offline — your typing is kept on this device and saved when the connection returns.',
  );
  await expect(page.getByText(/Couldn’t save/)).toBeVisible({ timeout: 15_000 });

  await context.setOffline(false);
  await expect(page.getByText(/Saved at/)).toBeVisible({ timeout: 15_000 });
  await expect(banner).toHaveCount(0);

  // Another device (a fresh context) finds it on the server.
  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(elsewhere, EDUCATOR);
  await elsewhere.goto(`/submissions/${submissionId}`);
  await expect(elsewhere.locator(`#answer-${q.id}`)).toHaveValue(OFFLINE);
});
