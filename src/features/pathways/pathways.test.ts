import { beforeAll, describe, expect, it } from 'vitest';
import type { PathwayProgressView, PathwayView } from '../../contracts/pathways.js';
import { authFor, buildOrg, buildUser } from '../../test-support/factories.js';
import { publishSample } from '../../test-support/publish.js';
import { signIn } from '../../test-support/http.js';
import { scoresFor, submitForReview } from '../../test-support/loop.js';
import {
  anotherEducator,
  credentialJson,
  earnCredential,
  publishAnother,
  useCredentialWorld,
} from '../../test-support/credential-world.js';
import { officialOb3Validator, thirdPartyLoader, vcVerify } from '../../test-support/third-party.js';
import { awardPublishedPathway } from './award-pathways.js';

/**
 * Pathways through the API: defining them (who may, what is refused), progress, the stacked
 * credential awarded exactly once (also when the last two parts are decided at the same time),
 * revoked parts not counting, and completions seen only within an admin's districts.
 */
const { w, call } = useCredentialWorld();
let parts: string[];
let lakesideId: string;
let districtAdmin: string;
let otherDistrictAdmin: string;
let otherDistrictId: string;

beforeAll(async () => {
  parts = [
    w.mcId,
    await publishAnother(w, { title: 'Exit Tickets That Inform' }),
    await publishAnother(w, { title: 'Feedback Students Use' }),
  ];
  const membership = await w.deps.db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.org_id')
    .select('o.parent_id')
    .where('m.user_id', '=', w.educator.id)
    .executeTakeFirstOrThrow();
  lakesideId = membership.parent_id!;
  const admin = await buildUser(w.deps.db, { roles: [['district_admin', lakesideId]] });
  districtAdmin = await signIn(w.app, admin.email);
  const other = await buildOrg(w.deps.db, 'district', 'Hillview District');
  otherDistrictId = other.id;
  const otherAdmin = await buildUser(w.deps.db, { roles: [['district_admin', other.id]] });
  otherDistrictAdmin = await signIn(w.app, otherAdmin.email);
});

const definition = (over: Record<string, unknown> = {}) => ({
  orgId: w.issuer.id,
  issuerId: w.issuer.id,
  slug: `leader-${Math.random().toString(36).slice(2, 8)}`,
  title: 'Teacher Leader: Formative Assessment',
  description: 'Three formative assessment practices that together prepare a teacher to lead colleagues.',
  rule: 'all',
  ordered: false,
  items: parts,
  roleTitle: 'Teacher Leader',
  payStep: 'Step 2 (+$1,500)',
  ...over,
});

async function definePublished(over: Record<string, unknown> = {}, cookie = w.admin.cookie) {
  const created = await call('POST', '/api/v1/admin/pathways', cookie, definition(over));
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<PathwayView>().id;
  const published = await call('PATCH', `/api/v1/admin/pathways/${id}`, cookie, { status: 'published' });
  expect(published.statusCode, published.body).toBe(200);
  return published.json<PathwayView>();
}

const myPathway = async (cookie: string, id: string) =>
  (await call('GET', '/api/v1/me/pathways', cookie))
    .json<{ items: PathwayProgressView[] }>()
    .items.find((p) => p.id === id);

const stackedOf = (educatorId: string, pathwayId: string) =>
  w.deps.db
    .selectFrom('credentials')
    .selectAll()
    .where('educator_id', '=', educatorId)
    .where('pathway_id', '=', pathwayId)
    .execute();

describe('defining pathways', () => {
  it('refuses what makes no sense, with a message that says why', async () => {
    const post = (over: Record<string, unknown>, cookie = w.admin.cookie) =>
      call('POST', '/api/v1/admin/pathways', cookie, definition(over));
    const nTooBig = await post({ rule: 'n_of', requiredCount: 4 });
    expect(nTooBig.statusCode).toBe(400);
    expect(nTooBig.json().error.message).toMatch(/between 1 and the number of micro-credentials \(3\)/);
    const unknown = await post({ items: [...parts, '00000000-0000-4000-8000-000000000000'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/Only published micro-credentials/);
    const twice = await post({ items: [parts[0], parts[0]] });
    expect(twice.statusCode).toBe(400);
    expect((await post({ issuerId: w.otherIssuer.id })).statusCode).toBe(400);
    expect((await post({ title: '' })).statusCode).toBe(400);
    // Another issuer's admin may not define pathways for this issuer; an educator none at all.
    expect((await post({}, w.otherAdmin.cookie)).statusCode).toBe(403);
    expect((await post({}, w.educator.cookie)).statusCode).toBe(403);
    const slug = 'taken-slug';
    expect((await post({ slug })).statusCode).toBe(201);
    expect((await post({ slug })).statusCode).toBe(409);
  });

  it('shows drafts to their admins only; the public sees published pathways', async () => {
    const draft = await call(
      'POST',
      '/api/v1/admin/pathways',
      w.admin.cookie,
      definition({ slug: 'draft-only' }),
    );
    expect(draft.statusCode).toBe(201);
    expect((await call('GET', '/api/v1/pathways/draft-only')).statusCode).toBe(404);
    expect((await call('GET', `/images/pathways/${draft.json().id}.svg`)).statusCode).toBe(404);
    const mine = (await call('GET', '/api/v1/admin/pathways', w.admin.cookie)).json<{
      items: PathwayView[];
    }>();
    expect(mine.items.some((p) => p.slug === 'draft-only')).toBe(true);
    const theirs = (await call('GET', '/api/v1/admin/pathways', w.otherAdmin.cookie)).json<{
      items: PathwayView[];
    }>();
    expect(theirs.items.some((p) => p.slug === 'draft-only')).toBe(false);
    expect(
      (
        await call('PATCH', `/api/v1/admin/pathways/${draft.json().id}`, w.otherAdmin.cookie, {
          title: 'Mine now',
        })
      ).statusCode,
    ).toBe(404);

    const p = await definePublished({ slug: 'public-one' });
    expect((await call('GET', '/api/v1/pathways/public-one')).json()).toMatchObject({
      id: p.id,
      rule: 'all',
      requiredCount: 3,
      roleTitle: 'Teacher Leader',
      items: parts.map((id, position) => ({ microCredentialId: id, position })),
    });
    const image = await call('GET', `/images/pathways/${p.id}.svg`);
    expect(image.statusCode).toBe(200);
    expect(image.body).toContain('<svg');
    // Once published, the stack and the rule stay; the title may change.
    expect(
      (await call('PATCH', `/api/v1/admin/pathways/${p.id}`, w.admin.cookie, { items: parts.slice(0, 2) }))
        .statusCode,
    ).toBe(409);
    expect(
      (await call('PATCH', `/api/v1/admin/pathways/${p.id}`, w.admin.cookie, { status: 'draft' })).statusCode,
    ).toBe(409);
    expect(
      (
        await call('PATCH', `/api/v1/admin/pathways/${p.id}`, w.admin.cookie, {
          title: 'Teacher Leader: Assessment',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await call('PATCH', `/api/v1/admin/pathways/${p.id}`, w.admin.cookie, { status: 'retired' }))
        .statusCode,
    ).toBe(200);
    // Retired, it is no longer listed, but its address still describes the credentials it stacked.
    const listed = (await call('GET', '/api/v1/pathways')).json<{ items: PathwayView[] }>();
    expect(listed.items.some((x) => x.id === p.id)).toBe(false);
    expect((await call('GET', '/api/v1/pathways/public-one')).json()).toMatchObject({
      id: p.id,
      status: 'retired',
    });
  });

  it('lets a district admin define one for their district, signed by an issuer in the stack', async () => {
    const ok = await call(
      'POST',
      '/api/v1/admin/pathways',
      districtAdmin,
      definition({ orgId: lakesideId, slug: 'lakeside-leader' }),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      org: { id: lakesideId },
      issuer: { id: w.issuer.id },
      status: 'draft',
    });
    const notTheirs = await call(
      'POST',
      '/api/v1/admin/pathways',
      otherDistrictAdmin,
      definition({ orgId: lakesideId, slug: 'hijack' }),
    );
    expect(notTheirs.statusCode).toBe(403);
  });
});

describe('completing a pathway', () => {
  it('shows progress, then awards a valid stacked OB 3.0 credential once the last part is earned', async () => {
    const p = await definePublished({ rule: 'n_of', requiredCount: 2, ordered: false });
    await earnCredential(w, parts[0]);
    const halfway = await myPathway(w.educator.cookie, p.id);
    expect(halfway).toMatchObject({ doneCount: 1, requiredCount: 2, complete: false, credentialUrl: null });
    expect(halfway!.items.filter((i) => i.next).map((i) => i.microCredentialId)).toEqual(parts.slice(1));

    const last = await earnCredential(w, parts[1]);
    const done = await myPathway(w.educator.cookie, p.id);
    expect(done).toMatchObject({ complete: true, doneCount: 2, completedAt: expect.any(String) });
    const stacked = await stackedOf(w.educator.id, p.id);
    expect(stacked).toHaveLength(1);
    expect(done!.credentialUrl).toBe(`http://localhost:3000/credentials/${stacked[0]!.id}`);
    expect(stacked[0]).toMatchObject({
      micro_credential_id: null,
      submission_id: null,
      attempt_id: null,
      version_id: null,
    });

    const credential = await credentialJson(w.app, stacked[0]!.id);
    const validate = officialOb3Validator();
    expect(validate(credential), JSON.stringify(validate.errors)).toBe(true);
    expect(credential.credentialSubject.achievement).toMatchObject({
      achievementType: 'Certificate',
      name: p.title,
      alignment: parts.map((id) => ({
        targetType: 'ceterms:Credential',
        targetUrl: `http://localhost:3000/micro-credentials/${id}`,
      })),
    });
    expect(credential.evidence.map((e: { id: string }) => e.id)).toContain(
      `http://localhost:3000/credentials/${last}`,
    );
    const slug = credential.issuer.id.split(':').pop()!;
    const did = (await call('GET', `/issuers/${slug}/did.json`)).json();
    const listUrl = credential.credentialStatus.statusListCredential;
    const list = (await call('GET', new URL(listUrl).pathname)).json();
    const verified = await vcVerify(credential, thirdPartyLoader({ [did.id]: did, [listUrl]: list }));
    expect(verified.verified, JSON.stringify(verified)).toBe(true);
    expect(stacked[0]!.jwt).toMatch(/^ey/);

    // It is in "My credentials", on its public page and in every file format.
    const mine = (await call('GET', '/api/v1/me/credentials', w.educator.cookie)).json();
    expect(mine.items.find((c: { id: string }) => c.id === stacked[0]!.id)).toMatchObject({
      microCredentialId: null,
      pathwayId: p.id,
      imageUrl: `/images/pathways/${p.id}.svg`,
    });
    const page = await call('GET', `/credentials/${stacked[0]!.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('The earned micro-credentials it stacks');
    for (const ext of ['jwt', 'png', 'svg'])
      expect((await call('GET', `/credentials/${stacked[0]!.id}.${ext}`)).statusCode).toBe(200);
    const ob2 = await call('GET', `/credentials/${stacked[0]!.id}/ob2/badge`);
    expect(ob2.json()).toMatchObject({ name: p.title });

    const notes = (await call('GET', '/api/v1/me/notifications', w.educator.cookie)).json();
    expect(JSON.stringify(notes)).toContain(`You completed ${p.title}`);

    // Earning the third part later awards nothing more.
    await earnCredential(w, parts[2]);
    expect(await stackedOf(w.educator.id, p.id)).toHaveLength(1);
  });

  it('awards exactly once when the last two parts are decided at the same time', async () => {
    // The last two parts come from two issuers, so the two decisions share no status list and run
    // side by side on PostgreSQL: only the lock on the educator makes the later one see the other.
    const otherAssessor = await buildUser(w.deps.db, { roles: [['assessor', w.otherIssuer.id]] });
    const otherAssessorCookie = await signIn(w.app, otherAssessor.email);
    const otherPart = (
      await publishSample(w.deps, await authFor(w.deps.db, w.otherAdmin.id), w.otherIssuer.id, {
        title: 'Peer Feedback Protocols',
      })
    ).id;
    const p = await definePublished({ rule: 'all', items: [...parts, otherPart] });
    const e = await anotherEducator(w, 'Sam Rivera');
    await earnCredential(w, parts[0], e.cookie);
    await earnCredential(w, parts[1], e.cookie);
    const a = await submitForReview(w.app, e.cookie, w.assessor.cookie, parts[2]!);
    const b = await submitForReview(w.app, e.cookie, otherAssessorCookie, otherPart);
    const decide = (r: typeof a, cookie: string) =>
      call('POST', `/api/v1/reviews/${r.review.id}/decision`, cookie, { scores: scoresFor(r.review, true) });
    const results = await Promise.all([decide(a, w.assessor.cookie), decide(b, otherAssessorCookie)]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    const completions = await w.deps.db
      .selectFrom('pathway_completions')
      .selectAll()
      .where('pathway_id', '=', p.id)
      .where('user_id', '=', e.id)
      .execute();
    expect(completions).toHaveLength(1);
    const stacked = await stackedOf(e.id, p.id);
    expect(stacked).toHaveLength(1);
    expect(completions[0]!.credential_id).toBe(stacked[0]!.id);
  });

  it('does not count a revoked part', async () => {
    const p = await definePublished({ rule: 'all' });
    const e = await anotherEducator(w, 'Lee Chen');
    const first = await earnCredential(w, parts[0], e.cookie);
    const revoked = await call('POST', `/api/v1/credentials/${first}/revoke`, w.admin.cookie, {
      reason: 'Evidence was not the educator’s own.',
    });
    expect(revoked.statusCode).toBe(200);
    await earnCredential(w, parts[1], e.cookie);
    await earnCredential(w, parts[2], e.cookie);
    expect(await myPathway(e.cookie, p.id)).toMatchObject({ complete: false, doneCount: 2 });
    expect(await stackedOf(e.id, p.id)).toHaveLength(0);
  });
});

describe('completions', () => {
  it('a district admin sees their district’s completions with role and pay step, never another district’s', async () => {
    const ours = await call('GET', '/api/v1/admin/pathway-completions', districtAdmin);
    expect(ours.statusCode).toBe(200);
    const row = ours.json().items.find((c: { userId: string }) => c.userId === w.educator.id);
    expect(row).toMatchObject({
      districtId: lakesideId,
      roleTitle: 'Teacher Leader',
      payStep: 'Step 2 (+$1,500)',
    });
    const theirs = await call('GET', '/api/v1/admin/pathway-completions', otherDistrictAdmin);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json().items).toEqual([]);
    expect(
      (await call('GET', `/api/v1/admin/pathway-completions?orgId=${lakesideId}`, otherDistrictAdmin))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await call('GET', `/api/v1/admin/pathway-completions?orgId=${otherDistrictId}`, otherDistrictAdmin)
      ).json().items,
    ).toEqual([]);
    expect((await call('GET', '/api/v1/admin/pathway-completions', w.educator.cookie)).statusCode).toBe(403);
    // The issuer that defined and signed the pathways sees who completed them.
    const issuer = (await call('GET', '/api/v1/admin/pathway-completions', w.admin.cookie)).json();
    expect(issuer.items.some((c: { userId: string }) => c.userId === w.educator.id)).toBe(true);
    expect(
      (await call('GET', '/api/v1/admin/pathway-completions', w.otherAdmin.cookie)).json().items,
    ).toEqual([]);
  });
});

describe('publishing', () => {
  const draft = async (over: Record<string, unknown> = {}, cookie = w.admin.cookie) => {
    const created = await call('POST', '/api/v1/admin/pathways', cookie, definition(over));
    expect(created.statusCode, created.body).toBe(201);
    return created.json<PathwayView>().id;
  };
  const patch = (id: string, cookie: string, body: Record<string, unknown>) =>
    call('PATCH', `/api/v1/admin/pathways/${id}`, cookie, body);

  it('awards the stacked credential, once, to someone who held every part before publication', async () => {
    const e = await anotherEducator(w, 'Rosa Alvarez');
    for (const part of parts) await earnCredential(w, part, e.cookie);
    const id = await draft({ rule: 'all' });
    expect(await stackedOf(e.id, id)).toHaveLength(0);
    expect((await patch(id, w.admin.cookie, { status: 'published' })).statusCode).toBe(200);
    const stacked = await stackedOf(e.id, id);
    expect(stacked).toHaveLength(1);
    expect(await myPathway(e.cookie, id)).toMatchObject({
      complete: true,
      credentialUrl: expect.any(String),
    });
    // Running the award again (or a later decision) adds nothing.
    await w.deps.db.transaction().execute((trx) => awardPublishedPathway(trx, w.deps, id));
    expect(await stackedOf(e.id, id)).toHaveLength(1);
    const completions = await w.deps.db
      .selectFrom('pathway_completions')
      .select('credential_id')
      .where('pathway_id', '=', id)
      .where('user_id', '=', e.id)
      .execute();
    expect(completions).toEqual([{ credential_id: stacked[0]!.id }]);
  });

  it('awards it when a suspended part is restored', async () => {
    const e = await anotherEducator(w, 'Omar Haddad');
    const held = [];
    for (const part of parts) held.push(await earnCredential(w, part, e.cookie));
    const suspended = await call('POST', `/api/v1/credentials/${held[1]}/suspend`, w.admin.cookie, {
      reason: 'Checking whether the video is the educator’s own class.',
    });
    expect(suspended.statusCode, suspended.body).toBe(200);
    const id = await draft({ rule: 'all' });
    expect((await patch(id, w.admin.cookie, { status: 'published' })).statusCode).toBe(200);
    expect(await stackedOf(e.id, id)).toHaveLength(0);
    const restored = await call('POST', `/api/v1/credentials/${held[1]}/unsuspend`, w.admin.cookie);
    expect(restored.statusCode, restored.body).toBe(200);
    expect(await stackedOf(e.id, id)).toHaveLength(1);
  });

  it('keeps the web address of a published pathway, and never gives it to another', async () => {
    const slug = 'fixed-address';
    const id = await draft({ slug });
    expect((await patch(id, w.admin.cookie, { slug: 'draft-may-move' })).statusCode).toBe(200);
    expect((await patch(id, w.admin.cookie, { slug, status: 'published' })).statusCode).toBe(200);
    const moved = await patch(id, w.admin.cookie, { slug: 'new-address' });
    expect(moved.statusCode).toBe(409);
    expect(moved.json().error).toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringMatching(/keeps its web address "fixed-address"/),
    });
    expect((await patch(id, w.admin.cookie, { slug, title: 'Teacher Leader: Renamed' })).statusCode).toBe(
      200,
    );
    expect((await patch(id, w.admin.cookie, { status: 'retired' })).statusCode).toBe(200);
    expect((await patch(id, w.admin.cookie, { slug: 'new-address' })).statusCode).toBe(409);
    const reuse = await call('POST', '/api/v1/admin/pathways', w.admin.cookie, definition({ slug }));
    expect(reuse.statusCode).toBe(409);
    expect((await call('GET', `/api/v1/pathways/${slug}`)).json()).toMatchObject({ id, status: 'retired' });
  });

  it('lets only the signing issuer publish a district’s pathway, and change what it says', async () => {
    const id = await draft({ orgId: lakesideId, slug: 'lakeside-signed' }, districtAdmin);
    const byDistrict = await patch(id, districtAdmin, { status: 'published' });
    expect(byDistrict.statusCode).toBe(403);
    expect(byDistrict.json().error).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(new RegExp(`Only an administrator of ${w.issuer.name} can publish`)),
    });
    expect((await call('GET', '/api/v1/pathways/lakeside-signed')).statusCode).toBe(404);
    // The signing issuer's admins see the draft waiting for them; another issuer's do not.
    const listed = (await call('GET', '/api/v1/admin/pathways', w.admin.cookie)).json<{
      items: PathwayView[];
    }>();
    expect(listed.items.find((p) => p.id === id)).toMatchObject({ status: 'draft', org: { id: lakesideId } });
    expect((await patch(id, w.otherAdmin.cookie, { status: 'published' })).statusCode).toBe(404);
    // The district may still edit its draft; naming another issuer moves who must publish it.
    expect((await patch(id, districtAdmin, { payStep: 'Step 3 (+$2,500)' })).statusCode).toBe(200);
    const published = await patch(id, w.admin.cookie, { status: 'published' });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', payStep: 'Step 3 (+$2,500)' });
    // Published, its words are in signed credentials: only the issuer changes them.
    for (const change of [
      { title: 'Lakeside Lead Teacher' },
      { description: 'Anything the district likes.' },
      { roleTitle: 'Principal' },
      { payStep: 'Step 9' },
    ]) {
      const r = await patch(id, districtAdmin, change);
      expect(r.statusCode, JSON.stringify(change)).toBe(403);
      expect(r.json().error.message).toMatch(/Only an administrator of .* can change the title/);
    }
    expect((await patch(id, districtAdmin, { payStep: 'Step 3 (+$2,500)' })).statusCode).toBe(200);
    expect((await patch(id, w.admin.cookie, { title: 'Lakeside Lead Teacher' })).statusCode).toBe(200);
    // The district may stop using it.
    expect((await patch(id, districtAdmin, { status: 'retired' })).statusCode).toBe(200);
  });
});
