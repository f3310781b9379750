/**
 * A real OpenID Connect provider (oidc-provider) to sign in through on this machine: used by the
 * tests, the e2e journey and `scripts/oidc-dev-provider.ts`. Not part of the server: nothing the
 * server runs imports it, and `oidc-provider` is a development dependency.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

export type DevAccount = {
  /** The provider's subject for this person; defaults to one made from the address. */
  sub?: string;
  email: string;
  name: string;
  /** What the provider says about the address; defaults to true. Omit the claim with `'omit'`. */
  emailVerified?: boolean | 'omit';
};

export type DevClient = { clientId: string; clientSecret: string; redirectUris: string[] };

export type DevProviderOptions = {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** The issuer's host name in URLs; defaults to 127.0.0.1 (use localhost for browsers). */
  publicHost?: string;
  clients: DevClient[];
  accounts: DevAccount[];
  title?: string;
};

export type DevProvider = {
  issuer: string;
  port: number;
  provider: Provider;
  /** Adds or replaces an account while running. */
  addAccount: (a: DevAccount) => void;
  close: () => Promise<void>;
};

export const subjectOf = (a: DevAccount) =>
  a.sub ?? `dev-${Buffer.from(a.email.toLowerCase()).toString('hex')}`;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function loginPage(title: string, uid: string, accounts: DevAccount[], client: string, error?: string) {
  const options = accounts
    .map((a) => `<option value="${escapeHtml(a.email)}">${escapeHtml(a.name)}</option>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign in · ${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:26rem;margin:3rem auto;padding:0 1rem;color:#1f2937}
label{display:block;font-weight:600;margin-top:1rem}input{width:100%;font:inherit;padding:.6rem;border:1px solid #6b7280;border-radius:.4rem;box-sizing:border-box}
button{margin-top:1.2rem;font:inherit;padding:.6rem 1.2rem;border:0;border-radius:.4rem;background:#1d4ed8;color:#fff}
.err{color:#b91c1c;font-weight:600}small{color:#4b5563}</style></head><body>
<h1>${escapeHtml(title)}</h1><p>Sign in to continue to <strong>${escapeHtml(client)}</strong>.</p>
${error ? `<p class="err" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" list="accounts" required autofocus>
<datalist id="accounts">${options}</datalist>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password">
<small>Development provider: any password is accepted.</small><br>
<button type="submit">Sign in</button></form></body></html>`;
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body);
}

/** Starts the provider; resolves once it listens. */
export async function startDevProvider(options: DevProviderOptions): Promise<DevProvider> {
  const accounts = new Map<string, DevAccount>();
  const bySub = new Map<string, DevAccount>();
  const addAccount = (a: DevAccount) => {
    accounts.set(a.email.toLowerCase(), a);
    bySub.set(subjectOf(a), a);
  };
  options.accounts.forEach(addAccount);
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://${options.publicHost ?? '127.0.0.1'}:${port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'dev', alg: 'RS256', use: 'sig' };

  const configuration: Configuration = {
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    })),
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // First-party: the person already chose to sign in, so no consent screen.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    findAccount: async (_ctx, sub) => {
      const a = bySub.get(sub);
      if (!a) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          email: a.email,
          name: a.name,
          ...(a.emailVerified === 'omit' ? {} : { email_verified: a.emailVerified ?? true }),
        }),
      };
    },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
  };
  const provider = new Provider(issuer, configuration);
  const title = options.title ?? 'Development sign-in';
  const callback = provider.callback();

  server.on('request', (req, res) => {
    const m = /^\/interaction\/([\w-]+)(\/login)?$/.exec((req.url ?? '').split('?')[0]!);
    if (!m) {
      void callback(req, res);
      return;
    }
    const [, uid, login] = m;
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        const clientId = String(details.params.client_id ?? '');
        if (details.prompt.name !== 'login') {
          // Consent is given by loadExistingGrant; anything else just continues.
          return await provider.interactionFinished(req, res, {}, { mergeWithLastSubmission: true });
        }
        if (req.method === 'POST' && login) {
          const email = ((await readForm(req)).get('email') ?? '').trim().toLowerCase();
          const account = accounts.get(email);
          if (!account) {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            return res.end(
              loginPage(title, uid!, [...accounts.values()], clientId, `No account for ${email}.`),
            );
          }
          return await provider.interactionFinished(
            req,
            res,
            { login: { accountId: subjectOf(account) } },
            { mergeWithLastSubmission: false },
          );
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(loginPage(title, uid!, [...accounts.values()], clientId));
      } catch (e) {
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`Sign-in could not continue: ${(e as Error).message}`);
      }
    })();
  });

  return {
    issuer,
    port,
    provider,
    addAccount,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
