import * as client from 'openid-client';
import type { Deps } from '../../server/deps.js';
import type { Auth } from '../auth/auth-context.js';
import { safeReturnPath } from './email-trust.js';
import * as repo from './oidc.repository.js';
import { authorizationUrl, describeError, discover, redirectUriOf } from './provider-client.js';
import { signInFailed } from './sign-in-failure.js';

/** How long someone has to sign in at the provider and come back. */
export const LOGIN_MINUTES = 10;

/**
 * Starts a sign-in (or, with `link`, linking another account to the signed-in person): records
 * the login in flight (its id is the `state`; a fresh nonce and PKCE verifier) and returns where to
 * send the browser.
 */
export async function startSignIn(
  deps: Pick<Deps, 'db' | 'clock' | 'config' | 'secret' | 'log'>,
  auth: Auth | null,
  input: { slug: string; next?: string; link?: boolean },
): Promise<{ url: string; state: string }> {
  const provider = await repo.findProviderBySlug(deps.db, input.slug);
  if (!provider || provider.enabled !== 1)
    throw signInFailed('unknown-provider', 'That sign-in option is not available.', {
      linking: !!input.link,
    });
  if (input.link && !auth)
    throw signInFailed('link-session', 'Sign in first, then link another account from your settings.', {
      linking: true,
    });
  let config: client.Configuration;
  try {
    config = await discover(provider, deps);
  } catch (e) {
    deps.log.warn({ provider: provider.slug, err: describeError(e) }, 'identity provider unreachable');
    throw signInFailed(
      'provider-unavailable',
      `${provider.name} cannot be reached right now. Try again in a minute, or sign in with your password.`,
      { linking: !!input.link },
    );
  }
  const now = deps.clock.now();
  await repo.deleteExpiredLogins(deps.db, now.toISOString());
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  await repo.insertLogin(deps.db, {
    id: state,
    provider_id: provider.id,
    nonce,
    code_verifier: codeVerifier,
    return_to: safeReturnPath(input.next ?? (input.link ? '/settings' : '/')),
    link_user_id: input.link ? auth!.userId : null,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + LOGIN_MINUTES * 60_000).toISOString(),
  });
  const url = await authorizationUrl(config, {
    redirectUri: redirectUriOf(deps.config.publicUrl, provider.slug),
    scopes: provider.scopes,
    state,
    nonce,
    codeVerifier,
  });
  return { url: url.href, state };
}
