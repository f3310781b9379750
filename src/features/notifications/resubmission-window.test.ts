import { describe, expect, it } from 'vitest';
import { anotherEducator, publishAnother, useCredentialWorld } from '../../test-support/credential-world.js';
import { signIn } from '../../test-support/http.js';
import { completeDraft, scoresFor, submitForReview } from '../../test-support/loop.js';
import { remindClosingResubmissions } from './remind-closing-resubmissions.js';

/**
 * After a "not yet" the educator may resubmit within `config.resubmitWindowDays` (90) days of the
 * decision, and is reminded once, in the app and by email, when a week is left.
 */

const DAY = 24 * 60 * 60 * 1000;
const { w, call } = useCredentialWorld();

/** Sessions last 30 days: after moving the clock, people sign in again. */
const cookieOf = (email: string) => signIn(w.app, email);

/** A new educator's first attempt, scored "not yet" now. */
async function notYet(mcId = w.mcId) {
  const educator = await anotherEducator(w);
  const assessorCookie = await cookieOf(w.assessor.email);
  const { submissionId, review } = await submitForReview(w.app, educator.cookie, assessorCookie, mcId);
  const res = await call('POST', `/api/v1/reviews/${review.id}/decision`, assessorCookie, {
    scores: scoresFor(review, false),
  });
  expect(res.json()).toEqual({ decision: 'not_yet', final: true });
  return { educator, submissionId, decidedAt: w.deps.clock.now().getTime() };
}

const resubmit = async (email: string, id: string) =>
  call('POST', `/api/v1/submissions/${id}/resubmit`, await cookieOf(email), {
    note: 'I will mark every check in the plan.',
  });

const reminders = (userId: string) =>
  w.deps.db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', 'resubmission_closing')
    .execute();
const reminderEmails = (userId: string) =>
  w.deps.db
    .selectFrom('email_outbox')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', 'resubmission_closing')
    .execute();

describe('the resubmission window', () => {
  it('is open on day 90 after the decision and closed on day 91 (409 RESUBMISSION_CLOSED)', async () => {
    expect(w.deps.config.resubmitWindowDays).toBe(90);
    const a = await notYet();
    const b = await notYet();
    w.deps.clock.set(new Date(a.decidedAt + 90 * DAY).toISOString());
    const open = await resubmit(a.educator.email, a.submissionId);
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json().current).toMatchObject({ number: 2, editable: true });
    // What was carried forward is marked by the attempt's start, so the page can say so.
    const next = open.json().current;
    expect(next.artifacts.length).toBeGreaterThan(0);
    expect(next.artifacts.every((x: { createdAt: string }) => x.createdAt === next.startedAt)).toBe(true);
    expect(open.json().uploadLimits).toEqual(w.deps.config.uploadLimits);

    w.deps.clock.set(new Date(b.decidedAt + 91 * DAY).toISOString());
    const closed = await resubmit(b.educator.email, b.submissionId);
    expect(closed.statusCode).toBe(409);
    const closes = new Date(b.decidedAt + 90 * DAY);
    expect(closed.json().error).toEqual({
      code: 'RESUBMISSION_CLOSED',
      message: `The window to resubmit closed on ${closes.toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' })}, 90 days after the decision. Ask the issuer about next steps.`,
      details: { closedAt: closes.toISOString() },
    });
    // Nothing changed: still "not yet", on its first attempt.
    const view = (
      await call('GET', `/api/v1/submissions/${b.submissionId}`, await cookieOf(b.educator.email))
    ).json();
    // The page knows: the deadline, and no Resubmit button once it has passed.
    expect(view).toMatchObject({
      status: 'not_yet',
      attemptNumber: 1,
      resubmitBy: closes.toISOString(),
      canResubmit: false,
    });
    w.deps.clock.set(new Date(b.decidedAt + 89 * DAY).toISOString());
    const before = (
      await call('GET', `/api/v1/submissions/${b.submissionId}`, await cookieOf(b.educator.email))
    ).json();
    expect(before).toMatchObject({ resubmitBy: closes.toISOString(), canResubmit: true });
  });

  it('carries forward what is left of the evidence, not what retention deleted', async () => {
    const e = await notYet();
    w.deps.clock.set(new Date(e.decidedAt + DAY).toISOString());
    const [first] = await w.deps.db
      .selectFrom('artifacts as f')
      .innerJoin('attempts as t', 't.id', 'f.attempt_id')
      .select(['f.id', 'f.title'])
      .where('t.submission_id', '=', e.submissionId)
      .execute();
    await w.deps.db
      .updateTable('artifacts')
      .set({ purged_at: w.deps.clock.now().toISOString(), text: null, url: null })
      .where('id', '=', first!.id)
      .execute();
    const res = await resubmit(e.educator.email, e.submissionId);
    expect(res.statusCode, res.body).toBe(200);
    const titles = res.json().current.artifacts.map((a: { title: string }) => a.title);
    expect(titles).not.toContain(first!.title);
  });

  it('closes one millisecond after the deadline', async () => {
    const c = await notYet();
    w.deps.clock.set(new Date(c.decidedAt + 90 * DAY + 1).toISOString());
    expect((await resubmit(c.educator.email, c.submissionId)).json().error.code).toBe('RESUBMISSION_CLOSED');
  });
});

describe('the reminder a week before the window closes', () => {
  it('is sent once per decided attempt, in the app and by email', async () => {
    const d = await notYet();
    const at = (days: number) => w.deps.clock.set(new Date(d.decidedAt + days * DAY).toISOString());
    at(83 - 1 / 24);
    await remindClosingResubmissions(w.deps);
    expect(await reminders(d.educator.id)).toEqual([]);

    at(83);
    expect((await remindClosingResubmissions(w.deps)).reminded).toBe(1);
    at(83.5);
    expect((await remindClosingResubmissions(w.deps)).reminded).toBe(0);
    at(89);
    await remindClosingResubmissions(w.deps);
    const [note] = await reminders(d.educator.id);
    expect(await reminders(d.educator.id)).toHaveLength(1);
    expect(note).toMatchObject({ link: `/submissions/${d.submissionId}`, read_at: null });
    const closes = new Date(d.decidedAt + 90 * DAY).toLocaleDateString('en-US', {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
    expect(note!.title).toMatch(new RegExp(`^Resubmit “.+” by ${closes}$`));
    expect(note!.body).toContain(`closes in 7 days, on ${closes}`);
    const emails = await reminderEmails(d.educator.id);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe(note!.title);

    // The next attempt, scored "not yet" too, gets its own reminder before its own deadline.
    expect((await resubmit(d.educator.email, d.submissionId)).statusCode).toBe(200);
    const educatorCookie = await cookieOf(d.educator.email);
    await completeDraft(w.app, educatorCookie, d.submissionId);
    expect(
      (await call('POST', `/api/v1/submissions/${d.submissionId}/submit`, educatorCookie)).statusCode,
    ).toBe(200);
    const assessorCookie = await cookieOf(w.assessor.email);
    const queue = (await call('GET', '/api/v1/reviews?status=assigned', assessorCookie)).json();
    const review = (await call('GET', `/api/v1/reviews/${queue.items[0].id}`, assessorCookie)).json();
    await call('POST', `/api/v1/reviews/${review.id}/decision`, assessorCookie, {
      scores: scoresFor(review, false),
    });
    const second = w.deps.clock.now().getTime();
    w.deps.clock.set(new Date(second + 84 * DAY).toISOString());
    await remindClosingResubmissions(w.deps);
    await remindClosingResubmissions(w.deps);
    expect(await reminders(d.educator.id)).toHaveLength(2);
    expect(await reminderEmails(d.educator.id)).toHaveLength(2);
  });

  it('is not sent when no attempt is left, nor once the window has closed', async () => {
    const oneTry = await publishAnother(w, { maxAttempts: 1, title: 'One Try' });
    const last = await notYet(oneTry);
    const late = await notYet();
    w.deps.clock.set(new Date(late.decidedAt + 90 * DAY + 1).toISOString());
    await remindClosingResubmissions(w.deps);
    expect(await reminders(late.educator.id)).toEqual([]);
    w.deps.clock.set(new Date(last.decidedAt + 85 * DAY).toISOString());
    await remindClosingResubmissions(w.deps);
    expect(await reminders(last.educator.id)).toEqual([]);
  });
});
