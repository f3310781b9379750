import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import type { App } from '../../server/http.js';
import { authFor, buildOrg, buildUser } from '../../test-support/factories.js';
import { signIn } from '../../test-support/http.js';
import { completeDraft } from '../../test-support/loop.js';
import { publishSample } from '../../test-support/publish.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';
import { writeDraftVersion } from './draft-versions.js';

let deps: TestDeps;
let app: App;
let mcId: string;
const cookies: Record<'educator' | 'otherEducator' | 'assessor' | 'issuerAdmin', string> = {
  educator: '',
  otherEducator: '',
  assessor: '',
  issuerAdmin: '',
};

beforeAll(async () => {
  deps = await createTestDeps();
  app = await buildApp(deps, { logger: false, serveWeb: false });
  const state = await buildOrg(deps.db, 'state', 'State of Drafts');
  const district = await buildOrg(deps.db, 'district', 'Draft District', state.id);
  const school = await buildOrg(deps.db, 'school', 'Draft School', district.id);
  const otherDistrict = await buildOrg(deps.db, 'district', 'Far District', state.id);
  const otherSchool = await buildOrg(deps.db, 'school', 'Far School', otherDistrict.id);
  const issuer = await buildOrg(deps.db, 'issuer', 'Draft Institute');
  const admin = await buildUser(deps.db, { roles: [['issuer_admin', issuer.id]] });
  const educator = await buildUser(deps.db, { roles: [['educator', school.id]] });
  const other = await buildUser(deps.db, { roles: [['educator', school.id]] });
  const assessor = await buildUser(deps.db, {
    roles: [
      ['assessor', issuer.id],
      ['educator', otherSchool.id],
    ],
  });
  mcId = (await publishSample(deps, await authFor(deps.db, admin.id), issuer.id)).id;
  cookies.educator = await signIn(app, educator.email);
  cookies.otherEducator = await signIn(app, other.email);
  cookies.assessor = await signIn(app, assessor.email);
  cookies.issuerAdmin = await signIn(app, admin.email);
});
afterAll(async () => {
  await app.close();
  await deps.close();
});

type Method = 'GET' | 'POST' | 'PATCH';
const call = (
  method: Method,
  url: string,
  cookie: string,
  payload?: object | string,
  headers: Record<string, string> = {},
) =>
  app.inject({
    method,
    url,
    headers: {
      cookie,
      ...(typeof payload === 'string' ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(payload !== undefined ? { payload } : {}),
  });

const start = async () => {
  const res = await call('POST', '/api/v1/submissions', cookies.educator, { microCredentialId: mcId });
  expect(res.statusCode).toBe(201);
  started = res.json<{ id: string }>().id;
  return started;
};
const save = (id: string, revision: number, context: string, headers?: Record<string, string>) =>
  call(
    'PATCH',
    `/api/v1/submissions/${id}/draft`,
    cookies.educator,
    { revision, answers: { part1: { context } } },
    headers,
  );
const current = async (id: string) => {
  const res = await call('GET', `/api/v1/submissions/${id}`, cookies.educator);
  return {
    etag: res.headers.etag,
    ...res.json<{ current: { revision: number; answers: { part1: { context?: string } } } }>().current,
  };
};
const history = async (id: string, cookie = cookies.educator) =>
  (await call('GET', `/api/v1/submissions/${id}/drafts`, cookie)).json<{
    items: { revision: number; savedAt: string; words: number }[];
  }>().items;
const restore = (
  id: string,
  revision: number,
  body?: object,
  headers?: Record<string, string>,
  cookie = cookies.educator,
) => call('POST', `/api/v1/submissions/${id}/drafts/${revision}/restore`, cookie, body, headers);

// Each test starts afresh: the submission it started is withdrawn after it, passed or failed.
let started: string | undefined;
afterEach(async () => {
  if (started) await call('POST', `/api/v1/submissions/${started}/withdraw`, cookies.educator);
  started = undefined;
});

describe('draft history', () => {
  it('keeps every save as a version, with the starting point, newest first', async () => {
    const id = await start();
    let revision = 0;
    for (const text of ['One.', 'One two.', 'One two three.']) {
      const res = await save(id, revision, text);
      expect(res.statusCode).toBe(200);
      revision = res.json().revision;
      expect(res.headers.etag).toBe(`"${revision}"`);
      deps.clock.advance(1000);
    }
    const items = await history(id);
    expect(items.map((i) => [i.revision, i.words])).toEqual([
      [3, 3],
      [2, 2],
      [1, 1],
      [0, 0],
    ]);
    expect(items[0]!.savedAt > items[1]!.savedAt).toBe(true);
    const one = await call('GET', `/api/v1/submissions/${id}/drafts/2`, cookies.educator);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({
      revision: 2,
      words: 2,
      answers: { part1: { context: 'One two.' }, part3: {} },
      attestation: { ownWork: false, studentPrivacy: false },
      resubmissionNote: null,
    });
    const missing = await call('GET', `/api/v1/submissions/${id}/drafts/99`, cookies.educator);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
    // A refused (stale) save leaves no version behind.
    expect((await save(id, 1, 'Stale tab.')).statusCode).toBe(409);
    expect((await history(id)).length).toBe(4);
  });

  it('restores a version as a new revision, never rewriting history', async () => {
    const id = await start();
    const first = (await save(id, 0, 'The first idea.')).json().revision;
    deps.clock.advance(1000);
    const second = (await save(id, first, 'A worse second idea.')).json().revision;
    const res = await restore(id, first, { revision: second });
    expect(res.statusCode).toBe(200);
    expect(res.json().revision).toBe(second + 1);
    expect(res.headers.etag).toBe(`"${second + 1}"`);
    const now = await current(id);
    expect(now.revision).toBe(second + 1);
    expect(now.etag).toBe(`"${second + 1}"`);
    expect(now.answers.part1.context).toBe('The first idea.');
    expect((await history(id)).map((i) => i.revision)).toEqual([second + 1, second, first, 0]);
    // Autosave carries on from the new revision.
    expect((await save(id, second + 1, 'The first idea, improved.')).statusCode).toBe(200);
  });

  it('refuses a restore from a stale revision with both texts, changing nothing', async () => {
    const id = await start();
    const first = (await save(id, 0, 'Version to restore.')).json().revision;
    const second = (await save(id, first, 'Saved in the other tab.')).json().revision;
    const res = await restore(id, first, { revision: first });
    expect(res.statusCode).toBe(409);
    const error = res.json().error;
    expect(error.code).toBe('STALE_VERSION');
    expect(error.details.current).toMatchObject({
      revision: second,
      answers: { part1: { context: 'Saved in the other tab.' } },
    });
    expect(error.details.restoring).toMatchObject({
      revision: first,
      answers: { part1: { context: 'Version to restore.' } },
    });
    const now = await current(id);
    expect(now.revision).toBe(second);
    expect(now.answers.part1.context).toBe('Saved in the other tab.');
    expect((await history(id)).map((i) => i.revision)).toEqual([second, first, 0]);
    // If-Match works for restores too, and must agree with the body.
    expect((await restore(id, first, undefined, { 'if-match': `"${first}"` })).statusCode).toBe(409);
    expect((await restore(id, first, { revision: second }, { 'if-match': `"${first}"` })).statusCode).toBe(
      400,
    );
    expect((await restore(id, first, {})).statusCode).toBe(400);
    expect((await restore(id, 42, { revision: second })).statusCode).toBe(404);
    expect((await restore(id, first, undefined, { 'if-match': `"${second}"` })).statusCode).toBe(200);
  });

  it('is the educator’s alone: another educator, an assessor and an issuer admin get 404 and change nothing', async () => {
    const id = await start();
    const first = (await save(id, 0, 'Private draft.')).json().revision;
    const second = (await save(id, first, 'Private draft, later.')).json().revision;
    for (const who of ['otherEducator', 'assessor', 'issuerAdmin'] as const) {
      const cookie = cookies[who];
      for (const res of [
        await call('GET', `/api/v1/submissions/${id}/drafts`, cookie),
        await call('GET', `/api/v1/submissions/${id}/drafts/${first}`, cookie),
        await restore(id, first, { revision: second }, undefined, cookie),
      ]) {
        expect.soft(res.statusCode, who).toBe(404);
        expect.soft(res.json().error.code, who).toBe('NOT_FOUND');
        expect.soft(res.body, who).not.toContain('Private draft');
      }
    }
    expect((await current(id)).revision).toBe(second);
    expect((await history(id)).length).toBe(3);
  });

  it('thins older versions as it saves: every recent save, one per window later', async () => {
    deps.clock.set('2026-11-03T10:00:05Z');
    const id = await start();
    let revision = 0;
    for (let i = 0; i < 5; i++) {
      revision = (await save(id, revision, `Burst ${i}.`)).json().revision;
      deps.clock.advance(10_000);
    }
    expect((await history(id)).length).toBe(6);
    deps.clock.advance(3 * 60 * 60_000);
    revision = (await save(id, revision, 'Three hours later.')).json().revision;
    // 10:00:05–10:00:45 are one ten-minute window now: only its last save stays.
    expect((await history(id)).map((i) => i.revision)).toEqual([6, 5]);
  });
});

describe('writeDraftVersion', () => {
  it('refuses a change computed from a read older than the revision it names (a save that raced in between)', async () => {
    const id = await start();
    const { id: attemptId } = await deps.db
      .selectFrom('attempts')
      .select('id')
      .where('submission_id', '=', id)
      .executeTakeFirstOrThrow();
    const read = await deps.db
      .selectFrom('attempts')
      .selectAll()
      .where('id', '=', attemptId)
      .executeTakeFirstOrThrow();
    expect((await save(id, 0, 'Saved by the other tab.')).statusCode).toBe(200);
    const write = writeDraftVersion(deps.db, {
      attempt: read,
      from: 1,
      content: { answers: read.answers, attestation: read.attestation, resubmission_note: null },
      at: deps.clock.now().toISOString(),
      by: 'someone',
    });
    await expect(write).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect((await current(id)).answers.part1.context).toBe('Saved by the other tab.');
  });
});

describe('If-Match on autosave', () => {
  it('accepts "n", W/"n" and n; refuses a mismatch with the body, a stale one, and garbage', async () => {
    const id = await start();
    const body = (text: string) => ({ answers: { part1: { context: text } } });
    const patch = (payload: object, headers: Record<string, string>) =>
      call('PATCH', `/api/v1/submissions/${id}/draft`, cookies.educator, payload, headers);
    expect((await current(id)).etag).toBe('"0"');
    let res = await patch(body('Quoted.'), { 'if-match': '"0"' });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    res = await patch(body('Weak.'), { 'if-match': 'W/"1"' });
    expect(res.statusCode).toBe(200);
    res = await patch(body('Bare.'), { 'if-match': '2' });
    expect(res.statusCode).toBe(200);
    res = await patch({ revision: 3, ...body('Both, agreeing.') }, { 'if-match': '"3"' });
    expect(res.statusCode).toBe(200);
    expect((await current(id)).etag).toBe('"4"');

    const differ = await patch({ revision: 3, ...body('Both, differing.') }, { 'if-match': '"4"' });
    expect(differ.statusCode).toBe(400);
    expect(differ.json().error.code).toBe('VALIDATION_FAILED');
    expect(differ.json().error.message).toMatch(/If-Match names revision 4 but the body says revision 3/);
    const stale = await patch(body('From an old tab.'), { 'if-match': '"2"' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    expect(stale.json().error.details.current.answers.part1.context).toBe('Both, agreeing.');
    for (const bad of ['*', '"4", "5"', '"abc"', '"4', '99999999999']) {
      const res = await patch(body('Bad header.'), { 'if-match': bad });
      expect.soft(res.statusCode, bad).toBe(400);
      expect.soft(res.json().error.message, bad).toMatch(/If-Match must name the one revision/);
    }
    const none = await patch(body('No revision at all.'), {});
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toMatch(/which revision/);
    const now = await current(id);
    expect(now.revision).toBe(4);
    expect(now.answers.part1.context).toBe('Both, agreeing.');
  });
});

describe('an oversized answer', () => {
  it('a 20 MB answer gets 413 naming the limit, an answer over 40,000 characters 400, and nothing changes', async () => {
    const id = await start();
    const revision = (await save(id, 0, 'Kept safe.')).json().revision;
    const huge = JSON.stringify({ revision, answers: { part1: { context: 'x'.repeat(20 * 1024 * 1024) } } });
    const res = await call('PATCH', `/api/v1/submissions/${id}/draft`, cookies.educator, huge);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(res.json().error.message).toMatch(/at most 1 MB.*40,000 characters/);
    const long = await save(id, revision, 'word '.repeat(8001));
    expect(long.statusCode).toBe(400);
    expect(long.json().error.code).toBe('VALIDATION_FAILED');
    expect(long.json().error.message).toMatch(/40000/);
    const now = await current(id);
    expect(now.revision).toBe(revision);
    expect(now.answers.part1.context).toBe('Kept safe.');
    expect((await history(id)).length).toBe(2);
    // Other routes keep the generic message.
    const other = await call('POST', `/api/v1/submissions/${id}/resubmit`, cookies.educator, huge);
    expect(other.statusCode).toBe(413);
  });
});

// Last: it leaves the micro-credential under review for this educator.
describe('a submitted attempt', () => {
  it('can be read but not restored once submitted (not even by the assessor it went to)', async () => {
    const id = await start();
    await completeDraft(app, cookies.educator, id);
    const submitted = await call('POST', `/api/v1/submissions/${id}/submit`, cookies.educator);
    expect(submitted.json().status).toBe('in_review');
    const items = await history(id);
    expect(items.map((i) => i.revision)).toEqual([1, 0]);
    const res = await restore(id, 0, { revision: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('INVALID_STATE');
    expect((await current(id)).revision).toBe(1);
    expect((await call('GET', `/api/v1/submissions/${id}/drafts`, cookies.assessor)).statusCode).toBe(404);
  });
});
