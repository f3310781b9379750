import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCredentialWorld, type CredentialWorld } from '../../test-support/credential-world.js';
import { jpegWithGps, multipartFile } from '../../test-support/evidence-files.js';
import { buildOrg, buildUser } from '../../test-support/factories.js';
import { signIn } from '../../test-support/http.js';
import { completeDraft } from '../../test-support/loop.js';

let w: CredentialWorld;
let fileUrl: string;
let thumbUrl: string;
let assessorView: { evidence: { artifacts: { file: { name: string; downloadUrl: string } | null }[] } };
const others: Record<string, string> = {};

/**
 * An educator uploads a photo named after herself and her school, submits, and the attempt goes to
 * the world's assessor. Everyone else who might try to open it is set up beside them.
 */
beforeAll(async () => {
  w = await buildCredentialWorld();
  const started = await w.app.inject({
    method: 'POST',
    url: '/api/v1/submissions',
    headers: { cookie: w.educator.cookie },
    payload: { microCredentialId: w.mcId },
  });
  const submissionId = started.json<{ id: string }>().id;
  const form = multipartFile({
    requirementId: 'lesson-plan',
    filename: 'Dana Okafor - Lakeside Primary board.jpg',
    contentType: 'image/jpeg',
    bytes: await jpegWithGps(),
  });
  const upload = await w.app.inject({
    method: 'POST',
    url: `/api/v1/submissions/${submissionId}/artifacts/upload`,
    headers: { cookie: w.educator.cookie, 'content-type': form.contentType },
    payload: form.payload,
  });
  expect(upload.statusCode, upload.body).toBe(201);
  fileUrl = upload.json().file.downloadUrl;
  thumbUrl = upload.json().file.thumbnailUrl;
  const sent = await submitForReviewOf(submissionId);
  assessorView = sent;
  const platform = await buildOrg(w.deps.db, 'platform', 'Platform');
  const person = async (roles: Parameters<typeof buildUser>[1]) =>
    signIn(w.app, (await buildUser(w.deps.db, roles)).email);
  others.otherEducator = await person({});
  others.otherAssessor = await person({ roles: [['assessor', w.issuer.id]] });
  others.otherIssuerAdmin = w.otherAdmin.cookie;
  others.platformAdmin = await person({ roles: [['platform_admin', platform.id]] });
});
afterAll(async () => {
  await w.close();
});

/** Completes the draft and submits it, returning the assigned assessor's review view. */
async function submitForReviewOf(submissionId: string) {
  await completeDraft(w.app, w.educator.cookie, submissionId);
  const res = await w.app.inject({
    method: 'POST',
    url: `/api/v1/submissions/${submissionId}/submit`,
    headers: { cookie: w.educator.cookie },
  });
  expect(res.statusCode, res.body).toBe(200);
  const queue = (
    await w.app.inject({ url: '/api/v1/reviews?status=assigned', headers: { cookie: w.assessor.cookie } })
  ).json();
  const review = queue.items.find(
    (r: { microCredential: { id: string } }) => r.microCredential.id === w.mcId,
  );
  return (
    await w.app.inject({ url: `/api/v1/reviews/${review.id}`, headers: { cookie: w.assessor.cookie } })
  ).json();
}

const get = (url: string, cookie?: string) => w.app.inject({ url, headers: cookie ? { cookie } : {} });

describe('who may open an evidence file', () => {
  it('the educator gets it under her own name', async () => {
    const res = await get(fileUrl, w.educator.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent('Dana Okafor - Lakeside Primary board.jpg'),
    );
  });

  it('the assigned assessor gets it under a neutral name, never the educator’s', async () => {
    const file = assessorView.evidence.artifacts.find((a) => a.file)!.file!;
    expect(file.name).toBe('lesson-plan-1.jpg');
    const res = await get(file.downloadUrl, w.assessor.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe("inline; filename*=UTF-8''lesson-plan-1.jpg");
    expect(JSON.stringify(res.headers)).not.toMatch(/Okafor|Lakeside/);
    expect((await get(thumbUrl, w.assessor.cookie)).statusCode).toBe(200);
  });

  it('the issuer’s admins and platform admins may open it', async () => {
    expect((await get(fileUrl, w.admin.cookie)).statusCode).toBe(200);
    expect((await get(fileUrl, others.platformAdmin)).statusCode).toBe(200);
  });

  it('another educator, an assessor of the same issuer not on it, and another issuer’s admin get 404; nobody signed in gets 401', async () => {
    for (const who of ['otherEducator', 'otherAssessor', 'otherIssuerAdmin']) {
      expect((await get(fileUrl, others[who])).statusCode, who).toBe(404);
      expect((await get(thumbUrl, others[who])).statusCode, who).toBe(404);
    }
    expect((await get(fileUrl)).statusCode).toBe(401);
    expect((await get(thumbUrl)).statusCode).toBe(401);
  });
});
