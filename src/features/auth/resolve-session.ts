import type { Deps } from '../../server/deps.js';
import type { Auth } from './auth-context.js';
import * as repo from './auth.repository.js';
import { sessionIdOf } from './log-in.js';

const TOUCH_EVERY_MS = 5 * 60_000;

/** The signed-in user behind a session cookie, or null when it is unknown, expired or deactivated. */
export async function resolveSession(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  token: string,
): Promise<Auth | null> {
  const id = sessionIdOf(token);
  const session = await repo.findSession(db, id);
  const now = clock.now();
  if (!session || session.expires_at <= now.toISOString()) return null;
  const user = await repo.findUserById(db, session.user_id);
  if (!user || user.status !== 'active') return null;
  if (now.getTime() - Date.parse(session.last_seen_at) > TOUCH_EVERY_MS) {
    await repo.touchSession(db, id, now.toISOString());
  }
  return authOf(db, user);
}

export const logOut = ({ db }: Pick<Deps, 'db'>, token: string) => repo.deleteSession(db, sessionIdOf(token));

/** The Auth of a user by id (for trusted server-side work such as seeding), or null. */
export async function authForUser(db: Deps['db'], userId: string): Promise<Auth | null> {
  const user = await repo.findUserById(db, userId);
  return user ? authOf(db, user) : null;
}

const authOf = async (db: Deps['db'], user: { id: string; name: string; email: string }): Promise<Auth> => ({
  userId: user.id,
  name: user.name,
  email: user.email,
  memberships: await repo.listMemberships(db, user.id),
});
