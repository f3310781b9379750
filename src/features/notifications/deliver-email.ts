import nodemailer, { type Transporter } from 'nodemailer';
import type { Deps } from '../../server/deps.js';
import { renderEmailBody } from './email-text.js';

/** After this many failed tries an email is given up (shown as failed in the outbox). */
export const MAX_TRIES = 8;
/** How long a process holds a row it is sending, so another process does not send it too. */
const CLAIM_MS = 5 * 60_000;
const HOUR_MS = 60 * 60_000;

/** Wait before try `tries + 1`: 1, 4, 16, 64 minutes, then 4 h 16 min, then every 6 hours. */
export function retryDelayMs(tries: number): number {
  return Math.min(60_000 * 4 ** Math.max(0, tries - 1), 6 * HOUR_MS);
}

// One transport per SMTP address for the life of the process.
const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    // A server that never answers must not hold the minute's sweep for long.
    const url = new URL(smtpUrl);
    for (const [key, ms] of [
      ['connectionTimeout', 10_000],
      ['greetingTimeout', 10_000],
      ['socketTimeout', 30_000],
    ] as const)
      if (!url.searchParams.has(key)) url.searchParams.set(key, String(ms));
    transport = nodemailer.createTransport(url.toString());
    transports.set(smtpUrl, transport);
  }
  return transport;
}

export type DeliveryResult = { sent: number; failed: number };

/**
 * Sends the emails that are due, oldest first, over SMTP when `config.smtpUrl` is set. A sent
 * email gets `sent_at`; a failed try counts in `tries`, keeps its error and waits longer each time
 * (`retryDelayMs`), until MAX_TRIES. A connection that cannot be made ends the round (the rest stay
 * due). Without SMTP nothing is sent: the platform admin reads the emails in the outbox.
 */
export async function deliverPendingEmails(
  deps: Pick<Deps, 'db' | 'config' | 'clock' | 'log'>,
  { limit = 50 }: { limit?: number } = {},
): Promise<DeliveryResult> {
  const { db, config, clock, log } = deps;
  const result: DeliveryResult = { sent: 0, failed: 0 };
  if (!config.smtpUrl) return result;
  const transport = transportFor(config.smtpUrl);
  const due = await db
    .selectFrom('email_outbox')
    .selectAll()
    .where('sent_at', 'is', null)
    .where('tries', '<', MAX_TRIES)
    .where((eb) => eb.or([eb('next_try_at', 'is', null), eb('next_try_at', '<=', clock.now().toISOString())]))
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  for (const row of due) {
    // Claim the row: only the process whose guarded update lands sends it.
    const claimed = await db
      .updateTable('email_outbox')
      .set({ next_try_at: new Date(clock.now().getTime() + CLAIM_MS).toISOString() })
      .where('id', '=', row.id)
      .where('sent_at', 'is', null)
      .where((eb) =>
        row.next_try_at === null ? eb('next_try_at', 'is', null) : eb('next_try_at', '=', row.next_try_at),
      )
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    try {
      await transport.sendMail({
        from: config.mailFrom,
        to: row.to_address,
        subject: row.subject,
        text: renderEmailBody(row.body, config.publicUrl),
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
      await db
        .updateTable('email_outbox')
        .set({ sent_at: clock.now().toISOString(), tries: row.tries + 1, next_try_at: null })
        .where('id', '=', row.id)
        .execute();
      result.sent++;
    } catch (err) {
      const tries = row.tries + 1;
      const message = err instanceof Error ? err.message : String(err);
      await db
        .updateTable('email_outbox')
        .set({
          tries,
          next_try_at:
            tries >= MAX_TRIES ? null : new Date(clock.now().getTime() + retryDelayMs(tries)).toISOString(),
          last_error: message.slice(0, 1000),
        })
        .where('id', '=', row.id)
        .execute();
      result.failed++;
      log.warn({ emailId: row.id, tries, err: message }, 'an email could not be sent');
      // No SMTP reply at all: the server is down or unreachable; trying the rest now would not help.
      if (!(err as { responseCode?: number }).responseCode) break;
    }
  }
  return result;
}
