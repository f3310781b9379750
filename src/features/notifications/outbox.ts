import type { z } from 'zod';
import type { OutboxItem, OutboxPage, OutboxQuery, OutboxStatus } from '../../contracts/notifications.js';
import type { EmailOutboxTable } from '../../db/schema.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import { isPlatformAdmin, requireAuth, type Auth } from '../auth/auth-context.js';
import { MAX_TRIES } from './deliver-email.js';
import { renderEmailBody } from './email-text.js';

type Row = Omit<EmailOutboxTable, 'tries'> & { tries: number };

const statusOf = (r: Row): OutboxStatus => (r.sent_at ? 'sent' : r.last_error ? 'failed' : 'pending');

function present(r: Row, publicUrl: string): OutboxItem {
  return {
    id: r.id,
    to: r.to_address,
    subject: r.subject,
    kind: r.kind,
    body: renderEmailBody(r.body, publicUrl),
    createdAt: r.created_at,
    status: statusOf(r),
    sentAt: r.sent_at,
    tries: r.tries,
    nextTryAt: r.sent_at ? null : r.next_try_at,
    lastError: r.last_error,
    gaveUp: !r.sent_at && r.tries >= MAX_TRIES,
  };
}

/**
 * Every email the platform wrote, newest first: what was sent, what waits (all of it, without
 * SMTP) and what failed. Platform admins only: it holds everyone's addresses and news.
 */
export async function listOutbox(
  { db, config }: Pick<Deps, 'db' | 'config'>,
  auth: Auth | null,
  query: z.infer<typeof OutboxQuery>,
): Promise<OutboxPage> {
  const a = requireAuth(auth);
  if (!isPlatformAdmin(a)) throw new AppError('FORBIDDEN', 'Only platform admins can read the email outbox.');
  let q = db.selectFrom('email_outbox');
  if (query.status === 'sent') q = q.where('sent_at', 'is not', null);
  if (query.status === 'pending') q = q.where('sent_at', 'is', null).where('last_error', 'is', null);
  if (query.status === 'failed') q = q.where('sent_at', 'is', null).where('last_error', 'is not', null);
  const [{ total }, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    q
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
  ]);
  return {
    items: rows.map((r) => present(r, config.publicUrl)),
    total: Number(total),
    delivery: config.smtpUrl ? 'smtp' : 'in_app',
  };
}
