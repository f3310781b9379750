import { expect, test } from '@playwright/test';
import {
  addEvidence,
  answerQuestions,
  attestAndSubmit,
  expectBlind,
  scoreAll,
  signIn,
  startFromCatalog,
  submitDecision,
} from './helpers.js';

/** A Northfield micro-credential the demo educator has not started; Northfield's only eligible assessor for her is assessor@example.org. */
const TITLE = 'Content and Language Objectives';

test('educator submits → assessor scores blind → earned → the public credential page shows it valid', async ({
  browser,
}) => {
  // --- the educator finds the micro-credential and starts it ---
  const educator = await browser.newPage();
  await signIn(educator, 'educator@example.org');
  const { submissionId, view } = await startFromCatalog(educator, 'language objectives', TITLE);
  const { requirements } = view.microCredential.content;

  // --- Part 1: answers with live word counts; the draft autosaves ---
  await answerQuestions(educator, requirements.part1.questions, 'context');
  await expect(educator.getByText(/Saved at/)).toBeVisible({ timeout: 15_000 });

  // --- Part 2: an uploaded file (with its progress bar) and links ---
  await addEvidence(educator, requirements, { uploadFirst: true });

  // --- Part 3: reflection ---
  await educator.getByRole('tab', { name: /Part 3/ }).click();
  await answerQuestions(educator, requirements.part3.questions, 'reflection');

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
  await attestAndSubmit(educator);

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
  await expectBlind(assessor, {
    name: 'Maya Thompson',
    email: 'educator@example.org',
    school: 'Riverside',
  });
  await scoreAll(
    assessor,
    view.microCredential.content.rubric.criteria,
    (criterion) =>
      `The evidence for ${criterion.title.toLowerCase()} is specific and clearly connected to the lesson.`,
  );
  await assessor.screenshot({ path: 'test-results/review-screen.png', fullPage: true });
  await submitDecision(assessor);
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
