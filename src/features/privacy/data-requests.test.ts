import { describe, expect, it } from 'vitest';
import type { SubmissionView } from '../../contracts/submissions.js';
import { signIn } from '../../test-support/http.js';
import { completeDraft } from '../../test-support/loop.js';
import { DELETED_NAME, placeholderEmail } from './delete-account.js';
import { usePrivacyWorld } from './test-world.js';

const w = usePrivacyWorld();
const MINE = '/api/v1/me/data-requests';
const ADMIN = '/api/v1/admin/data-requests';
const complete = (id: string, cookie: string) => w.call('POST', `${ADMIN}/${id}/complete`, cookie);

const auditCount = async () =>
  Number(
    (
      await w.deps.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('asking for one’s account data to be deleted', () => {
  it('one request waits at a time; only its owner sees and cancels it', async () => {
    const { otherEducator, educator } = w.people;
    const made = await w.call('POST', MINE, otherEducator.cookie, {
      kind: 'delete_account',
      reason: '  Leaving  ',
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ kind: 'delete_account', status: 'pending', reason: 'Leaving' });
    const again = await w.call('POST', MINE, otherEducator.cookie, { kind: 'delete_account' });
    expect(again.statusCode).toBe(409);
    expect((await w.call('GET', MINE, educator.cookie)).json().items).toEqual([]);
    expect((await w.call('DELETE', `${MINE}/${made.json().id}`, educator.cookie)).statusCode).toBe(404);
    const cancelled = await w.call('DELETE', `${MINE}/${made.json().id}`, otherEducator.cookie);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect((await w.call('DELETE', `${MINE}/${made.json().id}`, otherEducator.cookie)).statusCode).toBe(409);
    expect((await w.call('GET', MINE, otherEducator.cookie)).json().items).toHaveLength(1);
    expect((await w.call('POST', MINE, otherEducator.cookie, { kind: 'export' })).statusCode).toBe(400);
    // The platform admins are told in the app.
    const told = await w.deps.db
      .selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'data_request')
      .execute();
    expect(told.map((n) => n.user_id).sort()).toEqual(
      [w.people.platformAdmin.id, w.people.otherPlatformAdmin.id].sort(),
    );
    // A cancelled request can be made again; it is completed (or refused) only by a platform admin.
    const second = await w.call('POST', MINE, otherEducator.cookie, { kind: 'delete_account' });
    expect(second.statusCode).toBe(201);
    const { issuerAdmin, districtAdmin, stateAdmin } = w.people;
    for (const who of [otherEducator, educator, issuerAdmin, districtAdmin, stateAdmin]) {
      expect.soft((await w.call('GET', ADMIN, who.cookie)).statusCode, who.email).toBe(403);
      expect.soft((await complete(second.json().id, who.cookie)).statusCode, who.email).toBe(403);
    }
    await w.call('DELETE', `${MINE}/${second.json().id}`, otherEducator.cookie);
    expect((await complete(second.json().id, w.people.platformAdmin.cookie)).statusCode).toBe(409);
  });

  it('a platform admin carries it out: the account is anonymized and closed, drafts and evidence go, credentials stay', async () => {
    const { educator, platformAdmin, otherPlatformAdmin } = w.people;
    const earned = await w.decide(educator, {
      files: [{ bytes: Buffer.from(`%PDF evidence ${Math.random()}`), name: 'Maya in class.pdf' }],
    });
    const credential = await w.deps.db
      .selectFrom('credentials')
      .selectAll()
      .where('id', '=', earned.credentialId!)
      .executeTakeFirstOrThrow();
    // A draft in progress, with a file, and an API token.
    const draftMc = await w.publish();
    const started = await w.call('POST', '/api/v1/submissions', educator.cookie, {
      microCredentialId: draftMc,
    });
    const draftId = started.json<{ id: string }>().id;
    await completeDraft(w.app, educator.cookie, draftId);
    const draftFile = await w.attachFile(draftId, Buffer.from(`draft file ${Math.random()}`), 'draft.pdf');
    const token = (await w.call('POST', '/api/v1/me/tokens', educator.cookie, { name: 'sync' })).json().token;
    const oldCookie = educator.cookie;
    const revisions = () =>
      w.deps.db
        .selectFrom('draft_revisions')
        .select('revision')
        .where('attempt_id', '=', draftFile.attemptId)
        .execute();
    expect((await revisions()).length).toBeGreaterThan(0);

    const request = await w.call('POST', MINE, educator.cookie, { kind: 'delete_account' });
    const pending = (await w.call('GET', ADMIN, platformAdmin.cookie)).json().items;
    expect(pending).toEqual([
      expect.objectContaining({
        id: request.json().id,
        user: { id: educator.id, name: 'Dana Okafor', email: educator.email },
        workUnderReview: 0,
        credentials: expect.any(Number),
      }),
    ]);
    // Nobody completes their own request.
    const own = await w.call('POST', MINE, otherPlatformAdmin.cookie, { kind: 'delete_account' });
    expect((await complete(own.json().id, otherPlatformAdmin.cookie)).statusCode).toBe(403);
    await w.call('DELETE', `${MINE}/${own.json().id}`, otherPlatformAdmin.cookie);

    const audits = await auditCount();
    const done = await complete(request.json().id, platformAdmin.cookie);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'completed',
      user: { id: educator.id, name: DELETED_NAME, email: placeholderEmail(educator.id) },
    });

    // Closed: no sign-in, the old session and the API token are refused.
    const user = await w.deps.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', educator.id)
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({ name: DELETED_NAME, password_hash: null, status: 'deactivated' });
    const login = await w.call('POST', '/api/v1/auth/login', undefined, {
      email: educator.email,
      password: 'x'.repeat(12),
    });
    expect(login.statusCode).toBe(401);
    await expect(signIn(w.app, educator.email)).rejects.toThrow(/401/);
    expect((await w.call('GET', '/api/v1/me', oldCookie)).statusCode).toBe(401);
    expect(
      await w.deps.db.selectFrom('sessions').select('id').where('user_id', '=', educator.id).execute(),
    ).toEqual([]);
    const tokens = await w.deps.db
      .selectFrom('api_tokens')
      .select('revoked_at')
      .where('user_id', '=', educator.id)
      .execute();
    expect(tokens.length).toBe(1);
    expect(tokens[0]!.revoked_at).not.toBeNull();
    expect(
      (await w.app.inject({ url: '/api/v1/me/credentials', headers: { authorization: `Bearer ${token}` } }))
        .statusCode,
    ).toBe(401);

    // The draft's answers and evidence are gone, its file deleted from storage.
    const draftAttempt = await w.deps.db
      .selectFrom('attempts')
      .select(['answers', 'attestation'])
      .where('id', '=', draftFile.attemptId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(draftAttempt.answers)).toEqual({ part1: {}, part3: {} });
    expect(
      await w.deps.db
        .selectFrom('artifacts')
        .select('id')
        .where('attempt_id', '=', draftFile.attemptId)
        .execute(),
    ).toEqual([]);
    expect(await w.deps.blobs.exists(draftFile.sha256)).toBe(false);
    expect(await revisions()).toEqual([]);
    const draftSubmission = await w.deps.db
      .selectFrom('submissions')
      .select('status')
      .where('id', '=', draftId)
      .executeTakeFirstOrThrow();
    expect(draftSubmission.status).toBe('withdrawn');

    // The decided attempt keeps its record; its evidence is purged and the file deleted.
    const evidence = await w.deps.db
      .selectFrom('artifacts')
      .selectAll()
      .where('attempt_id', '=', earned.attemptId)
      .execute();
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((a) => a.purged_at !== null && a.filename === null && a.text === null)).toBe(true);
    expect(await w.deps.blobs.exists(earned.blobs[0]!.sha256)).toBe(false);

    // The credential is unchanged, row and JSON, and still verifies.
    const after = await w.deps.db
      .selectFrom('credentials')
      .selectAll()
      .where('id', '=', earned.credentialId!)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(credential);
    const verified = await w.call('POST', '/api/v1/verify', undefined, {
      credential: JSON.parse(after.document) as unknown,
    });
    expect(verified.json().verified).toBe(true);
    expect((await w.app.inject({ url: `/credentials/${earned.credentialId}.json` })).body).toBe(
      after.document,
    );

    // Audited: the deletion under the platform, the purge under the issuer.
    const log = await w.deps.db
      .selectFrom('audit_log')
      .select(['issuer_id', 'action', 'actor_id', 'subject_id'])
      .where('at', '=', w.deps.clock.now().toISOString())
      .where('action', 'in', ['account.deleted', 'evidence.purged'])
      .orderBy('action')
      .execute();
    expect(log).toEqual([
      {
        issuer_id: w.orgs.platform.id,
        action: 'account.deleted',
        actor_id: platformAdmin.id,
        subject_id: educator.id,
      },
      {
        issuer_id: w.orgs.issuer.id,
        action: 'evidence.purged',
        actor_id: platformAdmin.id,
        subject_id: earned.attemptId,
      },
    ]);

    // Completing it again changes nothing.
    const count = await auditCount();
    expect(count).toBeGreaterThan(audits);
    const twice = await complete(request.json().id, otherPlatformAdmin.cookie);
    expect(twice.statusCode).toBe(200);
    expect(twice.json()).toEqual(done.json());
    expect(await auditCount()).toBe(count);
  });

  it('waits while the person has work under review', async () => {
    const { otherEducator, platformAdmin } = w.people;
    const mc = await w.publish();
    const started = await w.call('POST', '/api/v1/submissions', otherEducator.cookie, {
      microCredentialId: mc,
    });
    const id = started.json<SubmissionView>().id;
    await completeDraft(w.app, otherEducator.cookie, id);
    expect((await w.call('POST', `/api/v1/submissions/${id}/submit`, otherEducator.cookie)).statusCode).toBe(
      200,
    );
    const request = await w.call('POST', MINE, otherEducator.cookie, { kind: 'delete_account' });
    const listed = (await w.call('GET', ADMIN, platformAdmin.cookie)).json().items;
    expect(listed.find((r: { id: string }) => r.id === request.json().id).workUnderReview).toBe(1);
    const refused = await complete(request.json().id, platformAdmin.cookie);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/under review/);
    // Nothing changed.
    expect((await w.call('GET', '/api/v1/me', otherEducator.cookie)).statusCode).toBe(200);
  });
});
