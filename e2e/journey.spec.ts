import { expect, test, type Page } from '@playwright/test';
import type { SubmissionView } from '../src/contracts/submissions.js';

const PASSWORD = 'microcred-demo';
/** A Northfield micro-credential the demo educator has not started; Northfield's only eligible assessor for her is assessor@example.org. */
const TITLE = 'Content and Language Objectives';

const words = (n: number, topic: string) =>
  Array.from({ length: n }, (_, i) => `${topic}${i % 7 === 6 ? '.' : ''}`).join(' ');

async function signIn(page: Page, email: string) {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

test('educator submits → assessor scores blind → earned → the public credential page shows it valid', async ({
  browser,
}) => {
  // --- the educator finds the micro-credential and starts it ---
  const educator = await browser.newPage();
  await signIn(educator, 'educator@example.org');
  await educator.goto('/');
  await educator
    .getByRole('searchbox')
    .or(educator.getByPlaceholder(/Search/))
    .first()
    .fill('language objectives');
  await educator
    .getByRole('link', { name: new RegExp(TITLE) })
    .first()
    .click();
  await expect(educator.getByRole('heading', { level: 1 })).toContainText(TITLE);
  await expect(educator.getByText(/rubric/i).first()).toBeVisible();
  await educator.getByRole('button', { name: 'Start this micro-credential' }).click();
  await educator.waitForURL(/\/submissions\//);
  const submissionId = educator.url().split('/submissions/')[1]!.split(/[?#]/)[0]!;
  const view = (await (
    await educator.request.get(`/api/v1/submissions/${submissionId}`)
  ).json()) as SubmissionView;
  const { requirements } = view.microCredential.content;

  // --- Part 1: answers with live word counts; the draft autosaves ---
  for (const q of requirements.part1.questions) {
    await educator.locator(`#answer-${q.id}`).fill(words(q.words.min + 10, 'context'));
  }
  await expect(educator.getByText(/Saved at/)).toBeVisible({ timeout: 15_000 });

  // --- Part 2: an uploaded file (with its progress bar) and links ---
  await educator.getByRole('tab', { name: /Part 2/ }).click();
  for (const [i, req] of requirements.part2.artifacts.entries()) {
    const block = educator.locator(`#requirement-${req.id}`);
    for (let n = 0; n < req.count.min; n++) {
      if (i === 0 && n === 0 && req.kinds.includes('file')) {
        await block.getByRole('button', { name: 'Upload a file' }).click();
        await block.getByLabel('File').setInputFiles({
          name: 'lesson-plan.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4\n% a lesson plan\n'),
        });
        await block.getByRole('button', { name: 'Upload', exact: true }).click();
      } else {
        await block.getByRole('button', { name: 'Add a link' }).click();
        await block.getByLabel('Title').fill(`${req.title} ${n + 1}`);
        await block.getByLabel('Web address').fill(`https://example.org/evidence/${req.id}/${n + 1}`);
        await block.getByRole('button', { name: 'Add link', exact: true }).click();
      }
      await expect(block.getByRole('button', { name: /^Remove/ })).toHaveCount(n + 1);
    }
  }

  // --- Part 3: reflection ---
  await educator.getByRole('tab', { name: /Part 3/ }).click();
  for (const q of requirements.part3.questions) {
    await educator.locator(`#answer-${q.id}`).fill(words(q.words.min + 10, 'reflection'));
  }

  // --- survives a reload ---
  await expect(educator.getByText(/Saved at/)).toBeVisible({ timeout: 15_000 });
  await educator.reload();
  await educator.getByRole('tab', { name: /Part 3/ }).click();
  await expect(educator.locator(`#answer-${requirements.part3.questions[0]!.id}`)).toHaveValue(/reflection/);

  // --- attest and submit ---
  await educator.getByRole('tab', { name: /Review & submit/ }).click();
  // The one text published with the credential; the evidence itself stays private.
  const SUMMARY = 'Students wrote content and language objectives in pairs, then checked them at the end.';
  await educator.getByLabel('Public summary of your evidence (optional)').fill(SUMMARY);
  await expect(educator.getByText(`${SUMMARY.length} / 1,000 characters`)).toBeVisible();
  await educator.getByLabel('This is my own work.').check();
  await educator.getByLabel('Student privacy is protected.').check();
  await expect(educator.getByText(/Saved at/)).toBeVisible({ timeout: 15_000 });
  await educator.getByRole('button', { name: 'Submit for review' }).click();
  await educator.getByRole('dialog').getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(educator.getByText(/In review/).first()).toBeVisible();

  // --- the assessor scores it, without ever seeing who the educator is ---
  const assessorContext = await browser.newContext();
  const assessor = await assessorContext.newPage();
  await signIn(assessor, 'assessor@example.org');
  await assessor.goto('/reviews');
  await assessor
    .getByRole('link', { name: new RegExp(TITLE) })
    .first()
    .click();
  await assessor.waitForURL(/\/reviews\/[0-9a-f-]{36}/);
  await expect(assessor.getByRole('heading', { level: 1 })).toContainText(TITLE);
  await expect(assessor.getByText('Anonymous educator').first()).toBeVisible();
  await expect(assessor.locator('body')).not.toContainText('Maya Thompson');
  await expect(assessor.locator('body')).not.toContainText('educator@example.org');
  await expect(assessor.locator('body')).not.toContainText('Riverside');
  for (const criterion of view.microCredential.content.rubric.criteria) {
    const group = assessor.getByRole('radiogroup', { name: `Level for ${criterion.title}` });
    await group.getByRole('radio', { name: /^Demonstrated/ }).check();
    await assessor
      .locator(`#criterion-${criterion.id}`)
      .getByLabel(/Feedback for the educator/)
      .fill(
        `The evidence for ${criterion.title.toLowerCase()} is specific and clearly connected to the lesson.`,
      );
  }
  await assessor.screenshot({ path: 'test-results/review-screen.png', fullPage: true });
  await assessor.getByRole('button', { name: 'Submit decision' }).click();
  await assessor
    .getByRole('dialog')
    .getByRole('button', { name: /^Submit: / })
    .click();
  await expect(assessor.getByText(/earned/i).first()).toBeVisible();

  // --- the educator sees it earned and opens the public page ---
  await educator.goto(`/submissions/${submissionId}`);
  await expect(educator.getByText(/Earned/).first()).toBeVisible();
  const mine = await (await educator.request.get('/api/v1/me/credentials')).json();
  const credential = mine.items.find((c: { title: string }) => c.title.startsWith(TITLE));
  expect(credential).toBeTruthy();

  const visitor = await browser.newPage();
  await visitor.goto(`/credentials/${credential.id}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toContainText(TITLE);
  // The first status on the page is the credential's (the copy-link message is another).
  await expect(visitor.getByRole('status').first()).toContainText('Valid');
  await expect(visitor.getByText('✗ Failed')).toHaveCount(0);
  for (const check of ['Signature', 'Issuer key', 'Open Badges 3.0 schema', 'Dates']) {
    await expect(visitor.getByText(check, { exact: true })).toBeVisible();
  }
  await visitor.screenshot({ path: 'test-results/credential-page.png', fullPage: true });

  // --- and the verifier agrees about the JSON download ---
  const json = await (await visitor.request.get(`/credentials/${credential.id}.json`)).json();
  const verified = await (
    await visitor.request.post('/api/v1/verify', { data: { credential: json } })
  ).json();
  expect(verified.verified).toBe(true);
  expect(json.evidence[0].narrative).toBe(SUMMARY);

  // --- the educator downloads the PNG badge from My credentials… ---
  await educator.goto('/me/credentials');
  const card = educator.getByRole('article').filter({ hasText: TITLE });
  await expect(card.getByText('Valid', { exact: true })).toBeVisible();
  await card.getByRole('button', { name: /^Download/ }).click();
  const [download] = await Promise.all([
    educator.waitForEvent('download'),
    card.getByRole('link', { name: /PNG badge/ }).click(),
  ]);
  const pngPath = test.info().outputPath('badge.png');
  await download.saveAs(pngPath);

  // --- …and it verifies on the verify page by upload (the credential is baked into the image) ---
  await educator.goto('/verify');
  await educator.getByRole('tab', { name: 'Upload a file' }).click();
  await educator.getByLabel('Or choose a file').setInputFiles(pngPath);
  await expect(educator.getByText('Verified', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(educator.getByText('Checked: badge.png')).toBeVisible();
  await expect(educator.getByText('failed', { exact: true })).toHaveCount(0);

  // --- the issuer admin revokes it with a reason ---
  const issuerContext = await browser.newContext();
  const issuer = await issuerContext.newPage();
  await signIn(issuer, 'issuer@example.org');
  await issuer.goto('/issuer/credentials');
  await issuer.getByRole('searchbox', { name: /Search by educator/ }).fill(TITLE);
  const row = issuer.getByRole('article').filter({ hasText: TITLE }).filter({ hasText: 'Maya Thompson' });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: /^Revoke/ }).click();
  const dialog = issuer.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Revoke for good' }).click();
  await expect(dialog.getByText(/at least 3 characters/)).toBeVisible();
  await dialog.getByLabel(/Reason/).fill('The lesson evidence could not be confirmed with the school.');
  await dialog.getByRole('button', { name: 'Revoke for good' }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByText('Revoked', { exact: true })).toBeVisible();
  await expect(issuer.getByText(/is revoked\. The educator has been told\./)).toBeVisible();

  // --- every place shows it revoked: the public page, My credentials, the educator's bell ---
  await visitor.goto(`/credentials/${credential.id}`);
  await expect(visitor.getByRole('status').first()).toContainText('Revoked');
  await educator.goto('/me/credentials');
  await expect(card.getByText('Revoked', { exact: true })).toBeVisible();
  await expect(card.getByText(/could not be confirmed with the school/)).toBeVisible();
  await educator.getByRole('link', { name: /^Notifications, \d+ unread/ }).click();
  await expect(educator.getByRole('heading', { level: 1 })).toHaveText('Notifications');
  await educator.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(educator.getByRole('link', { name: 'Notifications', exact: true })).toBeVisible();

  await issuerContext.close();
  await assessorContext.close();
});
