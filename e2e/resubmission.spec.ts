import { expect, test } from '@playwright/test';
import type { SubmissionView } from '../src/contracts/submissions.js';
import { serverAnswer, signIn, words } from './helpers.js';

/**
 * After "not yet", on a phone: the feedback stands beside each part, the next attempt starts with
 * everything carried forward (nothing uploaded again), a changed answer survives a reload. The demo's
 * only "not yet" of educator@example.org; no other spec touches it.
 */
test('a resubmission on a phone keeps what passed and loses nothing', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await signIn(page, 'educator@example.org');
  await page.setViewportSize({ width: 375, height: 740 });
  const { items } = (await (await page.request.get('/api/v1/submissions')).json()) as {
    items: { id: string; status: string }[];
  };
  const id = items.find((i) => i.status === 'not_yet')!.id;
  const before = (await (await page.request.get(`/api/v1/submissions/${id}`)).json()) as SubmissionView;
  await page.goto(`/submissions/${id}`);

  await expect(page.getByText('Not yet — you are close')).toBeVisible();
  await expect(page.getByText(/You can resubmit until/)).toBeVisible();
  // The feedback on the first attempt, beside its part.
  await expect(
    page.getByRole('complementary', { name: /Assessor feedback · attempt 1/ }).first(),
  ).toBeVisible();

  await page
    .getByLabel('What will you change?')
    .fill('I will show the student work before and after the tool, and say what I changed in the lesson.');
  await page.getByRole('button', { name: 'Start my next attempt' }).click();

  // Attempt 2: the answers and evidence of attempt 1 are there, nothing to upload again.
  const q = before.microCredential.content.requirements.part1.questions[0]!;
  const answer = page.locator(`#answer-${q.id}`);
  await expect(answer).toHaveValue(before.current.answers.part1[q.id]!);
  await page.getByRole('tab', { name: /Part 2/ }).click();
  await expect(page.getByText(/Carried forward from attempt 1/).first()).toBeVisible();
  const after = (await (await page.request.get(`/api/v1/submissions/${id}`)).json()) as SubmissionView;
  expect(after.current.number).toBe(2);
  expect(after.current.artifacts.map((a) => a.title)).toEqual(before.current.artifacts.map((a) => a.title));

  // Change what did not pass; the change survives a reload.
  await page.getByRole('tab', { name: /Part 1/ }).click();
  const added = ` ${words(30, 'revised')}`;
  await answer.press('Control+End');
  await answer.pressSequentially(added, { delay: 2 });
  const expected = `${before.current.answers.part1[q.id]}${added}`;
  await expect.poll(() => serverAnswer(page, id, 'part1', q.id), { timeout: 15_000 }).toBe(expected);
  await page.reload();
  await expect(answer).toHaveValue(expected);
  expect(await serverAnswer(page, id, 'part1', q.id)).toBe(expected);
});
