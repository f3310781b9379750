import { NotificationList } from '../../contracts/account.js';
import {
  EmailPreferences,
  EmailPreferencesBody,
  OutboxPage,
  OutboxQuery,
} from '../../contracts/notifications.js';
import type { Deps } from '../../server/deps.js';
import { errorResponses, noStore, type App } from '../../server/http.js';
import { requireAuth } from '../auth/auth-context.js';
import { getEmailPreferences, saveEmailPreferences } from './email-preferences.js';
import { listOutbox } from './outbox.js';

/**
 * What happened to your work (submissions, decisions, credentials, reviews), which of it you are
 * emailed about, and — for platform admins — every email the platform wrote.
 */
export function registerNotificationRoutes(app: App, deps: Deps) {
  const { db, clock } = deps;
  app.get(
    '/api/v1/me/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Your latest notifications, newest first, and how many are unread',
        response: {
          200: NotificationList,
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const a = requireAuth(req.auth);
      const mine = db.selectFrom('notifications').where('user_id', '=', a.userId);
      const [rows, { unread }] = await Promise.all([
        mine.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(50).execute(),
        mine
          .where('read_at', 'is', null)
          .select((eb) => eb.fn.countAll<number>().as('unread'))
          .executeTakeFirstOrThrow(),
      ]);
      return noStore(reply).send({
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          title: r.title,
          body: r.body,
          link: r.link,
          createdAt: r.created_at,
          read: r.read_at !== null,
        })),
        unread: Number(unread),
      });
    },
  );
  app.post(
    '/api/v1/me/notifications/read',
    { schema: { tags: ['notifications'], summary: 'Mark all your notifications read' } },
    async (req, reply) => {
      const a = requireAuth(req.auth);
      await db
        .updateTable('notifications')
        .set({ read_at: clock.now().toISOString() })
        .where('user_id', '=', a.userId)
        .where('read_at', 'is', null)
        .execute();
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/v1/me/notification-preferences',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Which notifications you are emailed about (those of your roles)',
        response: { 200: EmailPreferences, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await getEmailPreferences(deps, req.auth)),
  );
  app.put(
    '/api/v1/me/notification-preferences',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Turn emails of some kinds on or off; the others keep their setting',
        body: EmailPreferencesBody,
        response: { 200: EmailPreferences, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await saveEmailPreferences(deps, req.auth, req.body)),
  );
  app.get(
    '/api/v1/admin/outbox',
    {
      schema: {
        tags: ['admin'],
        summary: 'Every email the platform wrote, newest first: sent, pending or failed (platform admins)',
        querystring: OutboxQuery,
        response: { 200: OutboxPage, ...errorResponses },
      },
    },
    async (req, reply) => noStore(reply).send(await listOutbox(deps, req.auth, req.query)),
  );
}
