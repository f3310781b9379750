import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import type { SubmissionView } from '../src/contracts/submissions.js';

/** Every demo account's password. */
export const PASSWORD = 'microcred-demo';

type Requirements = SubmissionView['microCredential']['content']['requirements'];
type Criterion = SubmissionView['microCredential']['content']['rubric']['criteria'][number];

/** `n` words on a topic, with a full stop every seventh. */
export const words = (n: number, topic: string) =>
  Array.from({ length: n }, (_, i) => `${topic}${i % 7 === 6 ? '.' : ''}`).join(' ');

export async function signIn(page: Page, email: string) {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** A page of its own (own cookies), signed in as `email`. */
export async function pageAs(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** Finds a micro-credential in the catalog by searching, opens it and starts a submission. */
export async function startFromCatalog(page: Page, search: string, title: string) {
  await page.goto('/');
  await page
    .getByRole('searchbox')
    .or(page.getByPlaceholder(/Search/))
    .first()
    .fill(search);
  await page
    .getByRole('link', { name: new RegExp(title) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await expect(page.getByText(/rubric/i).first()).toBeVisible();
  await page.getByRole('button', { name: 'Start this micro-credential' }).click();
  await page.waitForURL(/\/submissions\//);
  const submissionId = page.url().split('/submissions/')[1]!.split(/[?#]/)[0]!;
  const view = (await (
    await page.request.get(`/api/v1/submissions/${submissionId}`)
  ).json()) as SubmissionView;
  return { submissionId, view };
}

/** Part 1 (or Part 3): every question answered just past its minimum. */
export async function answerQuestions(
  page: Page,
  questions: Requirements['part1']['questions'],
  topic: string,
) {
  for (const q of questions) await page.locator(`#answer-${q.id}`).fill(words(q.words.min + 10, topic));
}

/**
 * Part 2: each requirement's minimum number of artifacts — a link where links are allowed, else
 * written text; with `uploadFirst`, the very first is an uploaded PDF, its privacy check ticked.
 */
export async function addEvidence(
  page: Page,
  requirements: Requirements,
  opts: { uploadFirst?: boolean } = {},
) {
  await page.getByRole('tab', { name: /Part 2/ }).click();
  for (const [i, req] of requirements.part2.artifacts.entries()) {
    const block = page.locator(`#requirement-${req.id}`);
    for (let n = 0; n < req.count.min; n++) {
      if (opts.uploadFirst && i === 0 && n === 0 && req.kinds.includes('file')) {
        await block.getByRole('button', { name: 'Upload files' }).click();
        await block.getByLabel('Choose files').setInputFiles({
          name: 'lesson-plan.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4\n% a lesson plan\n'),
        });
        // Every uploaded file needs its privacy check before the attempt can be submitted.
        await tickPrivacyCheck(block.getByRole('group', { name: /Privacy check/ }));
        // The drop zone stays open while the requirement takes more files.
        const close = block.getByRole('button', { name: 'Close' });
        if (await close.isVisible()) await close.click();
      } else if (req.kinds.includes('link') || req.kinds.includes('video')) {
        await block.getByRole('button', { name: 'Add a link' }).click();
        await block.getByLabel('Title').fill(`${req.title} ${n + 1}`);
        await block.getByLabel('Web address').fill(`https://example.org/evidence/${req.id}/${n + 1}`);
        await block.getByRole('button', { name: 'Add link', exact: true }).click();
      } else {
        await block.getByRole('button', { name: 'Write text' }).click();
        await block.getByLabel('Title').fill(`${req.title} ${n + 1}`);
        await block.getByLabel('Text').fill(words((req.words?.min ?? 30) + 10, 'evidence'));
        await block.getByRole('button', { name: 'Add text', exact: true }).click();
      }
      await expect(block.getByRole('button', { name: /^Remove/ })).toHaveCount(n + 1);
    }
  }
}

/** Ticks both boxes of an uploaded file's privacy check and waits for them to be saved. */
export async function tickPrivacyCheck(check: Locator) {
  await check.getByLabel(/No student names/).check();
  await check.getByLabel(/No student faces/).check();
  await expect(check.getByText('Checked', { exact: true })).toBeVisible();
  await expect(check.getByText(/Saved at/)).toBeVisible({ timeout: 15_000 });
}

/** Attests (after the draft has saved) and submits for review. */
export async function attestAndSubmit(page: Page) {
  await page.getByLabel('This is my own work.').check();
  await page.getByLabel('Student privacy is protected.').check();
  await expect(page.getByText(/Saved at/)).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(page.getByText(/In review/).first()).toBeVisible();
}

/**
 * On the review screen: a level and feedback for every criterion — "Not yet" for those in
 * `notYet`, "Demonstrated" for the rest.
 */
export async function scoreAll(
  page: Page,
  criteria: readonly Criterion[],
  feedback: (c: Criterion) => string,
  notYet: readonly string[] = [],
) {
  for (const c of criteria) {
    const group = page.getByRole('radiogroup', { name: `Level for ${c.title}` });
    await group.getByRole('radio', { name: notYet.includes(c.id) ? /^Not yet/ : /^Demonstrated/ }).check();
    await page
      .locator(`#criterion-${c.id}`)
      .getByLabel(/Feedback for the educator/)
      .fill(feedback(c));
  }
}

/** Submits the decision the scores make, and confirms it. */
export async function submitDecision(page: Page) {
  await page.getByRole('button', { name: 'Submit decision' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Submit: / })
    .click();
}

/** The review screen shows nothing of who the educator is. */
export async function expectBlind(page: Page, educator: { name: string; email: string; school: string }) {
  await expect(page.getByText('Anonymous educator').first()).toBeVisible();
  for (const text of [educator.name, educator.email, educator.school])
    await expect(page.locator('body')).not.toContainText(text);
}

/**
 * A fresh draft of a published micro-credential (found by searching for `search`, matched by
 * `title`), started through the API as the user signed in on `page` — an open one is withdrawn
 * first, so a spec stays independent of earlier runs and of the demo's own drafts — then opened.
 */
export async function startFreshDraft(page: Page, search: string, title: string) {
  const found = (await (
    await page.request.get(`/api/v1/micro-credentials?q=${encodeURIComponent(search)}`)
  ).json()) as { items: { id: string; title: string }[] };
  const mc = found.items.find((i) => i.title === title);
  if (!mc) throw new Error(`"${title}" is not in the catalog`);
  const start = () => page.request.post('/api/v1/submissions', { data: { microCredentialId: mc.id } });
  let res = await start();
  if (res.status() === 409) {
    const open = ((await res.json()) as { error: { details: { submissionId: string } } }).error.details;
    await page.request.post(`/api/v1/submissions/${open.submissionId}/withdraw`);
    res = await start();
  }
  expect(res.status()).toBe(201);
  const view = (await res.json()) as SubmissionView;
  await page.goto(`/submissions/${view.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  return { submissionId: view.id, view };
}

/** The draft's text for one question as the server has it now. */
export async function serverAnswer(
  page: Page,
  submissionId: string,
  part: 'part1' | 'part3',
  questionId: string,
) {
  const view = (await (
    await page.request.get(`/api/v1/submissions/${submissionId}`)
  ).json()) as SubmissionView;
  return view.current.answers[part][questionId] ?? '';
}
