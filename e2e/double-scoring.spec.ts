import { expect, test, type Page } from '@playwright/test';
import type { ReviewSummary } from '../src/contracts/reviews.js';
import {
  addEvidence,
  answerQuestions,
  attestAndSubmit,
  expectBlind,
  pageAs,
  scoreAll,
  signIn,
  startFromCatalog,
  submitDecision,
} from './helpers.js';

/**
 * Lanternhill double-scores every attempt while a micro-credential has fewer than 40 decisions
 * (the demo's have about 20). Who gets this one follows from the demo data by the assignment
 * rules (src/domain/assignment-policy.ts), whatever the time the demo was seeded:
 * - For educator@example.org (Riverside Elementary) only Riley Chen, Elena Petrova and Ruth
 *   Abernathy may score family communication: Kwame Mensah and Aaron Feld teach in Riverside
 *   (conflict of interest), Priya Shah is on leave, Tomás Rivera and Ines Duarte have not
 *   calibrated on its anchors.
 * - Of those, the two least loaded take the two reviews: Riley and Elena hold at most a review or
 *   two of ten places, Ruth two of five (the demo's pending adjudication and appeal).
 * - A disagreement needs a senior who scored neither review and has room: only Ruth (Kwame's
 *   conflict, Priya's leave).
 * src/features/demo/seed-demo.test.ts checks the same through the use cases.
 */
const TITLE = 'Proactive, Two-Way Communication with Families';
const MAYA = { name: 'Maya Thompson', email: 'educator@example.org', school: 'Riverside' };
const SCORERS = ['riley.chen@example.org', 'elena.petrova@example.org'];
const SENIOR = 'senior-assessor@example.org';

/** The assessor's open review of this micro-credential, as their queue lists it. */
async function openReviewOf(page: Page, kind?: ReviewSummary['kind']) {
  const { items } = (await (await page.request.get('/api/v1/reviews?status=assigned')).json()) as {
    items: ReviewSummary[];
  };
  return items.find((r) => r.microCredential.title === TITLE && (!kind || r.kind === kind))!;
}

test('a double-scored attempt with disagreement goes to adjudication and ends earned', async ({
  browser,
}) => {
  // --- the educator submits a Lanternhill micro-credential ---
  const educator = await pageAs(browser, MAYA.email);
  const { submissionId, view } = await startFromCatalog(educator, 'family communication', TITLE);
  const { requirements, rubric } = view.microCredential.content;
  await answerQuestions(educator, requirements.part1.questions, 'families');
  await addEvidence(educator, requirements);
  await educator.getByRole('tab', { name: /Part 3/ }).click();
  await answerQuestions(educator, requirements.part3.questions, 'partnership');
  await educator.getByRole('tab', { name: /Review & submit/ }).click();
  await attestAndSubmit(educator);

  // --- two assessors find it in their queues and score it independently, blind ---
  const [first, second] = await Promise.all(SCORERS.map((email) => pageAs(browser, email)));
  const firstFeedback = (c: { title: string }) =>
    `Riley: the evidence for ${c.title.toLowerCase()} is specific and tied to named families.`;
  const notYet = rubric.criteria.at(-1)!;
  const reviewIds = new Map<string, string>();
  for (const [page, decision] of [
    [first!, 'Earned'],
    [second!, 'Not yet'],
  ] as const) {
    await page.goto('/reviews');
    const review = await openReviewOf(page);
    expect(['primary', 'second']).toContain(review.kind);
    reviewIds.set(page === first ? 'Riley Chen' : 'Elena Petrova', review.id);
    const row = page.getByRole('article').filter({ hasText: TITLE }).filter({ hasText: 'To score' });
    await expect(row).toHaveCount(1);
    // Both scorers see that someone else scores it too, whichever review is the primary.
    await expect(row.getByText('Double-scored')).toBeVisible();
    await row.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(/\/reviews\/[0-9a-f-]{36}/);
    await expectBlind(page, MAYA);
    // The other scorer's feedback never shows.
    await expect(page.locator('body')).not.toContainText('Riley:');
    await scoreAll(
      page,
      rubric.criteria,
      decision === 'Earned'
        ? firstFeedback
        : (c) =>
            c.id === notYet.id
              ? `Not yet: the reflection lists messages sent but never says what families replied or how their answers changed the teaching.`
              : `The evidence for ${c.title.toLowerCase()} meets the descriptor.`,
      decision === 'Earned' ? [] : [notYet.id],
    );
    await submitDecision(page);
    await expect(page.getByText(`Decision recorded: ${decision}`)).toBeVisible();
    await expect(page.getByText(/waits for the other assessor, or for adjudication/)).toBeVisible();
  }

  // --- the senior assessor gets the adjudication, decides "earned", blind to the two scorers ---
  const senior = await pageAs(browser, SENIOR);
  await senior.goto('/reviews');
  const adjudication = senior
    .getByRole('article')
    .filter({ hasText: TITLE })
    .filter({ has: senior.getByText('Adjudication', { exact: true }) });
  await expect(adjudication).toHaveCount(1);
  reviewIds.set('Ruth Abernathy', (await openReviewOf(senior, 'adjudication')).id);
  await adjudication.getByRole('link', { name: TITLE }).click();
  await senior.waitForURL(/\/reviews\/[0-9a-f-]{36}/);
  await expect(senior.getByText(/Two assessors reached different decisions/)).toBeVisible();
  await expectBlind(senior, MAYA);
  await expect(senior.locator('body')).not.toContainText('Riley:');
  await scoreAll(
    senior,
    rubric.criteria,
    (c) => `Demonstrated: the evidence for ${c.title.toLowerCase()} holds up.`,
  );
  await submitDecision(senior);
  await expect(senior.getByText('Decision recorded: Earned')).toBeVisible();

  // --- the educator has earned it ---
  await educator.goto(`/submissions/${submissionId}`);
  await expect(educator.getByText('Earned — congratulations!')).toBeVisible();
  const mine = await (await educator.request.get('/api/v1/me/credentials')).json();
  expect(mine.items.some((c: { title: string }) => c.title.startsWith(TITLE))).toBe(true);

  // --- the issuer admin's audit log shows assignment, both scores, adjudication and decision ---
  const admin = await browser.newPage();
  await signIn(admin, 'lanternhill-admin@example.org');
  await admin.goto('/issuer/audit');
  // This attempt's entries: assignments name it, scores name their review.
  const rows = admin.getByRole('row');
  const attempt = rows.filter({ hasText: view.current.id });
  await expect(
    rows.filter({ hasText: 'Sent to adjudication' }).filter({ hasText: view.current.id.slice(0, 8) }),
  ).toHaveCount(1);
  await expect(
    rows.filter({ hasText: 'Attempt decided' }).filter({ hasText: view.current.id.slice(0, 8) }),
  ).toContainText('by: adjudication');
  for (const [who, reviewId] of reviewIds) {
    await expect(
      attempt.filter({ hasText: 'Review assigned' }).filter({ hasText: `assessor: ${who}` }),
    ).toHaveCount(1);
    await expect(
      rows.filter({ hasText: 'Review scored' }).filter({ hasText: reviewId.slice(0, 8) }),
    ).toContainText(who);
  }
  await admin.screenshot({ path: 'test-results/audit-after-adjudication.png', fullPage: true });
});
