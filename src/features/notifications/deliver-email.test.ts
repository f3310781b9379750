import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildUser } from '../../test-support/factories.js';
import { startSmtpSink, type SmtpSink } from '../../test-support/smtp-sink.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';
import { deliverPendingEmails, MAX_TRIES, retryDelayMs } from './deliver-email.js';
import { submissionReceived } from './messages.js';
import { notify } from './notify.js';
import { listOutbox } from './outbox.js';
import { authFor, buildOrg } from '../../test-support/factories.js';

/**
 * Delivery over a real socket: a tiny SMTP server (test-support/smtp-sink.ts) listens on
 * 127.0.0.1 and keeps what nodemailer sends it, or refuses with 451 to test the retries.
 */

let deps: TestDeps;
let educator: { id: string; email: string };
const sinks: SmtpSink[] = [];

beforeAll(async () => {
  deps = await createTestDeps();
  educator = await buildUser(deps.db, { email: 'ana.educator@example.test' });
});
afterAll(async () => {
  await Promise.all(sinks.map((s) => s.close()));
  await deps.close();
});
beforeEach(async () => {
  await deps.db.deleteFrom('email_outbox').execute();
});

async function sink(options?: Parameters<typeof startSmtpSink>[0]) {
  const s = await startSmtpSink(options);
  sinks.push(s);
  return s;
}
const withSmtp = (smtpUrl: string | null) => ({ ...deps, config: { ...deps.config, smtpUrl } });
const queue = (submissionId = 'sub-1', title = 'Checks for Understanding') =>
  notify(
    deps.db,
    deps.clock.now().toISOString(),
    submissionReceived({ userId: educator.id, submissionId, title }),
  );
const rows = () =>
  deps.db.selectFrom('email_outbox').selectAll().orderBy('created_at').orderBy('id').execute();

describe('without SMTP', () => {
  it('sends nothing and leaves every email readable in the outbox', async () => {
    await queue();
    expect(await deliverPendingEmails(withSmtp(null))).toEqual({ sent: 0, failed: 0 });
    const [row] = await rows();
    expect(row).toMatchObject({ sent_at: null, tries: 0, last_error: null });
  });
});

describe('over SMTP', () => {
  it('sends the email: To, Subject and the link to the page, then marks it sent (once)', async () => {
    const s = await sink();
    await queue();
    expect(await deliverPendingEmails(withSmtp(s.url))).toEqual({ sent: 1, failed: 0 });
    expect(s.messages).toHaveLength(1);
    const m = s.messages[0]!;
    expect(m.recipients).toEqual(['ana.educator@example.test']);
    expect(m.to).toContain('ana.educator@example.test');
    expect(m.headers.from).toBe(deps.config.mailFrom);
    expect(m.subject).toBe('We received your submission for “Checks for Understanding”');
    expect(m.headers['auto-submitted']).toBe('auto-generated');
    expect(m.text).toContain('It is on its way to an assessor.');
    expect(m.text).toContain('Open it: http://localhost:3000/submissions/sub-1');
    expect(m.text).toContain('http://localhost:3000/settings#email');
    expect(m.text).not.toContain('{{site}}');
    const [row] = await rows();
    expect(row).toMatchObject({
      sent_at: deps.clock.now().toISOString(),
      tries: 1,
      next_try_at: null,
    });
    expect(await deliverPendingEmails(withSmtp(s.url))).toEqual({ sent: 0, failed: 0 });
    expect(s.messages).toHaveLength(1);
  });

  it('sends several, oldest first, up to the limit', async () => {
    const s = await sink();
    for (const id of ['a', 'b', 'c']) {
      await queue(id, `Title ${id}`);
      deps.clock.advance(1000);
    }
    expect(await deliverPendingEmails(withSmtp(s.url), { limit: 2 })).toEqual({ sent: 2, failed: 0 });
    expect(await deliverPendingEmails(withSmtp(s.url), { limit: 2 })).toEqual({ sent: 1, failed: 0 });
    expect(s.messages.map((m) => m.subject)).toEqual(
      ['a', 'b', 'c'].map((id) => `We received your submission for “Title ${id}”`),
    );
  });

  it('retries after a 451, with a wait, and sends it then', async () => {
    const s = await sink({
      reject: { at: 'RCPT', reply: '451 4.7.1 Greylisted, try again later', times: 1 },
    });
    await queue();
    const failedAt = deps.clock.now().getTime();
    expect(await deliverPendingEmails(withSmtp(s.url))).toEqual({ sent: 0, failed: 1 });
    let [row] = await rows();
    expect(row).toMatchObject({
      sent_at: null,
      tries: 1,
      next_try_at: new Date(failedAt + retryDelayMs(1)).toISOString(),
    });
    expect(row!.last_error).toMatch(/451 4\.7\.1 Greylisted/);
    // Not due yet: nobody is contacted.
    const before = s.commands.length;
    deps.clock.advance(retryDelayMs(1) - 1000);
    expect(await deliverPendingEmails(withSmtp(s.url))).toEqual({ sent: 0, failed: 0 });
    expect(s.commands).toHaveLength(before);
    deps.clock.advance(1000);
    expect(await deliverPendingEmails(withSmtp(s.url))).toEqual({ sent: 1, failed: 0 });
    [row] = await rows();
    expect(row).toMatchObject({ tries: 2, sent_at: deps.clock.now().toISOString() });
    expect(s.messages).toHaveLength(1);
  });

  it('waits longer after each failure and gives up after MAX_TRIES', async () => {
    const s = await sink({
      reject: { at: 'MESSAGE', reply: '451 4.3.0 Mail server temporarily rejected message' },
    });
    await queue();
    const waits: number[] = [];
    for (let i = 1; i <= MAX_TRIES; i++) {
      const now = deps.clock.now().getTime();
      expect(await deliverPendingEmails(withSmtp(s.url))).toEqual({ sent: 0, failed: 1 });
      const [row] = await rows();
      expect(row!.tries).toBe(i);
      if (i < MAX_TRIES) {
        waits.push(Date.parse(row!.next_try_at!) - now);
        deps.clock.set(row!.next_try_at!);
      } else expect(row!.next_try_at).toBeNull();
    }
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(waits[0]).toBe(60_000);
    deps.clock.advance(7 * 24 * 60 * 60_000);
    const before = s.commands.length;
    expect(await deliverPendingEmails(withSmtp(s.url))).toEqual({ sent: 0, failed: 0 });
    expect(s.commands).toHaveLength(before);
    const platform = await buildOrg(deps.db, 'platform', 'Platform');
    const admin = await buildUser(deps.db, { roles: [['platform_admin', platform.id]] });
    const page = await listOutbox(deps, await authFor(deps.db, admin.id), {
      limit: 10,
      offset: 0,
      status: 'failed',
    });
    expect(page.items[0]).toMatchObject({
      status: 'failed',
      gaveUp: true,
      tries: MAX_TRIES,
      nextTryAt: null,
    });
  });

  it('stops the round when the server cannot be reached; the rest stay due', async () => {
    const gone = await startSmtpSink();
    await gone.close();
    await queue('x');
    await queue('y');
    expect(await deliverPendingEmails(withSmtp(gone.url))).toEqual({ sent: 0, failed: 1 });
    const tries = (await rows()).map((r) => r.tries).sort();
    expect(tries).toEqual([0, 1]);
    expect((await rows()).find((r) => r.tries === 1)!.last_error).toMatch(/ECONNREFUSED/);
  });
});
