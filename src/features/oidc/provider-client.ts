import * as client from 'openid-client';
import { decryptSecret } from '../../openbadges/index.js';
import type { Deps } from '../../server/deps.js';
import type { ProviderRow } from './oidc.repository.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
/** Seconds to wait for a provider's discovery, token and UserInfo endpoints. */
const TIMEOUT_SECONDS = 10;

const onLoopback = (url: string) => {
  try {
    return LOOPBACK.has(new URL(url).hostname);
  } catch {
    return false;
  }
};

/**
 * Plain http is allowed only for an issuer on this machine, and only while microcred itself runs
 * on this machine (development, tests, the demo and e2e: `publicUrl` is on localhost). A server
 * others use requires https, so an admin cannot point it at ports on its own host.
 */
export const allowsPlainHttp = (issuerUrl: string, publicUrl: string) =>
  issuerUrl.startsWith('http://') && onLoopback(issuerUrl) && onLoopback(publicUrl);

/** Whether sign-in may use this issuer URL: https, or plain http as `allowsPlainHttp` says. */
export const issuerAllowed = (issuerUrl: string, publicUrl: string) =>
  issuerUrl.startsWith('https://') || allowsPlainHttp(issuerUrl, publicUrl);

export const redirectUriOf = (publicUrl: string, slug: string) => `${publicUrl}/auth/oidc/${slug}/callback`;

/** Fetches the provider's discovery document and prepares a client for it (throws when unreachable). */
export async function discover(
  provider: Pick<ProviderRow, 'issuer_url' | 'client_id' | 'client_secret_encrypted'>,
  deps: Pick<Deps, 'secret' | 'config'>,
): Promise<client.Configuration> {
  if (!issuerAllowed(provider.issuer_url, deps.config.publicUrl))
    throw new Error(`The issuer ${provider.issuer_url} must use https://.`);
  const clientSecret = decryptSecret(provider.client_secret_encrypted, deps.secret);
  return client.discovery(new URL(provider.issuer_url), provider.client_id, clientSecret, undefined, {
    timeout: TIMEOUT_SECONDS,
    ...(allowsPlainHttp(provider.issuer_url, deps.config.publicUrl)
      ? { execute: [client.allowInsecureRequests] }
      : {}),
  });
}

/** The URL that sends a person to the provider, with PKCE (S256), state and nonce. */
export async function authorizationUrl(
  config: client.Configuration,
  input: { redirectUri: string; scopes: string; state: string; nonce: string; codeVerifier: string },
): Promise<URL> {
  return client.buildAuthorizationUrl(config, {
    redirect_uri: input.redirectUri,
    scope: input.scopes,
    response_type: 'code',
    state: input.state,
    nonce: input.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(input.codeVerifier),
    code_challenge_method: 'S256',
  });
}

export type ProviderClaims = { sub: string; email?: unknown; email_verified?: unknown; xms_edov?: unknown };

/**
 * Exchanges the code for tokens and checks the ID token (signature, issuer, audience, expiry,
 * nonce) and the response's state. Claims missing from the ID token (some providers put the
 * address only in UserInfo) are read from the UserInfo endpoint for the same subject.
 */
export async function exchangeCode(
  config: client.Configuration,
  callbackUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<ProviderClaims> {
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    pkceCodeVerifier: checks.codeVerifier,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('The provider returned no ID token.');
  const out: ProviderClaims = {
    sub: claims.sub,
    email: claims.email,
    email_verified: claims.email_verified,
    xms_edov: claims.xms_edov,
  };
  if (out.email === undefined && config.serverMetadata().userinfo_endpoint) {
    const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    out.email = info.email;
    out.email_verified = info.email_verified;
    out.xms_edov = (info as Record<string, unknown>).xms_edov;
  }
  return out;
}

export const isProviderError = (e: unknown): e is client.AuthorizationResponseError =>
  e instanceof client.AuthorizationResponseError;

/** A network or protocol error in words, with its cause (ECONNREFUSED, a timeout…). */
export function describeError(e: unknown): string {
  const err = e as { message?: string; cause?: { code?: string; message?: string } };
  const cause = err.cause?.code ?? err.cause?.message;
  return [err.message ?? String(e), cause ? `(${cause})` : ''].filter(Boolean).join(' ');
}
