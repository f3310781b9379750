import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import type { App } from '../../server/http.js';
import { authFor, buildOrg, buildUser } from '../../test-support/factories.js';
import { signIn } from '../../test-support/http.js';
import { publishSample } from '../../test-support/publish.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';
import { mp4Bytes, multipartFile } from '../../test-support/evidence-files.js';

let deps: TestDeps;
let app: App;

beforeAll(async () => {
  deps = await createTestDeps();
  deps.config.uploadLimits.video = 1024;
  app = await buildApp(deps, { logger: false, serveWeb: false });
});
afterAll(async () => {
  await app.close();
  await deps.close();
});

const multipart = (size: number) => {
  const form = multipartFile({
    requirementId: 'lesson-plan',
    filename: 'clip.mp4',
    contentType: 'video/mp4',
    bytes: mp4Bytes(size),
  });
  return { body: form.payload, type: form.contentType };
};

it('an over-limit upload answers 413 and leaves nothing in the draft; one at the limit is kept', async () => {
  const issuer = await buildOrg(deps.db, 'issuer', 'Limit Issuer');
  const admin = await buildUser(deps.db, { roles: [['issuer_admin', issuer.id]] });
  const educator = await buildUser(deps.db);
  const mc = await publishSample(deps, await authFor(deps.db, admin.id), issuer.id);
  const cookie = await signIn(app, educator.email);
  const id = (
    await app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: { cookie },
      payload: { microCredentialId: mc.id },
    })
  ).json().id;
  const upload = (size: number) => {
    const { body, type } = multipart(size);
    return app.inject({
      method: 'POST',
      url: `/api/v1/submissions/${id}/artifacts/upload`,
      headers: { cookie, 'content-type': type },
      payload: body,
    });
  };
  const over = await upload(4096);
  expect(over.statusCode).toBe(413);
  expect(over.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  expect(
    (await app.inject({ url: `/api/v1/submissions/${id}`, headers: { cookie } })).json().current.artifacts,
  ).toEqual([]);
  const exact = await upload(1024);
  expect(exact.statusCode).toBe(201);
  expect(exact.json().file.size).toBe(1024);
  // Untitled uploads are named after the requirement, never after the file (which may name the educator).
  expect(exact.json().title).toBe('Lesson plan 1');
});
