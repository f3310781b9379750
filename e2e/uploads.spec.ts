import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import type { SubmissionView } from '../src/contracts/submissions.js';
import { PASSWORD, startFreshDraft, tickPrivacyCheck } from './helpers.js';

/**
 * Evidence uploads through the browser, resumable (tus): progress with speed and time left,
 * several files at once, the privacy check, a HEIC photo refused before a byte is sent, a cut
 * connection and a reload in the middle of a large video. On a phone-sized window, as a demo
 * educator and a micro-credential no other spec uses.
 */
const EDUCATOR = 'ravi.menon@example.org';
const SEARCH = 'self-assessment art';
const TITLE = 'Student Self-Assessment in the Art Studio';
/** Before-and-after images: files or links, three to six of them. */
const REQUIREMENT = 'before-after-images';

const MB = 1024 * 1024;
const VIDEO_SIZE = 40 * MB;
/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

let dir: string;
let video: string;
let photo: string;
let second: string;

test.beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'microcred-uploads-'));
  video = path.join(dir, 'classroom-lesson.mp4');
  // The start of an MP4 (an `ftyp` box), padded: what the server sniffs is a real MP4.
  const ftyp = Buffer.from([
    0,
    0,
    0,
    0x18,
    ...Buffer.from('ftypmp42'),
    0,
    0,
    0,
    0,
    ...Buffer.from('mp42isom'),
  ]);
  fs.writeFileSync(video, Buffer.concat([ftyp, Buffer.alloc(VIDEO_SIZE - ftyp.length)]));
  second = path.join(dir, 'student-explains.mp4');
  fs.writeFileSync(second, Buffer.concat([ftyp, Buffer.alloc(16 * MB - ftyp.length)]));
  photo = path.join(dir, 'before.png');
  fs.writeFileSync(photo, PNG);
});
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test.use({ viewport: { width: 375, height: 740 } });

/** Uploads go at `bytesPerSecond` (Chromium's own network throttling), so progress can be watched. */
async function throttleUploads(context: BrowserContext, page: Page, bytesPerSecond: number) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond,
  });
}

/** A fresh draft, opened at Part 2's before-and-after images with the drop zone open. */
async function openDropZone(page: Page) {
  // On a phone "Sign out" hides in the menu: signed in through the API, with the page's cookies.
  const login = await page.request.post('/api/v1/auth/login', {
    data: { email: EDUCATOR, password: PASSWORD },
  });
  expect(login.ok()).toBe(true);
  const { submissionId } = await startFreshDraft(page, SEARCH, TITLE);
  await page.getByRole('tab', { name: /Part 2/ }).click();
  const block = page.locator(`#requirement-${REQUIREMENT}`);
  await block.getByRole('button', { name: 'Upload files' }).click();
  return { submissionId, block };
}

/** WCAG 2.1 AA of the evidence part as it is now (axe). */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** The row of a file on its way (not the artifact it becomes). */
const uploadRow = (block: Locator, name: string) =>
  block
    .getByRole('list', { name: /^Uploads for/ })
    .getByRole('listitem')
    .filter({ hasText: name });

const percent = async (bar: Locator) => Number(await bar.getAttribute('aria-valuenow'));

const serverArtifacts = async (page: Page, submissionId: string) =>
  ((await (await page.request.get(`/api/v1/submissions/${submissionId}`)).json()) as SubmissionView).current
    .artifacts;

test('several files upload at once, each with its own progress, speed and time left, then get their privacy check', async ({
  context,
  page,
}) => {
  const { submissionId, block } = await openDropZone(page);
  await throttleUploads(context, page, 4 * MB);
  await block.getByLabel('Choose files').setInputFiles([video, second, photo]);

  const uploads = block.getByRole('list', { name: /^Uploads for/ });
  const bar = uploads.getByRole('progressbar', { name: 'Uploading classroom-lesson.mp4' });
  await expect(bar).toBeVisible();
  await expect.poll(() => percent(bar)).toBeGreaterThan(0);
  const first = await percent(bar);
  expect(first).toBeLessThan(100);
  await expect.poll(() => percent(bar), { timeout: 20_000 }).toBeGreaterThan(first + 5);
  const row = uploadRow(block, 'classroom-lesson.mp4');
  await expect(row).toContainText('40.0 MB');
  await expect(row.getByText(/\d+% · [\d.]+ MB of 40\.0 MB · [\d.]+ (MB|KB)\/s · .*left/)).toBeVisible();
  await expect(row.getByRole('button', { name: 'Pause classroom-lesson.mp4' })).toBeVisible();
  // Each file has its own row and its own progress.
  const other = uploads.getByRole('progressbar', { name: 'Uploading student-explains.mp4' });
  await expect.poll(() => percent(other)).toBeGreaterThan(0);
  await uploads.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/uploads-progress-375.png' });
  await expectAccessible(page);

  // Pause holds it; Resume continues from where it stopped.
  await row.getByRole('button', { name: 'Pause classroom-lesson.mp4' }).click();
  await expect(row.getByText(/^Paused at \d+%$/)).toBeVisible();
  const paused = await percent(bar);
  await page.waitForTimeout(1000);
  expect(await percent(bar)).toBe(paused);
  await row.getByRole('button', { name: 'Resume classroom-lesson.mp4' }).click();

  // All three arrive and show in the list, each with its privacy check.
  await expect(uploads).toHaveCount(0, { timeout: 60_000 });
  const checks = block.getByRole('group', { name: /Privacy check/ });
  await expect(checks).toHaveCount(3);
  await expect(block.locator('video')).toHaveCount(2);
  await expect(block.getByText('Needed before you submit')).toHaveCount(3);
  const artifacts = await serverArtifacts(page, submissionId);
  // The photo is stored re-encoded without its metadata; the videos exactly as sent.
  expect(artifacts.map((a) => a.file?.contentType).sort()).toEqual(['image/png', 'video/mp4', 'video/mp4']);
  const videoSizes = artifacts.flatMap((a) => (a.file?.contentType === 'video/mp4' ? [a.file.size] : []));
  expect(videoSizes.sort((a, b) => a - b)).toEqual([16 * MB, VIDEO_SIZE]);

  // The privacy check, saved as it is ticked.
  await block.getByRole('button', { name: 'Close' }).click();
  for (const check of await checks.all()) await tickPrivacyCheck(check);
  await checks.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/uploads-privacy-check-375.png' });
  await expectAccessible(page);
  for (const a of await serverArtifacts(page, submissionId))
    expect(a.privacy).toEqual({ noStudentNames: true, facesConsented: true });

  // The review step no longer lists the privacy check among what is missing.
  await page.getByRole('tab', { name: /Review & submit/ }).click();
  await expect(page.getByText(/for student privacy: no student names/)).toHaveCount(0);
});

test('a HEIC photo is refused with how to share it as JPEG, before a byte is sent', async ({ page }) => {
  const { submissionId, block } = await openDropZone(page);
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/v1/uploads')) sent.push(r.method());
  });
  await block.getByLabel('Choose files').setInputFiles({
    name: 'IMG_0042.HEIC',
    mimeType: 'image/heic',
    buffer: Buffer.concat([
      Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypheic'), 0, 0, 0, 0, ...Buffer.from('mif1heic')]),
      Buffer.alloc(1000),
    ]),
  });
  const alert = block.getByRole('alert');
  await expect(alert).toContainText('Not uploaded: IMG_0042.HEIC');
  await expect(alert).toContainText('iPhone HEIC photos can’t be read here.');
  await expect(alert).toContainText('Most Compatible');
  await expectAccessible(page);
  expect(sent).toEqual([]);
  expect(await serverArtifacts(page, submissionId)).toEqual([]);
  await block.getByRole('button', { name: 'Dismiss IMG_0042.HEIC' }).click();
  await expect(alert).toHaveCount(0);
});

test('a connection cut in the middle of a large video: it waits, then resumes and completes', async ({
  context,
  page,
}) => {
  const { submissionId, block } = await openDropZone(page);
  await throttleUploads(context, page, 3 * MB);
  await block.getByLabel('Choose files').setInputFiles(video);
  const row = uploadRow(block, 'classroom-lesson.mp4');
  const bar = row.getByRole('progressbar');
  await expect.poll(() => percent(bar), { timeout: 20_000 }).toBeGreaterThanOrEqual(10);

  await context.setOffline(true);
  await expect(row.getByText(/Connection lost — will resume/)).toBeVisible();
  const cut = await percent(bar);
  await page.waitForTimeout(1500);
  expect(await percent(bar)).toBe(cut);

  await context.setOffline(false);
  await throttleUploads(context, page, 8 * MB);
  await expect(row).toHaveCount(0, { timeout: 60_000 });
  await expect(block.getByRole('group', { name: /Privacy check/ })).toHaveCount(1);
  const [artifact] = await serverArtifacts(page, submissionId);
  expect(artifact?.file?.size).toBe(VIDEO_SIZE);
});

test('after a reload in the middle of an upload, choosing the same file continues where it stopped', async ({
  context,
  page,
}) => {
  const { submissionId, block } = await openDropZone(page);
  await throttleUploads(context, page, 3 * MB);
  await block.getByLabel('Choose files').setInputFiles(video);
  const bar = block.getByRole('progressbar', { name: 'Uploading classroom-lesson.mp4' });
  // Past the first 8 MB chunk, which the server has kept.
  await expect.poll(() => percent(bar), { timeout: 30_000 }).toBeGreaterThanOrEqual(25);

  // Leaving mid-upload asks first; the educator leaves anyway.
  page.once('dialog', (d) => void d.accept());
  await page.reload();
  await page.getByRole('tab', { name: /Part 2/ }).click();
  await block.getByRole('button', { name: 'Upload files' }).click();
  await throttleUploads(context, page, 3 * MB);
  await block.getByLabel('Choose files').setInputFiles(video);
  const row = uploadRow(block, 'classroom-lesson.mp4');
  await expect(row.getByText('Continuing the upload you started earlier.')).toBeVisible();
  expect(await percent(bar)).toBeGreaterThanOrEqual(20);
  await expect(row).toHaveCount(0, { timeout: 60_000 });
  const artifacts = await serverArtifacts(page, submissionId);
  expect(artifacts.map((a) => a.file?.size)).toEqual([VIDEO_SIZE]);
});
