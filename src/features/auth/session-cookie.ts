import type { FastifyReply } from 'fastify';
import type { Deps } from '../../server/deps.js';
import { SESSION_COOKIE } from '../../server/http.js';
import { presentMe } from './auth.presenter.js';
import { requireAuth } from './auth-context.js';
import { logIn, type LoginResult } from './log-in.js';
import { resolveSession } from './resolve-session.js';

/** Signs in and sets the session cookie. */
export async function signInWithCookie(
  deps: Deps,
  reply: FastifyReply,
  input: { email: string; password: string; ip: string },
) {
  return withSessionCookie(deps, reply, await logIn(deps, input));
}

/**
 * Sets the cookie of a session just opened (HttpOnly, SameSite=Lax, Secure when served over
 * https) and returns the signed-in user.
 */
export async function withSessionCookie(deps: Deps, reply: FastifyReply, { token, expiresAt }: LoginResult) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.publicUrl.startsWith('https://'),
    expires: expiresAt,
  });
  return presentMe(requireAuth(await resolveSession(deps, token)));
}
