import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import type { Auth } from '../auth/auth-context.js';
import { findUserByEmail, findUserById } from '../auth/auth.repository.js';
import { safeReturnPath, trustedEmail } from './email-trust.js';
import * as repo from './oidc.repository.js';
import {
  describeError,
  discover,
  exchangeCode,
  redirectUriOf,
  type ProviderClaims,
} from './provider-client.js';
import { requireWithinReach } from './provider-reach.js';
import { signInFailed } from './sign-in-failure.js';

export type SignInOutcome = {
  userId: string;
  returnTo: string;
  /** True when an account was linked to someone already signed in (no new session is needed). */
  linked: boolean;
};

type FinishDeps = Pick<Deps, 'db' | 'clock' | 'config' | 'secret' | 'log'>;

/**
 * The provider sent the browser back. The login in flight is found by `state` (and must be the one
 * this browser started: `boundState` comes from its cookie), taken so it can be used only once,
 * then the code is exchanged and the ID token checked (nonce, issuer, audience, signature).
 * The person is found by the provider's subject, else by the verified address; nobody is created.
 * A provider signs in (or links) only people its organization looks after (see provider-reach).
 */
export async function finishSignIn(
  deps: FinishDeps,
  auth: Auth | null,
  input: { slug: string; query: Record<string, string | undefined>; boundState: string | undefined },
): Promise<SignInOutcome> {
  const provider = await repo.findProviderBySlug(deps.db, input.slug);
  if (!provider || provider.enabled !== 1)
    throw signInFailed('unknown-provider', 'That sign-in option is not available.');
  const state = input.query.state;
  const login = state ? await repo.findLogin(deps.db, state) : undefined;
  if (!state || !login || login.provider_id !== provider.id)
    throw signInFailed(
      'bad-state',
      'This sign-in link is not valid or was already used. Start again from the sign-in page.',
    );
  const linking = login.link_user_id !== null;
  if (input.boundState !== state)
    throw signInFailed('bad-state', 'This sign-in was started in another browser. Start again here.', {
      linking,
    });
  if (!(await repo.takeLogin(deps.db, state)))
    throw signInFailed(
      'bad-state',
      'This sign-in link was already used. Start again from the sign-in page.',
      {
        linking,
      },
    );
  if (login.expires_at <= deps.clock.now().toISOString())
    throw signInFailed('expired', 'The sign-in took too long and expired. Please start again.', { linking });
  if (linking && auth?.userId !== login.link_user_id)
    throw signInFailed(
      'link-session',
      'Sign in to microcred again, then link the account from your settings.',
      {
        linking,
      },
    );
  if (input.query.error) {
    const said = (input.query.error_description ?? input.query.error).slice(0, 200);
    throw signInFailed('provider-refused', `${provider.name} did not sign you in: ${said}`, { linking });
  }

  const redirectUri = redirectUriOf(deps.config.publicUrl, provider.slug);
  const callbackUrl = new URL(redirectUri);
  for (const [k, v] of Object.entries(input.query)) if (v !== undefined) callbackUrl.searchParams.set(k, v);
  let claims: ProviderClaims;
  try {
    const config = await discover(provider, deps).catch((e: unknown) => {
      deps.log.warn({ provider: provider.slug, err: describeError(e) }, 'identity provider unreachable');
      throw signInFailed(
        'provider-unavailable',
        `${provider.name} cannot be reached right now. Try again in a minute.`,
        { linking },
      );
    });
    claims = await exchangeCode(config, callbackUrl, {
      state,
      nonce: login.nonce,
      codeVerifier: login.code_verifier,
    });
  } catch (e) {
    if (e instanceof AppError) throw e;
    deps.log.warn({ provider: provider.slug, err: describeError(e) }, 'identity provider response refused');
    throw signInFailed(
      'bad-response',
      `The answer from ${provider.name} did not pass our checks, so you were not signed in. Please start again.`,
      { linking },
    );
  }

  const email = trustedEmail(provider.kind, claims);
  const now = deps.clock.now().toISOString();
  const userId = await deps.db.transaction().execute(async (trx) => {
    const identity = await repo.findIdentity(trx, provider.id, claims.sub);
    if (linking) {
      const owner = login.link_user_id!;
      await requireWithinReach(trx, provider, owner, { linking });
      if (identity && identity.user_id !== owner)
        throw signInFailed(
          'identity-taken',
          `That ${provider.name} account is already linked to another microcred account.`,
          { linking },
        );
      if (email) {
        const other = await findUserByEmail(trx, email);
        if (other && other.id !== owner)
          throw signInFailed(
            'identity-taken',
            `${email} belongs to another microcred account; ask your administrator to merge them.`,
            { linking, email },
          );
      }
      if (identity) await repo.touchIdentity(trx, identity.id, now, email);
      else await link(trx, owner, provider.id, claims.sub, email, now);
      await rememberEmail(trx, owner, email, now);
      return owner;
    }
    if (identity) {
      await requireWithinReach(trx, provider, identity.user_id);
      const user = await activeUser(trx, identity.user_id, email ?? identity.email ?? undefined);
      await repo.touchIdentity(trx, identity.id, now, email ?? identity.email);
      await rememberEmail(trx, user.id, email, now);
      return user.id;
    }
    if (!email)
      throw signInFailed(
        'unverified-email',
        typeof claims.email === 'string'
          ? `${provider.name} has not verified ${claims.email}, so we cannot tell whose account it is.`
          : `${provider.name} did not share a verified email address, so we cannot tell whose account it is.`,
        typeof claims.email === 'string' ? { email: claims.email.slice(0, 320) } : {},
      );
    const found = await findUserByEmail(trx, email);
    if (!found)
      throw signInFailed(
        'no-account',
        `No microcred account for ${email}. Ask your district to add you, or sign in with the address they use.`,
        { email },
      );
    await requireWithinReach(trx, provider, found.id);
    const user = await activeUser(trx, found.id, email);
    await link(trx, user.id, provider.id, claims.sub, email, now);
    return user.id;
  });
  return { userId, returnTo: safeReturnPath(login.return_to), linked: linking };
}

/**
 * The account, ready to sign in. Someone a roster import added (status `invited`, no password yet)
 * becomes active by signing in through their district's provider for the first time.
 */
async function activeUser(db: Queryable, userId: string, email: string | undefined) {
  const user = await findUserById(db, userId);
  if (!user || user.status === 'deactivated')
    throw signInFailed(
      'deactivated',
      'This microcred account is deactivated. Ask your administrator to restore it.',
      email ? { email } : {},
    );
  if (user.status === 'invited')
    await db.updateTable('users').set({ status: 'active' }).where('id', '=', user.id).execute();
  return user;
}

const link = (
  db: Queryable,
  userId: string,
  providerId: string,
  subject: string,
  email: string | null,
  now: string,
) =>
  repo.insertIdentity(db, {
    id: randomUUID(),
    user_id: userId,
    provider_id: providerId,
    subject,
    email,
    created_at: now,
    last_used_at: now,
  });

/**
 * A verified address of a linked account becomes one of the person's addresses, unless it is
 * already theirs or someone else's.
 */
async function rememberEmail(db: Queryable, userId: string, email: string | null, now: string) {
  if (!email || (await findUserByEmail(db, email))) return;
  await repo.insertUserEmail(db, { email, user_id: userId, verified_at: now, created_at: now });
}
