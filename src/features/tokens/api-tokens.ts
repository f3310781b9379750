import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import { authForUser } from '../auth/resolve-session.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';

/** Tokens start with this, so a leaked one is easy to recognise (and to scan for). */
const PREFIX = 'mct_';
const MAX_TOKENS_PER_USER = 20;

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

const view = (r: { id: string; name: string; created_at: string; last_used_at: string | null }) => ({
  id: r.id,
  name: r.name,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
});

/** Makes a token for the signed-in user; the token itself is returned once and stored only hashed. */
export async function createApiToken(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
  name: string,
) {
  const a = requireAuth(auth);
  const active = await db
    .selectFrom('api_tokens')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', a.userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirstOrThrow();
  if (Number(active.n) >= MAX_TOKENS_PER_USER) {
    throw new AppError(
      'INVALID_STATE',
      `You have ${MAX_TOKENS_PER_USER} tokens; revoke one you no longer use first.`,
    );
  }
  const token = PREFIX + randomBytes(32).toString('base64url');
  const row = {
    id: randomUUID(),
    user_id: a.userId,
    name,
    token_hash: hashOf(token),
    created_at: clock.now().toISOString(),
  };
  await db.insertInto('api_tokens').values(row).execute();
  return { ...view({ ...row, last_used_at: null }), token };
}

export async function listApiTokens({ db }: Pick<Deps, 'db'>, auth: Auth | null) {
  const a = requireAuth(auth);
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'last_used_at'])
    .where('user_id', '=', a.userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
  return { items: rows.map(view) };
}

/** Revokes one of the user's own tokens; someone else's token is "not found". */
export async function revokeApiToken(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
  id: string,
) {
  const a = requireAuth(auth);
  const done = await db
    .updateTable('api_tokens')
    .set({ revoked_at: clock.now().toISOString() })
    .where('id', '=', id)
    .where('user_id', '=', a.userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) !== 1) throw notFound('That token');
}

/** The user behind `Authorization: Bearer mct_…`; a wrong, revoked or foreign token is refused. */
export async function authFromBearer(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  header: string,
): Promise<Auth> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const token = match?.[1];
  const refuse = () =>
    new AppError('INVALID_TOKEN', 'The API token is not valid: it is mistyped or was revoked.');
  if (!token?.startsWith(PREFIX) || token.length > 200) throw refuse();
  const row = await db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id', 't.user_id', 't.last_used_at', 'u.status'])
    .where('t.token_hash', '=', hashOf(token))
    .where('t.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row || row.status !== 'active') throw refuse();
  const now = clock.now();
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > 60_000) {
    await db
      .updateTable('api_tokens')
      .set({ last_used_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
  }
  const auth = await authForUser(db, row.user_id);
  if (!auth) throw refuse();
  return auth;
}
