import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sharp from 'sharp';
import * as tus from 'tus-js-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import type { App } from '../../server/http.js';
import { exeBytes, jpegWithGps, mp4Bytes, pdfBytes } from '../../test-support/evidence-files.js';
import { authFor, buildOrg, buildUser } from '../../test-support/factories.js';
import { signIn } from '../../test-support/http.js';
import { completeDraft } from '../../test-support/loop.js';
import { publishSample } from '../../test-support/publish.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';

let deps: TestDeps;
let app: App;
let base: string;
let mcId: string;

beforeAll(async () => {
  deps = await createTestDeps();
  app = await buildApp(deps, { logger: false, serveWeb: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const issuer = await buildOrg(deps.db, 'issuer', 'Upload Issuer');
  const admin = await buildUser(deps.db, { roles: [['issuer_admin', issuer.id]] });
  mcId = (await publishSample(deps, await authFor(deps.db, admin.id), issuer.id)).id;
});
afterAll(async () => {
  await app.close();
  await deps.close();
});

/** A new educator with a draft of the sample micro-credential. */
async function draft() {
  const user = await buildUser(deps.db);
  const cookie = await signIn(app, user.email);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/submissions',
    headers: { cookie },
    payload: { microCredentialId: mcId },
  });
  return { cookie, submissionId: res.json<{ id: string }>().id };
}

const artifactsOf = async (cookie: string, submissionId: string) =>
  (await app.inject({ url: `/api/v1/submissions/${submissionId}`, headers: { cookie } })).json<{
    current: {
      artifacts: { id: string; file: { size: number; downloadUrl: string; thumbnailUrl: string | null } }[];
    };
  }>().current.artifacts;

const meta = (m: Record<string, string>) =>
  Object.entries(m)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
    .join(',');

const tusHeaders = (cookie?: string) => ({ 'tus-resumable': '1.0.0', ...(cookie ? { cookie } : {}) });

/** Starts an upload by hand; returns the response and the upload's absolute URL. */
async function create(cookie: string | undefined, size: number, m: Record<string, string>) {
  const res = await fetch(`${base}/api/v1/uploads`, {
    method: 'POST',
    headers: { ...tusHeaders(cookie), 'upload-length': String(size), 'upload-metadata': meta(m) },
  });
  const location = res.headers.get('location');
  return { res, url: location ? new URL(location, base).href : '' };
}

const patch = (url: string, cookie: string | undefined, offset: number, body: Buffer) =>
  fetch(url, {
    method: 'PATCH',
    headers: {
      ...tusHeaders(cookie),
      'upload-offset': String(offset),
      'content-type': 'application/offset+octet-stream',
    },
    body: new Uint8Array(body),
  });

/** Sends `sent` bytes of a PATCH whose body is longer, then drops the connection. */
function patchCut(url: string, cookie: string, total: Buffer, sent: number) {
  return new Promise<void>((resolve) => {
    const req = http.request(url, {
      method: 'PATCH',
      headers: {
        ...tusHeaders(cookie),
        'upload-offset': '0',
        'content-type': 'application/offset+octet-stream',
        'content-length': String(total.length),
      },
    });
    req.on('error', () => resolve());
    req.on('response', () => resolve());
    req.write(total.subarray(0, sent), () => setTimeout(() => req.destroy(), 150));
  });
}

const attemptOf = async (submissionId: string) =>
  (
    await deps.db
      .selectFrom('attempts')
      .select('id')
      .where('submission_id', '=', submissionId)
      .executeTakeFirstOrThrow()
  ).id;

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const stagingFiles = () => fs.readdirSync(deps.blobs.stagingDir('tus'));

describe('resumable uploads (tus 1.0.0 at /api/v1/uploads)', () => {
  it('tus-js-client uploads a file in chunks with progress, and it is attached to the draft', async () => {
    const { cookie, submissionId } = await draft();
    const file = pdfBytes('Fractions on a number line');
    const progress: number[] = [];
    const artifact = await new Promise<{ id: string; file: { size: number; name: string } }>(
      (resolve, reject) => {
        const upload = new tus.Upload(file, {
          endpoint: `${base}/api/v1/uploads`,
          headers: { cookie },
          chunkSize: 256,
          retryDelays: [],
          metadata: {
            submissionId,
            requirementId: 'lesson-plan',
            filename: '../../../etc/plan.pdf',
            filetype: 'application/pdf',
          },
          onProgress: (sent) => progress.push(sent),
          onError: reject,
          onSuccess: ({ lastResponse }) => resolve(JSON.parse(lastResponse.getBody())),
        });
        upload.start();
      },
    );
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(file.length);
    expect(artifact.file.size).toBe(file.length);
    // A path in the name is dropped: only the file's own name is kept.
    expect(artifact.file.name).toBe('plan.pdf');
    const [attached] = await artifactsOf(cookie, submissionId);
    expect(attached!.id).toBe(artifact.id);
    const download = await app.inject({ url: attached!.file.downloadUrl, headers: { cookie } });
    expect(download.rawPayload.equals(file)).toBe(true);
    // Hashed chunk by chunk as it arrived, and stored under the SHA-256 of the whole.
    expect(download.headers.etag).toBe(`"${sha(file)}"`);
    expect(stagingFiles()).toEqual([]);
  });

  it('resumes after a cut connection: HEAD tells the offset, the rest completes the same bytes', async () => {
    const { cookie, submissionId } = await draft();
    const file = mp4Bytes(3 * 1024 * 1024);
    file.fill(9, 100_000);
    const { res, url } = await create(cookie, file.length, {
      submissionId,
      requirementId: 'lesson-plan',
      filename: 'lesson.mp4',
      filetype: 'video/mp4',
    });
    expect(res.status).toBe(201);
    await patchCut(url, cookie, file, 1024 * 1024);
    const head = await fetch(url, { method: 'HEAD', headers: tusHeaders(cookie) });
    expect(head.status).toBe(200);
    const offset = Number(head.headers.get('upload-offset'));
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThan(file.length);
    // Half an upload is never evidence.
    expect(await artifactsOf(cookie, submissionId)).toEqual([]);
    const done = await patch(url, cookie, offset, file.subarray(offset));
    expect(done.status).toBe(200);
    expect(done.headers.get('upload-artifact-id')).toBeTruthy();
    const [attached] = await artifactsOf(cookie, submissionId);
    const download = await app.inject({ url: attached!.file.downloadUrl, headers: { cookie } });
    expect(sha(download.rawPayload)).toBe(sha(file));
    expect(download.headers.etag).toBe(`"${sha(file)}"`);
  });

  it('an upload is its creator’s alone: others get 404, anonymous callers 401', async () => {
    const owner = await draft();
    const other = await draft();
    const file = pdfBytes();
    const { url } = await create(owner.cookie, file.length, {
      submissionId: owner.submissionId,
      requirementId: 'lesson-plan',
      filename: 'plan.pdf',
    });
    expect((await fetch(url, { method: 'HEAD', headers: tusHeaders(other.cookie) })).status).toBe(404);
    const stolen = await patch(url, other.cookie, 0, file);
    expect(stolen.status).toBe(404);
    expect((await stolen.json()).error.code).toBe('NOT_FOUND');
    expect((await patch(url, undefined, 0, file)).status).toBe(401);
    expect((await fetch(url, { method: 'DELETE', headers: tusHeaders(other.cookie) })).status).toBe(404);
    // Nor can anyone upload into someone else's draft.
    const into = await create(other.cookie, file.length, {
      submissionId: owner.submissionId,
      requirementId: 'lesson-plan',
      filename: 'plan.pdf',
    });
    expect(into.res.status).toBe(404);
    // The owner finishes as if nothing happened.
    expect((await patch(url, owner.cookie, 0, file)).status).toBe(200);
    expect(await artifactsOf(other.cookie, other.submissionId)).toEqual([]);
  });

  it('refuses at creation what can be known before any byte: size, metadata, a full requirement', async () => {
    const { cookie, submissionId } = await draft();
    const big = await create(cookie, deps.config.uploadLimits.document + 1, {
      submissionId,
      requirementId: 'lesson-plan',
      filename: 'plan.pdf',
      filetype: 'application/pdf',
    });
    expect(big.res.status).toBe(413);
    expect((await big.res.json()).error.message).toMatch(/largest document accepted is 50\.0 MB/);
    const unnamed = await create(cookie, 10, { submissionId });
    expect(unnamed.res.status).toBe(400);
    expect((await unnamed.res.json()).error.message).toMatch(/requirementId/);
    const unknownRequirement = await create(cookie, 10, {
      submissionId,
      requirementId: 'nope',
      filename: 'a.pdf',
    });
    expect(unknownRequirement.res.status).toBe(400);
    const noProtocol = await fetch(`${base}/api/v1/uploads`, { method: 'POST', headers: { cookie } });
    expect(noProtocol.status).toBe(412);
  });

  it('refuses an executable renamed .pdf once its bytes arrive, attaching nothing and keeping nothing', async () => {
    const { cookie, submissionId } = await draft();
    const exe = exeBytes();
    const { url } = await create(cookie, exe.length, {
      submissionId,
      requirementId: 'lesson-plan',
      filename: 'report.pdf',
      filetype: 'application/pdf',
    });
    const res = await patch(url, cookie, 0, exe);
    expect(res.status).toBe(415);
    expect((await res.json()).error.message).toMatch(/is a program/);
    expect(await artifactsOf(cookie, submissionId)).toEqual([]);
    expect(stagingFiles()).toEqual([]);
  });

  it('strips EXIF and GPS from photos, keeps a thumbnail, and stores the same bytes once', async () => {
    const { cookie, submissionId } = await draft();
    const photo = await jpegWithGps();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const send = async (name: string) => {
      const { url } = await create(cookie, photo.length, {
        submissionId,
        requirementId: 'lesson-plan',
        filename: name,
        filetype: 'image/jpeg',
      });
      return (await patch(url, cookie, 0, photo)).json();
    };
    const first = await send('board.jpg');
    const second = await send('board again.jpg');
    expect(first.file.viewer).toBe('image');
    const stored = await app.inject({ url: first.file.downloadUrl, headers: { cookie } });
    const m = await sharp(stored.rawPayload).metadata();
    expect(m.exif).toBeUndefined();
    expect(m.width).toBe(640);
    expect(stored.headers['content-security-policy']).toContain('sandbox');
    expect(stored.headers['x-content-type-options']).toBe('nosniff');
    // Content-addressed: the same photo twice is one blob.
    expect(stored.headers.etag).toBe(
      (await app.inject({ url: second.file.downloadUrl, headers: { cookie } })).headers.etag,
    );
    const thumb = await app.inject({ url: first.file.thumbnailUrl, headers: { cookie } });
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(thumb.rawPayload).metadata()).width).toBeLessThanOrEqual(480);
    const stranger = await draft();
    expect(
      (await app.inject({ url: first.file.thumbnailUrl, headers: { cookie: stranger.cookie } })).statusCode,
    ).toBe(404);
  });

  it('serves byte ranges so a video can seek, and refuses a range past the end', async () => {
    const { cookie, submissionId } = await draft();
    const video = mp4Bytes(10_000);
    for (let i = 24; i < video.length; i++) video[i] = i % 251;
    const { url } = await create(cookie, video.length, {
      submissionId,
      requirementId: 'lesson-plan',
      filename: 'clip.mp4',
      filetype: 'video/mp4',
    });
    const artifact = await (await patch(url, cookie, 0, video)).json();
    expect(artifact.kind).toBe('file');
    expect(artifact.file.viewer).toBe('video');
    const part = await app.inject({
      url: artifact.file.downloadUrl,
      headers: { cookie, range: 'bytes=1000-1999' },
    });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 1000-1999/${video.length}`);
    expect(part.rawPayload.equals(video.subarray(1000, 2000))).toBe(true);
    const tail = await app.inject({
      url: artifact.file.downloadUrl,
      headers: { cookie, range: 'bytes=-100' },
    });
    expect(tail.rawPayload.equals(video.subarray(video.length - 100))).toBe(true);
    const past = await app.inject({
      url: artifact.file.downloadUrl,
      headers: { cookie, range: 'bytes=20000-' },
    });
    expect(past.statusCode).toBe(416);
    expect(past.json().error.code).toBe('RANGE_NOT_SATISFIABLE');
    const whole = await app.inject({ url: artifact.file.downloadUrl, headers: { cookie } });
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
  });

  it('a file cannot be submitted until its privacy checklist is ticked', async () => {
    const { cookie, submissionId } = await draft();
    const file = pdfBytes();
    const { url } = await create(cookie, file.length, {
      submissionId,
      requirementId: 'lesson-plan',
      filename: 'plan.pdf',
    });
    const artifact = await (await patch(url, cookie, 0, file)).json();
    expect(artifact.privacy).toEqual({});
    await completeDraft(app, cookie, submissionId);
    const untick = (privacy: object) =>
      app.inject({
        method: 'PATCH',
        url: `/api/v1/submissions/${submissionId}/artifacts/${artifact.id}`,
        headers: { cookie },
        payload: { privacy },
      });
    expect((await untick({ facesConsented: false })).json().privacy).toEqual({
      noStudentNames: true,
      facesConsented: false,
    });
    const submit = () =>
      app.inject({ method: 'POST', url: `/api/v1/submissions/${submissionId}/submit`, headers: { cookie } });
    const refused = await submit();
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.problems[0].message).toMatch(
      /Check “Lesson plan 1” for student privacy/,
    );
    await untick({ facesConsented: true });
    expect((await submit()).statusCode).toBe(200);
    // Frozen once submitted.
    expect((await untick({ facesConsented: false })).statusCode).toBe(409);
  });

  it('an upload may name the draft attempt instead of the submission', async () => {
    const { cookie, submissionId } = await draft();
    const file = pdfBytes();
    const attemptId = await attemptOf(submissionId);
    const { res, url } = await create(cookie, file.length, {
      attemptId,
      requirementId: 'lesson-plan',
      filename: 'a.pdf',
    });
    expect(res.status).toBe(201);
    expect((await patch(url, cookie, 0, file)).status).toBe(200);
    expect(await artifactsOf(cookie, submissionId)).toHaveLength(1);
    const stranger = await draft();
    const into = await create(stranger.cookie, 10, {
      attemptId,
      requirementId: 'lesson-plan',
      filename: 'a.pdf',
    });
    expect(into.res.status).toBe(404);
  });

  it('a submitted attempt takes no more uploads', async () => {
    const { cookie, submissionId } = await draft();
    await deps.db
      .updateTable('attempts')
      .set({ status: 'submitted' })
      .where('submission_id', '=', submissionId)
      .execute();
    const { res } = await create(cookie, 10, {
      submissionId,
      requirementId: 'lesson-plan',
      filename: 'a.pdf',
    });
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('INVALID_STATE');
    const byAttempt = await create(cookie, 10, {
      attemptId: await attemptOf(submissionId),
      requirementId: 'lesson-plan',
      filename: 'a.pdf',
    });
    expect(byAttempt.res.status).toBe(409);
    expect(fs.existsSync(path.join(deps.blobs.stagingDir('tus')))).toBe(true);
  });
});
