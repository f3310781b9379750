import { NotificationList } from '../../contracts/account.js';
import type { Deps } from '../../server/deps.js';
import { errorResponses, noStore, type App } from '../../server/http.js';
import { requireAuth } from '../auth/auth-context.js';

/** What happened to your work: credentials revoked, suspended, restored, signed again. */
export function registerNotificationRoutes(app: App, { db, clock }: Deps) {
  app.get(
    '/api/v1/me/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Your latest notifications, newest first',
        response: {
          200: NotificationList,
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const a = requireAuth(req.auth);
      const rows = await db
        .selectFrom('notifications')
        .selectAll()
        .where('user_id', '=', a.userId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(50)
        .execute();
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
        unread: rows.filter((r) => r.read_at === null).length,
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
}
