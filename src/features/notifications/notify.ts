import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';

export type NotificationInput = { userId: string; kind: string; title: string; body: string; link?: string };

/**
 * Tells a user something happened to their work. Written in the same transaction as the change,
 * so nobody is told of a change that did not happen (and no change goes untold).
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
}
