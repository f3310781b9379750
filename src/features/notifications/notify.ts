import { randomUUID } from 'node:crypto';
import { emailKindOf } from '../../contracts/notifications.js';
import type { Queryable } from '../../db/database.js';
import { emailBody, emailSubject } from './email-text.js';

export type NotificationInput = { userId: string; kind: string; title: string; body: string; link?: string };

/**
 * Tells a user something happened to their work. Written in the same transaction as the change,
 * so nobody is told of a change that did not happen (and no change goes untold). Kinds people can
 * be emailed about (contracts/notifications.ts) also queue an email, unless its person turned
 * that kind off; `deliver-email.ts` sends it, or the platform admin reads it in the outbox.
 */
export async function notify(db: Queryable, at: string, n: NotificationInput) {
  await db
    .insertInto('notifications')
    .values({
      id: randomUUID(),
      user_id: n.userId,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link ?? null,
      created_at: at,
      read_at: null,
    })
    .execute();
  await queueEmail(db, at, n);
}

async function queueEmail(db: Queryable, at: string, n: NotificationInput) {
  const kind = emailKindOf(n.kind);
  if (!kind) return;
  const user = await db
    .selectFrom('users as u')
    .leftJoin('notification_preferences as p', (join) =>
      join.onRef('p.user_id', '=', 'u.id').on('p.kind', '=', kind),
    )
    .select(['u.email', 'u.status', 'p.email as wanted'])
    .where('u.id', '=', n.userId)
    .executeTakeFirst();
  if (!user || user.status !== 'active' || user.wanted === 0) return;
  await db
    .insertInto('email_outbox')
    .values({
      id: randomUUID(),
      user_id: n.userId,
      to_address: user.email,
      subject: emailSubject(n.title),
      body: emailBody(n),
      kind: n.kind,
      created_at: at,
      sent_at: null,
      tries: 0,
      next_try_at: at,
      last_error: null,
    })
    .execute();
}
