import { beforeAll, describe, expect, it } from 'vitest';
import { EMAIL_KINDS, emailKindOf, type OutboxPage } from '../../contracts/notifications.js';
import type { ReviewView } from '../../contracts/reviews.js';
import {
  anotherEducator,
  useCredentialWorld,
  type CredentialWorld,
} from '../../test-support/credential-world.js';
import { buildOrg, buildUser } from '../../test-support/factories.js';
import { signIn } from '../../test-support/http.js';
import { scoresFor, submitForReview } from '../../test-support/loop.js';
import { submissionReceived } from './messages.js';
import { notify } from './notify.js';

/**
 * Emails beside in-app notifications: each person's choices, the outbox row written with the
 * notification (same transaction), the emails the educator must get, and the platform admin's
 * outbox — who may read it and who may not.
 */

type Call = ReturnType<typeof useCredentialWorld>['call'];
type Person = { id: string; email: string; name: string; cookie: string };

const { w, call } = useCredentialWorld();
let platformAdmin: Person;

beforeAll(async () => {
  const platform = await buildOrg(w.deps.db, 'platform', 'Platform');
  const u = await buildUser(w.deps.db, { roles: [['platform_admin', platform.id]] });
  platformAdmin = { ...u, cookie: await signIn(w.app, u.email) };
});

async function decide(world: CredentialWorld, earned: boolean, educatorCookie = world.educator.cookie) {
  const { submissionId, review } = await submitForReview(
    world.app,
    educatorCookie,
    world.assessor.cookie,
    world.mcId,
  );
  const res = await call('POST', `/api/v1/reviews/${review.id}/decision`, world.assessor.cookie, {
    scores: scoresFor(review, earned),
  });
  expect(res.statusCode, res.body).toBe(200);
  return submissionId;
}

const outboxOf = (userId: string, kind?: string) => {
  let q = w.deps.db.selectFrom('email_outbox').selectAll().where('user_id', '=', userId);
  if (kind) q = q.where('kind', '=', kind);
  return q.orderBy('created_at').execute();
};
const notificationsOf = (userId: string, kind: string) =>
  w.deps.db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .execute();
const setPreference = (call: Call, cookie: string, kind: string, email: boolean) =>
  call('PUT', '/api/v1/me/notification-preferences', cookie, { items: [{ kind, email }] });

describe('the catalog of email kinds', () => {
  it('covers each required email and every kind the app notifies about', () => {
    for (const kind of [
      'submission_received',
      'submission_decided',
      'resubmission_closing',
      'appeal_decided',
    ])
      expect(emailKindOf(kind)).toBe(kind);
    expect(emailKindOf('credential.revoke')).toBe('credential_status');
    expect(emailKindOf('credential.reissued')).toBe('credential_status');
    expect(emailKindOf('something_else')).toBeNull();
    expect(new Set(EMAIL_KINDS.map((k) => k.kind)).size).toBe(EMAIL_KINDS.length);
  });
});

describe('email preferences', () => {
  it('lists the kinds of the person’s roles, every one on by default', async () => {
    const res = await call('GET', '/api/v1/me/notification-preferences', w.educator.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const items = res.json<{ items: { kind: string; label: string; email: boolean }[] }>().items;
    expect(items.map((i) => i.kind)).toEqual([
      'submission_received',
      'submission_decided',
      'resubmission_closing',
      'appeal_decided',
      'credential_status',
    ]);
    expect(items.every((i) => i.email && i.label)).toBe(true);
    const assessor = await call('GET', '/api/v1/me/notification-preferences', w.assessor.cookie);
    expect(assessor.json().items.map((i: { kind: string }) => i.kind)).toEqual([
      'review_assigned',
      'review_reassigned',
      'recalibration',
    ]);
  });

  it('changes only the kinds sent, only for the signed-in person', async () => {
    const other = await anotherEducator(w);
    const res = await setPreference(call, w.educator.cookie, 'credential_status', false);
    expect(res.statusCode, res.body).toBe(200);
    const mine = res.json<{ items: { kind: string; email: boolean }[] }>().items;
    expect(mine.find((i) => i.kind === 'credential_status')?.email).toBe(false);
    expect(mine.filter((i) => i.email)).toHaveLength(4);
    const theirs = (await call('GET', '/api/v1/me/notification-preferences', other.cookie)).json();
    expect(theirs.items.every((i: { email: boolean }) => i.email)).toBe(true);
    // Saving again (an upsert) and turning it back on.
    expect((await setPreference(call, w.educator.cookie, 'credential_status', false)).statusCode).toBe(200);
    const back = await setPreference(call, w.educator.cookie, 'credential_status', true);
    expect(back.json().items.every((i: { email: boolean }) => i.email)).toBe(true);
  });

  it('refuses unknown kinds and empty changes with 400', async () => {
    for (const payload of [{ items: [{ kind: 'everything', email: false }] }, { items: [] }, {}]) {
      const res = await call('PUT', '/api/v1/me/notification-preferences', w.educator.cookie, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('turned off: the notification is still written in the app, but no email is queued', async () => {
    expect((await setPreference(call, w.educator.cookie, 'submission_decided', false)).statusCode).toBe(200);
    const submissionId = await decide(w, true);
    const inApp = await notificationsOf(w.educator.id, 'submission_decided');
    expect(inApp.map((n) => n.link)).toContain(`/submissions/${submissionId}`);
    expect(await outboxOf(w.educator.id, 'submission_decided')).toEqual([]);
    // Back on: the next decision is emailed.
    await setPreference(call, w.educator.cookie, 'submission_decided', true);
    const second = await anotherEducator(w);
    await decide(w, false, second.cookie);
    expect(await outboxOf(second.id, 'submission_decided')).toHaveLength(1);
  });
});

describe('the emails an educator gets', () => {
  it('submission received: the email says what the notification says, with its link', async () => {
    const { deps } = w;
    const at = deps.clock.now().toISOString();
    await deps.db.transaction().execute((trx) =>
      notify(
        trx,
        at,
        submissionReceived({
          userId: w.educator.id,
          submissionId: 'sub-1',
          title: 'Checks for Understanding',
        }),
      ),
    );
    const row = (await outboxOf(w.educator.id, 'submission_received')).find((r) =>
      r.body.includes('/submissions/sub-1'),
    );
    expect(row).toMatchObject({
      to_address: w.educator.email,
      subject: 'We received your submission for “Checks for Understanding”',
      sent_at: null,
      tries: 0,
      next_try_at: at,
      last_error: null,
    });
    expect(row!.body).toContain('It is on its way to an assessor.');
    expect(row!.body).toContain('Open it: {{site}}/submissions/sub-1');
  });

  it('decision: earned and not yet are both emailed, and the outbox shows absolute links', async () => {
    const educator = await anotherEducator(w);
    const notYet = await decide(w, false, educator.cookie);
    const [email] = await outboxOf(educator.id, 'submission_decided');
    expect(email!.subject).toMatch(/^Feedback on “/);
    expect(email!.body).toContain('Not yet: the feedback beside each part says what to change');
    const listed = (
      await call('GET', '/api/v1/admin/outbox?limit=100', platformAdmin.cookie)
    ).json<OutboxPage>();
    const shown = listed.items.find((i) => i.id === email!.id)!;
    expect(shown.body).toContain(`Open it: http://localhost:3000/submissions/${notYet}`);
    expect(shown.body).not.toContain('{{site}}');
    expect(shown).toMatchObject({ to: educator.email, status: 'pending', kind: 'submission_decided' });

    // Submitting told them first: in the app and by email, once.
    const received = await outboxOf(educator.id, 'submission_received');
    expect(received.map((r) => r.subject)).toEqual([
      expect.stringMatching(/^We received your submission for “/),
    ]);
    expect(await notificationsOf(educator.id, 'submission_received')).toHaveLength(1);

    const earner = await anotherEducator(w);
    await decide(w, true, earner.cookie);
    const [earned] = await outboxOf(earner.id, 'submission_decided');
    expect(earned!.subject).toMatch(/^You earned “/);
  });

  it('sends no email to a deactivated person (the notification is still written)', async () => {
    const gone = await anotherEducator(w);
    await w.deps.db.updateTable('users').set({ status: 'deactivated' }).where('id', '=', gone.id).execute();
    await w.deps.db
      .transaction()
      .execute((trx) =>
        notify(
          trx,
          w.deps.clock.now().toISOString(),
          submissionReceived({ userId: gone.id, submissionId: 's', title: 'T' }),
        ),
      );
    expect(await notificationsOf(gone.id, 'submission_received')).toHaveLength(1);
    expect(await outboxOf(gone.id)).toEqual([]);
  });

  it('appeal outcome: a senior’s decision on an appeal is emailed as such', async () => {
    const senior = await buildUser(w.deps.db, { roles: [['assessor', w.issuer.id]] });
    const setSenior = (capacity: number) =>
      call('PUT', `/api/v1/issuers/${w.issuer.id}/assessors/${senior.id}`, w.admin.cookie, {
        capacity,
        senior: true,
        awayFrom: null,
        awayUntil: null,
      });
    // Away from primary reviews while the attempt is first scored; appeals go to seniors.
    expect((await setSenior(0)).statusCode).toBe(200);
    const educator = await anotherEducator(w);
    const submissionId = await decide(w, false, educator.cookie);
    expect((await setSenior(10)).statusCode).toBe(200);
    const seniorCookie = await signIn(w.app, senior.email);
    const appeal = await call('POST', `/api/v1/submissions/${submissionId}/appeal`, educator.cookie, {
      reason: 'The lesson plan marks every check on page two; please look again at it.',
    });
    expect(appeal.statusCode, appeal.body).toBe(201);
    const queue = (await call('GET', '/api/v1/reviews?status=assigned', seniorCookie)).json<{
      items: { id: string; kind: string }[];
    }>().items;
    const appealReview = queue.find((r) => r.kind === 'appeal')!;
    const view = (await call('GET', `/api/v1/reviews/${appealReview.id}`, seniorCookie)).json<ReviewView>();
    const decided = await call('POST', `/api/v1/reviews/${view.id}/decision`, seniorCookie, {
      scores: scoresFor(view, false),
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const [email] = await outboxOf(educator.id, 'appeal_decided');
    expect(email!.body).toContain('Your appeal was decided: the decision stands.');
    expect(await notificationsOf(educator.id, 'appeal_decided')).toHaveLength(1);
  });
});

describe('the platform admin’s outbox', () => {
  it('is refused to everyone but platform admins (403), and to anonymous callers (401)', async () => {
    for (const who of [w.educator, w.assessor, w.admin, w.otherAdmin]) {
      const res = await call('GET', '/api/v1/admin/outbox', who.cookie);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    expect((await call('GET', '/api/v1/admin/outbox')).statusCode).toBe(401);
  });

  it('pages newest first and filters by status', async () => {
    w.deps.clock.advance(60_000);
    await notify(
      w.deps.db,
      w.deps.clock.now().toISOString(),
      submissionReceived({ userId: w.educator.id, submissionId: 'newest', title: 'The newest' }),
    );
    const all = (
      await call('GET', '/api/v1/admin/outbox?limit=100', platformAdmin.cookie)
    ).json<OutboxPage>();
    expect(all.delivery).toBe('in_app');
    expect(all.items[0]!.subject).toBe('We received your submission for “The newest”');
    expect(all.total).toBeGreaterThanOrEqual(5);
    const created = all.items.map((i) => i.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
    const page2 = (
      await call('GET', '/api/v1/admin/outbox?limit=2&offset=2', platformAdmin.cookie)
    ).json<OutboxPage>();
    expect(page2.items.map((i) => i.id)).toEqual(all.items.slice(2, 4).map((i) => i.id));
    expect(page2.total).toBe(all.total);

    const [failing, sent] = all.items;
    const now = w.deps.clock.now().toISOString();
    await w.deps.db
      .updateTable('email_outbox')
      .set({ tries: 1, last_error: '451 4.7.1 Try again later' })
      .where('id', '=', failing!.id)
      .execute();
    await w.deps.db
      .updateTable('email_outbox')
      .set({ sent_at: now, tries: 1 })
      .where('id', '=', sent!.id)
      .execute();
    const of = async (status: string) =>
      (
        await call('GET', `/api/v1/admin/outbox?status=${status}&limit=100`, platformAdmin.cookie)
      ).json<OutboxPage>();
    const failed = await of('failed');
    expect(failed.items.map((i) => i.id)).toEqual([failing!.id]);
    expect(failed.items[0]).toMatchObject({
      status: 'failed',
      lastError: '451 4.7.1 Try again later',
      gaveUp: false,
    });
    expect((await of('sent')).items.map((i) => [i.id, i.status, i.sentAt])).toEqual([
      [sent!.id, 'sent', now],
    ]);
    expect((await of('pending')).total).toBe(all.total - 2);
    expect((await call('GET', '/api/v1/admin/outbox?status=lost', platformAdmin.cookie)).statusCode).toBe(
      400,
    );
  });
});

describe('unread count', () => {
  it('counts every unread notification, not only the latest 50', async () => {
    const person = await anotherEducator(w);
    const at = w.deps.clock.now().toISOString();
    for (let i = 0; i < 55; i++)
      await notify(w.deps.db, at, { userId: person.id, kind: 'test', title: `n${i}`, body: '' });
    const res = (await call('GET', '/api/v1/me/notifications', person.cookie)).json();
    expect(res.items).toHaveLength(50);
    expect(res.unread).toBe(55);
  });
});
