import { describe, expect, it } from 'vitest';
import type { SubmissionView } from '../../contracts/submissions.js';
import { completeDraft } from '../../test-support/loop.js';
import { purgeExpiredEvidence } from './retention-sweep.js';
import { usePrivacyWorld } from './test-world.js';

const w = usePrivacyWorld();
const DAY = 86_400_000;
const retention = (orgId: string) => `/api/v1/orgs/${orgId}/retention`;

const artifactsOf = (attemptId: string) =>
  w.deps.db.selectFrom('artifacts').selectAll().where('attempt_id', '=', attemptId).execute();
const sweep = (limit?: number) => purgeExpiredEvidence(w.deps, { limit });
/** Whether the attempt's evidence (there is some) is all purged, or all still there. */
async function expectPurged(attemptId: string, purged: boolean) {
  const rows = await artifactsOf(attemptId);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.map((f) => f.purged_at !== null)).toEqual(rows.map(() => purged));
}

describe('who sets an organization’s evidence retention', () => {
  it('an issuer’s admins and platform admins set an issuer’s; nobody else', async () => {
    const { issuer } = w.orgs;
    const { issuerAdmin, otherIssuerAdmin, assessor, educator, districtAdmin, platformAdmin } = w.people;
    for (const who of [otherIssuerAdmin, assessor, educator, districtAdmin]) {
      const put = await w.call('PUT', retention(issuer.id), who.cookie, { months: 6 });
      expect.soft(put.statusCode, who.email).toBe(403);
      expect.soft((await w.call('GET', retention(issuer.id), who.cookie)).statusCode).toBe(403);
    }
    const set = await w.call('PUT', retention(issuer.id), issuerAdmin.cookie, { months: 24 });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ orgId: issuer.id, orgKind: 'issuer', months: 24 });
    expect((await w.call('GET', retention(issuer.id), platformAdmin.cookie)).json().months).toBe(24);
    const cleared = await w.call('PUT', retention(issuer.id), platformAdmin.cookie, { months: null });
    expect(cleared.json().months).toBeNull();
    const log = await w.deps.db
      .selectFrom('audit_log')
      .select(['actor_id', 'before', 'after'])
      .where('issuer_id', '=', issuer.id)
      .where('action', '=', 'retention.updated')
      .orderBy('at')
      .execute();
    expect(log).toEqual([
      { actor_id: issuerAdmin.id, before: '{"months":null}', after: '{"months":24}' },
      { actor_id: platformAdmin.id, before: '{"months":24}', after: '{"months":null}' },
    ]);
  });

  it('state and district admins set theirs and those below; not their neighbours’, not issuers’', async () => {
    const { district, school, otherDistrict, state, issuer } = w.orgs;
    const { districtAdmin, stateAdmin, educator } = w.people;
    expect((await w.call('PUT', retention(school.id), districtAdmin.cookie, { months: 36 })).statusCode).toBe(
      200,
    );
    expect(
      (await w.call('PUT', retention(district.id), districtAdmin.cookie, { months: 36 })).statusCode,
    ).toBe(200);
    for (const orgId of [otherDistrict.id, state.id, issuer.id])
      expect
        .soft((await w.call('PUT', retention(orgId), districtAdmin.cookie, { months: 1 })).statusCode)
        .toBe(403);
    expect(
      (await w.call('PUT', retention(otherDistrict.id), stateAdmin.cookie, { months: 48 })).statusCode,
    ).toBe(200);
    expect((await w.call('PUT', retention(school.id), educator.cookie, { months: 1 })).statusCode).toBe(403);
    for (const orgId of [district.id, school.id, otherDistrict.id])
      await w.call('PUT', retention(orgId), stateAdmin.cookie, { months: null });
  });

  it('refuses months outside 1–120, fractions, the platform itself and unknown organizations', async () => {
    const { platformAdmin } = w.people;
    for (const months of [0, 121, 1.5, -3, '12'])
      expect
        .soft((await w.call('PUT', retention(w.orgs.issuer.id), platformAdmin.cookie, { months })).statusCode)
        .toBe(400);
    const platform = await w.call('PUT', retention(w.orgs.platform.id), platformAdmin.cookie, { months: 12 });
    expect(platform.statusCode).toBe(400);
    expect(platform.json().error.message).toMatch(/issuer, state, district or school/);
    expect(
      (await w.call('PUT', retention('no-such-org'), platformAdmin.cookie, { months: 12 })).statusCode,
    ).toBe(404);
  });
});

describe('the retention sweep', () => {
  it('deletes evidence N months after the decision, keeps the record and the credential, and is idempotent', async () => {
    const { issuerAdmin, educator } = w.people;
    await w.call('PUT', retention(w.orgs.issuer.id), issuerAdmin.cookie, { months: 12 });
    const bytes = Buffer.from(`%PDF-1.4 a lesson plan ${Math.random()}`);
    const earned = await w.decide(educator, { files: [{ bytes, name: 'Lesson plan.pdf' }] });
    const credentialBefore = await w.deps.db
      .selectFrom('credentials')
      .selectAll()
      .where('id', '=', earned.credentialId!)
      .executeTakeFirstOrThrow();
    const sha = earned.blobs[0]!.sha256;

    await w.advance(364 * DAY);
    expect(await sweep()).toEqual({ attempts: 0, artifacts: 0, blobsDeleted: 0 });
    expect(await w.deps.blobs.exists(sha)).toBe(true);

    await w.advance(3 * DAY);
    const first = await sweep();
    expect(first).toMatchObject({ attempts: 1, blobsDeleted: 1 });
    expect(await w.deps.blobs.exists(sha)).toBe(false);
    const artifacts = await artifactsOf(earned.attemptId);
    expect(artifacts.length).toBeGreaterThanOrEqual(2);
    for (const a of artifacts) {
      expect(a.purged_at).not.toBeNull();
      expect([a.text, a.url, a.blob_sha256, a.filename, a.thumbnail_sha256]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
      expect(a.title).toBeTruthy();
    }
    // The educator's page still lists the evidence, marked deleted; the file itself is gone.
    const view = (
      await w.call('GET', `/api/v1/submissions/${earned.submissionId}`, educator.cookie)
    ).json<SubmissionView>();
    expect(view.current.artifacts.map((a) => [a.purged, a.file])).toEqual(
      view.current.artifacts.map(() => [true, null]),
    );
    const file = artifacts.find((a) => a.kind === 'file')!;
    expect((await w.call('GET', `/api/v1/artifacts/${file.id}/file`, educator.cookie)).statusCode).toBe(404);
    // The credential is untouched, byte for byte, and still verifies.
    const credentialAfter = await w.deps.db
      .selectFrom('credentials')
      .selectAll()
      .where('id', '=', earned.credentialId!)
      .executeTakeFirstOrThrow();
    expect(credentialAfter).toEqual(credentialBefore);
    const verified = await w.call('POST', '/api/v1/verify', undefined, {
      credential: JSON.parse(credentialAfter.document) as unknown,
    });
    expect(verified.json().verified).toBe(true);
    const audit = await w.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'evidence.purged')
      .where('subject_id', '=', earned.attemptId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ issuer_id: w.orgs.issuer.id, actor_id: null, subject_type: 'attempt' });
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({
      reason: 'retention',
      months: 12,
      artifacts: artifacts.length,
    });

    expect(await sweep()).toEqual({ attempts: 0, artifacts: 0, blobsDeleted: 0 });
    await w.call('PUT', retention(w.orgs.issuer.id), issuerAdmin.cookie, { months: null });
  });

  it('keeps a file another attempt still uses, and evidence under other issuers’ longer rules', async () => {
    const { issuerAdmin, educator, otherEducator } = w.people;
    const bytes = Buffer.from(`%PDF-1.4 the same worksheet ${Math.random()}`);
    const mine = await w.decide(educator, { files: [{ bytes, name: 'Worksheet.pdf' }] });
    // The same bytes, submitted to the other issuer (which keeps evidence for good).
    const theirs = await w.decide(otherEducator, {
      of: 'otherIssuer',
      files: [{ bytes, name: 'worksheet.pdf' }],
    });
    expect(theirs.blobs[0]!.sha256).toBe(mine.blobs[0]!.sha256);
    await w.call('PUT', retention(w.orgs.issuer.id), issuerAdmin.cookie, { months: 1 });
    await w.advance(32 * DAY);
    const run = await sweep();
    expect(run.attempts).toBe(1);
    expect(run.blobsDeleted).toBe(0);
    expect(await w.deps.blobs.exists(mine.blobs[0]!.sha256)).toBe(true);
    await expectPurged(theirs.attemptId, false);
    await w.call('PUT', retention(w.orgs.issuer.id), issuerAdmin.cookie, { months: null });
  });

  it('keeps active anchors (the issuer’s calibration set) and goes a bounded number of attempts per run', async () => {
    const { issuerAdmin, educator } = w.people;
    const anchored = await w.decide(educator, {
      files: [{ bytes: Buffer.from(`anchor ${Math.random()}`), name: 'a.pdf' }],
    });
    const a = await w.decide(educator, {
      files: [{ bytes: Buffer.from(`one ${Math.random()}`), name: 'b.pdf' }],
    });
    const b = await w.decide(educator, {
      files: [{ bytes: Buffer.from(`two ${Math.random()}`), name: 'c.pdf' }],
    });
    await w.deps.db
      .insertInto('anchors')
      .values({
        id: crypto.randomUUID(),
        micro_credential_id: anchored.mcId,
        issuer_id: w.orgs.issuer.id,
        attempt_id: anchored.attemptId,
        title: 'A clear “earned”',
        reference_scores: '[]',
        created_by: issuerAdmin.id,
        created_at: w.deps.clock.now().toISOString(),
        retired_at: null,
      })
      .execute();
    await w.call('PUT', retention(w.orgs.issuer.id), issuerAdmin.cookie, { months: 1 });
    await w.advance(32 * DAY);
    expect((await sweep(1)).attempts).toBe(1);
    expect((await sweep(1)).attempts).toBe(1);
    expect((await sweep(1)).attempts).toBe(0);
    for (const x of [a, b]) await expectPurged(x.attemptId, true);
    await expectPurged(anchored.attemptId, false);
    expect(await w.deps.blobs.exists(anchored.blobs[0]!.sha256)).toBe(true);
    await w.call('PUT', retention(w.orgs.issuer.id), issuerAdmin.cookie, { months: null });
  });

  it('applies a district’s shorter setting to its educators’ evidence, for any issuer, and not to others’', async () => {
    const { stateAdmin, educator, otherEducator } = w.people;
    const mine = await w.decide(educator, {
      of: 'otherIssuer',
      files: [{ bytes: Buffer.from(`d ${Math.random()}`), name: 'd.pdf' }],
    });
    const theirs = await w.decide(otherEducator, {
      of: 'otherIssuer',
      files: [{ bytes: Buffer.from(`e ${Math.random()}`), name: 'e.pdf' }],
    });
    await w.call('PUT', retention(w.orgs.district.id), stateAdmin.cookie, { months: 2 });
    await w.advance(40 * DAY);
    expect((await sweep()).attempts).toBe(0);
    await w.advance(25 * DAY);
    expect((await sweep()).attempts).toBe(1);
    await expectPurged(mine.attemptId, true);
    await expectPurged(theirs.attemptId, false);
    await w.call('PUT', retention(w.orgs.district.id), stateAdmin.cookie, { months: null });
  });

  it('leaves the evidence of a submission back under review (a resubmission being assessed)', async () => {
    const { issuerAdmin, educator } = w.people;
    const notYet = await w.decide(educator, { earned: false });
    const resubmit = await w.call(
      'POST',
      `/api/v1/submissions/${notYet.submissionId}/resubmit`,
      educator.cookie,
      {
        note: 'I marked where the checks for understanding happen.',
      },
    );
    expect(resubmit.statusCode).toBe(200);
    await completeDraft(w.app, educator.cookie, notYet.submissionId);
    const sent = await w.call('POST', `/api/v1/submissions/${notYet.submissionId}/submit`, educator.cookie);
    expect(sent.statusCode).toBe(200);
    await w.call('PUT', retention(w.orgs.issuer.id), issuerAdmin.cookie, { months: 1 });
    await w.advance(40 * DAY);
    await sweep();
    await expectPurged(notYet.attemptId, false);
    await w.call('PUT', retention(w.orgs.issuer.id), issuerAdmin.cookie, { months: null });
  });
});
