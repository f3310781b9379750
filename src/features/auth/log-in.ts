import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { isoSeconds } from '../../server/clock.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import * as repo from './auth.repository.js';
import { dummyHash, verifyPassword } from './password.js';

export const SESSION_DAYS = 30;
const WINDOW_MINUTES = 15;
/** Failed sign-ins allowed per email, and per address, within the window. */
export const MAX_FAILURES_PER_EMAIL = 5;
/** High enough that a district behind one address is not locked out by its staff's typos. */
export const MAX_FAILURES_PER_IP = 100;

export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

export type LoginResult = { token: string; expiresAt: Date; userId: string };

export async function logIn(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  input: { email: string; password: string; ip: string },
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const now = clock.now();
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000).toISOString();
  // Count this attempt against the email before checking the password, so simultaneous guesses
  // all see each other; it is taken back if the password is right or the attempt is refused
  // unchecked. The address is filled in only once the guess has failed: sign-ins still being
  // checked never count against a school's shared address.
  const attemptId = randomUUID();
  await repo.recordLoginFailure(db, { id: attemptId, email, ip: '', created_at: now.toISOString() });
  const [byEmail, byIp] = await Promise.all([
    repo.countLoginFailures(db, 'email', email, since),
    repo.countLoginFailures(db, 'ip', input.ip, since),
  ]);
  // The email count includes this attempt; the address count holds confirmed failures only.
  if (byEmail > MAX_FAILURES_PER_EMAIL || byIp >= MAX_FAILURES_PER_IP) {
    await repo.deleteLoginFailure(db, attemptId);
    throw new AppError(
      'TOO_MANY_ATTEMPTS',
      `Too many failed sign-ins. Wait ${WINDOW_MINUTES} minutes and try again.`,
      {
        retryAfterSeconds: WINDOW_MINUTES * 60,
      },
    );
  }
  const user = await repo.findUserByEmail(db, email);
  const ok = user
    ? await verifyPassword(user.password_hash, input.password)
    : await verifyPassword(await dummyHash(), input.password).then(() => false);
  if (!user || !ok || user.status !== 'active') {
    await repo.confirmLoginFailure(db, attemptId, input.ip);
    throw new AppError('INVALID_CREDENTIALS', 'That email and password do not match an active account.');
  }
  await repo.clearLoginFailures(db, email);
  return createSession({ db, clock }, user.id);
}

/** Opens a server-side session for a user; the token goes in the cookie, only its hash is stored. */
export async function createSession(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  userId: string,
): Promise<LoginResult> {
  const now = clock.now();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await repo.insertSession(db, {
    id: sessionIdOf(token),
    user_id: userId,
    created_at: isoSeconds(now),
    expires_at: expiresAt.toISOString(),
    last_seen_at: now.toISOString(),
  });
  return { token, expiresAt, userId };
}
