import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { checkStatus as bitstringCheckStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { independentLoader } from '../openbadges/test-fixtures.js';
import { readOfficialOb3 } from '../test-support/official-ob3.js';
import { buildApp } from '../server/app.js';
import type { App } from '../server/http.js';
import { authFor, buildOrg, buildUser } from '../test-support/factories.js';
import { signIn } from '../test-support/http.js';
import { completeDraft, scoresFor, submitForReview } from '../test-support/loop.js';
import { publishSample } from '../test-support/publish.js';
import { createTestDeps, type TestDeps } from '../test-support/test-deps.js';

let deps: TestDeps;
let app: App;
let mcId: string;
let educator: { id: string; email: string; name: string };
let assessorCookie: string;
let educatorCookie: string;
let otherEducatorCookie: string;
let otherAssessorCookie: string;
let school: { id: string; name: string };
let district: { id: string; name: string };

beforeAll(async () => {
  deps = await createTestDeps();
  app = await buildApp(deps, { logger: false, serveWeb: false });
  const state = await buildOrg(deps.db, 'state', 'State of Example');
  district = await buildOrg(deps.db, 'district', 'Riverbend District', state.id);
  school = await buildOrg(deps.db, 'school', 'Maple Street Elementary', district.id);
  const otherDistrict = await buildOrg(deps.db, 'district', 'Hillcrest District', state.id);
  const otherSchool = await buildOrg(deps.db, 'school', 'Hillcrest High', otherDistrict.id);
  const issuer = await buildOrg(deps.db, 'issuer', 'Northfield Institute');
  const otherIssuer = await buildOrg(deps.db, 'issuer', 'Elsewhere Academy');
  const admin = await buildUser(deps.db, { roles: [['issuer_admin', issuer.id]] });
  educator = await buildUser(deps.db, {
    name: 'Priya Raman',
    email: 'priya.raman@example.test',
    roles: [['educator', school.id]],
  });
  const other = await buildUser(deps.db, { roles: [['educator', school.id]] });
  // A colleague from the same district is in the pool but must never be picked (conflict of interest).
  await buildUser(deps.db, {
    roles: [
      ['assessor', issuer.id],
      ['educator', school.id],
    ],
  });
  const assessor = await buildUser(deps.db, {
    roles: [
      ['assessor', issuer.id],
      ['educator', otherSchool.id],
    ],
  });
  const otherAssessor = await buildUser(deps.db, { roles: [['assessor', otherIssuer.id]] });
  mcId = (await publishSample(deps, await authFor(deps.db, admin.id), issuer.id)).id;
  educatorCookie = await signIn(app, educator.email);
  otherEducatorCookie = await signIn(app, other.email);
  assessorCookie = await signIn(app, assessor.email);
  otherAssessorCookie = await signIn(app, otherAssessor.email);
});
afterAll(async () => {
  await app.close();
  await deps.close();
});

const call = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  cookie?: string,
  payload?: object,
) => app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

/** Every string anywhere in a JSON value. */
const strings = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(strings)
      : v && typeof v === 'object'
        ? Object.values(v).flatMap(strings)
        : [];

describe('the whole loop: start → evidence → submit → blind review → earned → signed credential', () => {
  let submissionId: string;
  let reviewId: string;
  let credentialId: string;

  it('an educator starts, sees the rubric, and cannot submit an empty draft', async () => {
    const started = await call('POST', '/api/v1/submissions', educatorCookie, { microCredentialId: mcId });
    expect(started.statusCode).toBe(201);
    submissionId = started.json().id;
    expect(started.json().microCredential.content.rubric.criteria).toHaveLength(3);
    const again = await call('POST', '/api/v1/submissions', educatorCookie, { microCredentialId: mcId });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details.submissionId).toBe(submissionId);
    const empty = await call('POST', `/api/v1/submissions/${submissionId}/submit`, educatorCookie);
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.code).toBe('INCOMPLETE_SUBMISSION');
    expect(empty.json().error.details.problems.map((p: { path: string }) => p.path)).toContain(
      'attestation.ownWork',
    );
  });

  it('autosaves with revisions and refuses a stale save without losing either text', async () => {
    const view = (await call('GET', `/api/v1/submissions/${submissionId}`, educatorCookie)).json();
    const first = await call('PATCH', `/api/v1/submissions/${submissionId}/draft`, educatorCookie, {
      revision: view.current.revision,
      answers: { part1: { context: 'Tab one text about my class.' } },
    });
    expect(first.statusCode).toBe(200);
    const stale = await call('PATCH', `/api/v1/submissions/${submissionId}/draft`, educatorCookie, {
      revision: view.current.revision,
      answers: { part1: { context: 'Tab two text.' } },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    expect(stale.json().error.details.current.answers.part1.context).toBe('Tab one text about my class.');
    const unknown = await call('PATCH', `/api/v1/submissions/${submissionId}/draft`, educatorCookie, {
      revision: first.json().revision,
      answers: { part1: { nope: 'x' } },
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('uploads a file through the blob store, and refuses one over the limit', async () => {
    const boundary = '----mc';
    const body = (content: string) =>
      [
        `--${boundary}`,
        'Content-Disposition: form-data; name="requirementId"',
        '',
        'lesson-plan',
        `--${boundary}`,
        'Content-Disposition: form-data; name="title"',
        '',
        'Plan',
        `--${boundary}`,
        'Content-Disposition: form-data; name="file"; filename="../../Priya Raman - Maple Street plan.pdf"',
        'Content-Type: application/pdf',
        '',
        content,
        `--${boundary}--`,
        '',
      ].join('\r\n');
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/submissions/${submissionId}/artifacts/upload`,
      headers: { cookie: educatorCookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body('%PDF-1.4 test'),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().file).toMatchObject({
      name: 'Priya Raman - Maple Street plan.pdf',
      contentType: 'application/pdf',
    });
    const download = await call('GET', res.json().file.downloadUrl, educatorCookie);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('%PDF-1.4 test');
    expect((await call('GET', res.json().file.downloadUrl, otherEducatorCookie)).statusCode).toBe(404);
    expect((await call('GET', res.json().file.downloadUrl)).statusCode).toBe(401);
    deps.config.uploadLimits.document = 8;
    const big = await app.inject({
      method: 'POST',
      url: `/api/v1/submissions/${submissionId}/artifacts/upload`,
      headers: { cookie: educatorCookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body('%PDF-1.4 0123456789abcdef'),
    });
    deps.config.uploadLimits.document = 50 * 1024 * 1024;
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const after = (await call('GET', `/api/v1/submissions/${submissionId}`, educatorCookie)).json();
    expect(after.current.artifacts).toHaveLength(1);
  });

  it('another educator, an anonymous visitor and an assessor cannot see or change the submission', async () => {
    for (const cookie of [otherEducatorCookie, assessorCookie]) {
      expect((await call('GET', `/api/v1/submissions/${submissionId}`, cookie)).statusCode).toBe(404);
      expect(
        (await call('PATCH', `/api/v1/submissions/${submissionId}/draft`, cookie, { revision: 1 }))
          .statusCode,
      ).toBe(404);
      expect((await call('POST', `/api/v1/submissions/${submissionId}/submit`, cookie)).statusCode).toBe(404);
    }
    expect((await call('GET', `/api/v1/submissions/${submissionId}`)).statusCode).toBe(401);
  });

  it('submits once, assigns a non-conflicted assessor, and freezes the evidence', async () => {
    await completeDraft(app, educatorCookie, submissionId);
    const draft = (await call('GET', `/api/v1/submissions/${submissionId}`, educatorCookie)).json();
    const summary = await call('PATCH', `/api/v1/submissions/${submissionId}/draft`, educatorCookie, {
      revision: draft.current.revision,
      answers: { publicSummary: 'Exit tickets every lesson; I regrouped students the next day.' },
    });
    expect(summary.statusCode).toBe(200);
    const submitted = await call('POST', `/api/v1/submissions/${submissionId}/submit`, educatorCookie);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().status).toBe('in_review');
    const twice = await call('POST', `/api/v1/submissions/${submissionId}/submit`, educatorCookie);
    expect(twice.statusCode).toBe(409);
    const view = (await call('GET', `/api/v1/submissions/${submissionId}`, educatorCookie)).json();
    expect(view.current.editable).toBe(false);
    const frozen = await call('PATCH', `/api/v1/submissions/${submissionId}/draft`, educatorCookie, {
      revision: view.current.revision,
      answers: { part1: { context: 'changed' } },
    });
    expect(frozen.statusCode).toBe(409);
    const queue = (await call('GET', '/api/v1/reviews', assessorCookie)).json();
    expect(queue.items).toHaveLength(1);
    reviewId = queue.items[0].id;
  });

  it('the review is blind: no educator name, email, id, school or district in anything the assessor receives', async () => {
    const responses = [
      await call('GET', '/api/v1/reviews', assessorCookie),
      await call('GET', `/api/v1/reviews/${reviewId}`, assessorCookie),
      await call('PUT', `/api/v1/reviews/${reviewId}/scores`, assessorCookie, { scores: [] }),
    ];
    const forbidden = [
      educator.name,
      educator.email,
      educator.id,
      school.id,
      school.name,
      district.id,
      district.name,
      'Priya',
      'Raman',
      // Published later beside her name, so searchable: the assessor must not see it.
      'Exit tickets every lesson',
    ];
    const review = responses[1]!.json();
    const file = review.evidence.artifacts.find((a: { file: unknown }) => a.file);
    expect(file.file.name).toBe('lesson-plan-1.pdf');
    const download = await call('GET', file.file.downloadUrl, assessorCookie);
    expect(download.statusCode).toBe(200);
    responses.push(download);
    for (const res of responses) {
      expect(res.statusCode).toBe(200);
      const all = [
        ...strings(String(res.headers['content-type'] ?? '').includes('json') ? res.json() : res.body),
        ...Object.values(res.headers).map(String),
      ].join('\n');
      for (const f of forbidden) expect(all).not.toContain(f);
      expect(res.body).not.toContain(educator.email);
    }
  });

  it('only the assigned assessor may open or score the review', async () => {
    expect((await call('GET', `/api/v1/reviews/${reviewId}`, otherAssessorCookie)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/reviews/${reviewId}`, educatorCookie)).statusCode).toBe(404);
    expect(
      (
        await call('POST', `/api/v1/reviews/${reviewId}/decision`, otherAssessorCookie, {
          scores: [{ criterionId: 'context', levelId: 'demonstrated', feedback: 'x' }],
        })
      ).statusCode,
    ).toBe(404);
  });

  it('refuses an incomplete decision, unknown levels and thin "not yet" feedback', async () => {
    const review = (await call('GET', `/api/v1/reviews/${reviewId}`, assessorCookie)).json();
    const partial = await call('POST', `/api/v1/reviews/${reviewId}/decision`, assessorCookie, {
      scores: scoresFor(review, true).slice(0, 2),
    });
    expect(partial.statusCode).toBe(400);
    expect(partial.json().error.message).toMatch(/not scored/);
    const bogus = await call('PUT', `/api/v1/reviews/${reviewId}/scores`, assessorCookie, {
      scores: [{ criterionId: 'context', levelId: 'stellar', feedback: '' }],
    });
    expect(bogus.statusCode).toBe(400);
    const thin = scoresFor(review, true);
    thin[0] = { criterionId: thin[0]!.criterionId, levelId: 'not-yet', feedback: 'no' };
    expect(
      (await call('POST', `/api/v1/reviews/${reviewId}/decision`, assessorCookie, { scores: thin }))
        .statusCode,
    ).toBe(400);
  });

  it('"earned" issues a signed OB 3.0 credential that validates against the official schema and verifies', async () => {
    const review = (await call('GET', `/api/v1/reviews/${reviewId}`, assessorCookie)).json();
    const decided = await call('POST', `/api/v1/reviews/${reviewId}/decision`, assessorCookie, {
      scores: scoresFor(review, true),
    });
    expect(decided.statusCode).toBe(200);
    // The assessor learns the outcome only: a credential id would lead to a page naming the educator.
    expect(decided.json()).toEqual({ decision: 'earned', final: true });
    credentialId = (await call('GET', `/api/v1/submissions/${submissionId}`, educatorCookie)).json()
      .credentialId;
    expect(
      (
        await call('POST', `/api/v1/reviews/${reviewId}/decision`, assessorCookie, {
          scores: scoresFor(review, true),
        })
      ).statusCode,
    ).toBe(409);

    const mine = (await call('GET', '/api/v1/me/credentials', educatorCookie)).json();
    expect(mine.items).toMatchObject([
      {
        id: credentialId,
        status: 'valid',
        title: 'Checking for Understanding',
        url: `http://localhost:3000/credentials/${credentialId}`,
      },
    ]);

    const json = await call('GET', `/credentials/${credentialId}.json`);
    expect(json.statusCode).toBe(200);
    const credential = json.json();
    expect(credential.issuer.id).toMatch(/^did:web:localhost%3A3000:issuers:northfield-institute-/);
    expect(credential.issuer.url).toMatch(/^http:\/\/localhost:3000\/issuers\//);
    expect(Array.isArray(credential.proof)).toBe(true);
    expect(credential.proof[0]).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
    });
    expect(JSON.stringify(credential)).not.toContain(educator.email);
    expect(credential.proof[0].created).toBe(credential.validFrom);

    const schema = readOfficialOb3('ob_v3p0_achievementcredential_schema.json') as object;
    const ajv = new Ajv2019.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(credential), JSON.stringify(validate.errors)).toBe(true);
    // Only what the educator chose to make public goes into the credential.
    expect(credential.evidence).toEqual([
      expect.objectContaining({
        type: ['Evidence'],
        narrative: 'Exit tickets every lesson; I regrouped students the next day.',
      }),
    ]);

    const verified = await call('POST', '/api/v1/verify', undefined, { credential });
    expect(verified.json().verified).toBe(true);
    expect(verified.json().checks.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining(['proof', 'schema', 'issuer', 'dates', 'status']),
    );
    const asString = await call('POST', '/api/v1/verify', undefined, {
      credential: JSON.stringify(credential),
    });
    expect(asString.json().verified).toBe(true);

    const tampered = structuredClone(credential);
    tampered.credentialSubject.achievement.name = 'Something Else';
    const bad = (await call('POST', '/api/v1/verify', undefined, { credential: tampered })).json();
    expect(bad.verified).toBe(false);
    expect(bad.checks.find((c: { id: string }) => c.id === 'proof').valid).toBe(false);

    const did = await call('GET', `/issuers/${credential.issuer.id.split(':').pop()}/did.json`);
    expect(did.json().id).toBe(credential.issuer.id);
    expect(did.json().verificationMethod[0].id).toBe(credential.proof[0].verificationMethod);

    // Checked by the credential ecosystem's own libraries too, with the DID document and the
    // status list as published.
    const listUrl: string = credential.credentialStatus.statusListCredential;
    const list = await call('GET', new URL(listUrl).pathname);
    expect(list.statusCode).toBe(200);
    const base = independentLoader(did.json());
    const documentLoader = (url: string) =>
      url === listUrl
        ? Promise.resolve({ contextUrl: null, documentUrl: url, document: list.json() })
        : base(url);
    const independent = await vc.verifyCredential({
      credential: structuredClone(credential),
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader,
      checkStatus: bitstringCheckStatus as (options: object) => Promise<{ verified: boolean }>,
    });
    expect(independent.error).toBeUndefined();
    expect(independent.verified).toBe(true);
  });

  it('the public page shows the credential as valid with each check', async () => {
    const page = await call('GET', `/credentials/${credentialId}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Valid');
    expect(page.body).toContain('og:title');
    expect(page.body).toContain('Priya Raman');
    expect(page.body).toContain('Exit tickets every lesson; I regrouped students the next day.');
    expect(page.body).not.toContain('✗ Failed');
    expect((await call('GET', '/credentials/nope')).statusCode).toBe(404);
    expect((await call('GET', '/credentials/nope.json')).statusCode).toBe(404);
  });

  it('verify answers garbage with verified: false, never a 500', async () => {
    for (const credential of ['not json', {}, { '@context': 5 }, '{"a":']) {
      const res = await call('POST', '/api/v1/verify', undefined, { credential });
      expect(res.statusCode).toBe(200);
      expect(res.json().verified).toBe(false);
    }
    expect((await call('POST', '/api/v1/verify', undefined, { credential: 5 } as object)).statusCode).toBe(
      400,
    );
  });
});

describe('use from other sites', () => {
  it('any site may verify and embed public credential resources; cookie-bearing writes stay same-site', async () => {
    const pre = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/verify',
      headers: { origin: 'https://portfolio.example', 'access-control-request-method': 'POST' },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    const verify = await app.inject({
      method: 'POST',
      url: '/api/v1/verify',
      headers: { origin: 'https://portfolio.example', 'sec-fetch-site': 'cross-site' },
      payload: { credential: {} },
    });
    expect(verify.statusCode).toBe(200);
    expect(verify.headers['access-control-allow-origin']).toBe('*');
    const list = (await app.inject({ url: '/api/v1/micro-credentials' })).json();
    const image = await app.inject({ url: list.items[0].imageUrl });
    expect(image.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const write = await app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: { cookie: educatorCookie, origin: 'https://portfolio.example' },
      payload: { microCredentialId: mcId },
    });
    expect(write.statusCode).toBe(403);
  });
});

describe('not yet → resubmit', () => {
  it('gives feedback per criterion, carries evidence forward and caps attempts', async () => {
    const mc = await publishSample(
      deps,
      await authFor(
        deps.db,
        (
          await buildUser(deps.db, {
            roles: [
              [
                'issuer_admin',
                (
                  await deps.db
                    .selectFrom('micro_credentials')
                    .select('issuer_id')
                    .where('id', '=', mcId)
                    .executeTakeFirstOrThrow()
                ).issuer_id,
              ],
            ],
          })
        ).id,
      ),
      (
        await deps.db
          .selectFrom('micro_credentials')
          .select('issuer_id')
          .where('id', '=', mcId)
          .executeTakeFirstOrThrow()
      ).issuer_id,
      { maxAttempts: 2, title: 'Two Tries' },
    );
    const id = (
      await call('POST', '/api/v1/submissions', educatorCookie, { microCredentialId: mc.id })
    ).json().id;
    for (let attempt = 1; attempt <= 2; attempt++) {
      await completeDraft(app, educatorCookie, id);
      expect((await call('POST', `/api/v1/submissions/${id}/submit`, educatorCookie)).json().status).toBe(
        'in_review',
      );
      const queue = (await call('GET', '/api/v1/reviews?status=assigned', assessorCookie)).json();
      const review = (await call('GET', `/api/v1/reviews/${queue.items[0].id}`, assessorCookie)).json();
      if (attempt === 2) expect(review.resubmissionNote).toMatch(/clearer lesson plan/);
      const decided = await call('POST', `/api/v1/reviews/${review.id}/decision`, assessorCookie, {
        scores: scoresFor(review, false),
      });
      expect(decided.json()).toEqual({ decision: 'not_yet', final: true });
      const view = (await call('GET', `/api/v1/submissions/${id}`, educatorCookie)).json();
      expect(view.status).toBe('not_yet');
      expect(view.attempts[attempt - 1].feedback).toHaveLength(3);
      expect(view.attempts[attempt - 1].feedback[0]).toMatchObject({
        demonstrated: false,
        levelLabel: 'Not yet',
      });
      if (attempt === 1) {
        expect(view.canResubmit).toBe(true);
        expect(
          (await call('POST', `/api/v1/submissions/${id}/resubmit`, educatorCookie, { note: 'short' }))
            .statusCode,
        ).toBe(400);
        const next = await call('POST', `/api/v1/submissions/${id}/resubmit`, educatorCookie, {
          note: 'I will mark every check in the plan.',
        });
        expect(next.statusCode).toBe(200);
        expect(next.json().current).toMatchObject({ number: 2, editable: true });
        expect(next.json().current.artifacts.length).toBeGreaterThan(0);
        expect(next.json().current.answers).toEqual(view.current.answers);
      } else {
        expect(view.canResubmit).toBe(false);
        const capped = await call('POST', `/api/v1/submissions/${id}/resubmit`, educatorCookie, {
          note: 'Please let me try once more.',
        });
        expect(capped.statusCode).toBe(409);
        expect(capped.json().error.code).toBe('ATTEMPTS_EXHAUSTED');
      }
    }
  });
});

describe('withdrawing does not reset the attempt cap', () => {
  it('a restart continues the count, and is refused once every attempt is used', async () => {
    const issuerId = (
      await deps.db
        .selectFrom('micro_credentials')
        .select('issuer_id')
        .where('id', '=', mcId)
        .executeTakeFirstOrThrow()
    ).issuer_id;
    const admin = await buildUser(deps.db, { roles: [['issuer_admin', issuerId]] });
    const mc = await publishSample(deps, await authFor(deps.db, admin.id), issuerId, {
      maxAttempts: 1,
      title: 'One Try',
    });
    const { submissionId: id, review } = await submitForReview(app, educatorCookie, assessorCookie, mc.id);
    await call('POST', `/api/v1/reviews/${review.id}/decision`, assessorCookie, {
      scores: scoresFor(review, false),
    });
    expect((await call('POST', `/api/v1/submissions/${id}/withdraw`, educatorCookie)).statusCode).toBe(200);
    const again = await call('POST', '/api/v1/submissions', educatorCookie, { microCredentialId: mc.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ATTEMPTS_EXHAUSTED');
  });
});
