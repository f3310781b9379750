import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import type { App } from '../../server/http.js';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test-support/factories.js';
import { signIn } from '../../test-support/http.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';
import { startDevProvider, type DevProvider } from './dev-provider.js';

/**
 * Sign-in through real OpenID Connect providers (oidc-provider, started here on free ports): the
 * full authorization code flow with PKCE, state and nonce, driven by a small browser that follows
 * redirects between the provider (real HTTP) and microcred (`app.inject`).
 */
let deps: TestDeps;
let app: App;
let district: DevProvider;
let personal: DevProvider;
let closed: DevProvider;
/** Lakeside's own provider: Lakeside's admin can make it assert any address. */
let lake: DevProvider;
let admin: { id: string; email: string };
let lee: { id: string; email: string };
let ana: { id: string; email: string };
let dual: { id: string; email: string };
let stateAdmin: { id: string; email: string };
let maya: { id: string; email: string };
let sam: { id: string; email: string };
let retired: { id: string; email: string };
let kim: { id: string; email: string };
let newcomer: { id: string; email: string };

const SECRET = 'test-client-secret-0123456789';
const SLUGS = ['district-sso', 'personal', 'unverified-sso', 'down', 'lakeside-sso', 'platform-sso'];

beforeAll(async () => {
  deps = await createTestDeps();
  app = await buildApp(deps, { logger: false, serveWeb: false });
  const clients = [
    {
      clientId: 'microcred',
      clientSecret: SECRET,
      redirectUris: SLUGS.map((s) => `${deps.config.publicUrl}/auth/oidc/${s}/callback`),
    },
  ];
  const platform = await buildOrg(deps.db, 'platform', 'Platform');
  const state = await buildOrg(deps.db, 'state', 'State');
  const org = await buildOrg(deps.db, 'district', 'Riverside', state.id);
  admin = await buildUser(deps.db, {
    email: 'admin@test.example',
    roles: [['platform_admin', platform.id]],
  });
  const lakeside = await buildOrg(deps.db, 'district', 'Lakeside', state.id);
  const riversideSchool = await buildOrg(deps.db, 'school', 'Riverside High', org.id);
  const issuerOrg = await buildOrg(deps.db, 'issuer', 'Some Issuer');
  const lakeAdmin = await buildUser(deps.db, {
    email: 'lake-admin@test.example',
    roles: [['district_admin', lakeside.id]],
  });
  lee = await buildUser(deps.db, { email: 'lee@lakeside.example', roles: [['educator', lakeside.id]] });
  ana = await buildUser(deps.db, { email: 'ana@example.org', roles: [['educator', riversideSchool.id]] });
  dual = await buildUser(deps.db, {
    email: 'dual@example.org',
    roles: [
      ['educator', org.id],
      ['assessor', issuerOrg.id],
    ],
  });
  stateAdmin = await buildUser(deps.db, { email: 'state@example.org', roles: [['state_admin', state.id]] });
  maya = await buildUser(deps.db, { email: 'maya@example.org', name: 'Maya', roles: [['educator', org.id]] });
  sam = await buildUser(deps.db, { email: 'sam@example.org', name: 'Sam', roles: [['educator', org.id]] });
  kim = await buildUser(deps.db, { email: 'kim@example.org', name: 'Kim', roles: [['educator', org.id]] });
  retired = await buildUser(deps.db, { email: 'retired@example.org', roles: [['educator', org.id]] });
  await deps.db.updateTable('users').set({ status: 'deactivated' }).where('id', '=', retired.id).execute();
  // As a roster import leaves someone new: no password yet, status `invited`.
  newcomer = await buildUser(deps.db, { email: 'new@example.org', roles: [['educator', org.id]] });
  await deps.db
    .updateTable('users')
    .set({ status: 'invited', password_hash: null })
    .where('id', '=', newcomer.id)
    .execute();

  district = await startDevProvider({
    clients,
    accounts: [
      { sub: 'd-maya', email: 'maya@example.org', name: 'Maya' },
      { sub: 'd-kim', email: 'kim@example.org', name: 'Kim' },
      { sub: 'd-stranger', email: 'stranger@example.org', name: 'Stranger' },
      { sub: 'd-retired', email: 'retired@example.org', name: 'Retired' },
      { sub: 'd-new', email: 'new@example.org', name: 'Newcomer' },
      { sub: 'd-unverified', email: 'sam@example.org', name: 'Sam', emailVerified: false },
      { sub: 'd-silent', email: 'sam@example.org', name: 'Sam', emailVerified: 'omit' },
      { sub: 'd-ana', email: 'ana@example.org', name: 'Ana' },
      { sub: 'd-dual', email: 'dual@example.org', name: 'Dual' },
      { sub: 'd-state', email: 'state@example.org', name: 'State admin' },
    ],
  });
  lake = await startDevProvider({
    clients,
    accounts: [
      { sub: 'l-admin', email: 'admin@test.example', name: 'Not really the platform admin' },
      { sub: 'l-maya', email: 'maya@example.org', name: 'Not really Maya' },
      { sub: 'l-lee', email: 'lee@lakeside.example', name: 'Lee' },
      { sub: 'l-linked', email: 'nobody@lakeside.example', name: 'Someone linked' },
    ],
  });
  personal = await startDevProvider({
    clients,
    accounts: [
      { sub: 'p-sam', email: 'sam.personal@mail.example', name: 'Sam' },
      { sub: 'p-maya', email: 'maya.home@mail.example', name: 'Maya' },
      { sub: 'p-lee', email: 'lee.home@mail.example', name: 'Lee' },
    ],
  });
  closed = await startDevProvider({ clients, accounts: [] });
  await closed.close();

  const adminCookie = await signIn(app, admin.email);
  const add = async (slug: string, issuerUrl: string, kind = 'oidc', by = adminCookie, orgId = org.id) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/sign-in-providers',
      headers: { cookie: by },
      payload: {
        orgId,
        slug,
        name: `Sign-in ${slug}`,
        kind,
        issuerUrl,
        clientId: 'microcred',
        clientSecret: SECRET,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
  };
  await add('district-sso', district.issuer, 'clever');
  await add('unverified-sso', district.issuer, 'oidc');
  await add('personal', personal.issuer, 'google');
  await add('down', closed.issuer);
  // Lakeside's admin adds Lakeside's provider, as any district admin may.
  await add('lakeside-sso', lake.issuer, 'oidc', await signIn(app, lakeAdmin.email), lakeside.id);
  await add('platform-sso', lake.issuer, 'oidc', adminCookie, platform.id);
});
afterAll(async () => {
  await app.close();
  await lake.close();
  await district.close();
  await personal.close();
  await deps.close();
});

type Landing = { status: number; location: string; body: string; appCookies: Map<string, string> };

/**
 * A browser with two cookie jars: microcred's (via inject) and the providers' (via fetch). Signs in
 * at the provider as `email` and stops when microcred answers the callback (or `stopAtCallback`).
 */
class Browser {
  appCookies = new Map<string, string>();
  providerCookies = new Map<string, string>();
  lastCallback = '';

  constructor(sessionCookie?: string) {
    if (sessionCookie) {
      const [name, value] = sessionCookie.split('=');
      this.appCookies.set(name!, value!);
    }
  }

  private cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

  async app(url: string, accept = 'text/html') {
    const res = await app.inject({
      method: 'GET',
      url,
      headers: { cookie: this.cookieHeader(this.appCookies), accept },
    });
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.appCookies.delete(c.name);
      else this.appCookies.set(c.name, c.value);
    }
    return res;
  }

  private async provider(url: string, init: RequestInit = {}) {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers ?? {}), cookie: this.cookieHeader(this.providerCookies) },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i);
      const value = pair!.slice(i + 1);
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line)) this.providerCookies.delete(name);
      else this.providerCookies.set(name, value);
    }
    return res;
  }

  /** Starts at microcred, signs in at the provider, and follows redirects back to microcred's callback. */
  async signInWith(
    slug: string,
    email: string,
    opts: { query?: string; beforeCallback?: (callbackPath: string) => Promise<void> } = {},
  ): Promise<Landing> {
    const start = await this.app(`/auth/oidc/${slug}/start${opts.query ?? ''}`);
    if (start.statusCode !== 302) return this.landing(start);
    let url = start.headers.location as string;
    for (let hop = 0; hop < 12; hop++) {
      if (url.startsWith(deps.config.publicUrl)) {
        const path = url.slice(deps.config.publicUrl.length);
        this.lastCallback = path;
        await opts.beforeCallback?.(path);
        return this.landing(await this.app(path));
      }
      const res = await this.provider(url);
      if (res.status === 200 && /\/interaction\/[\w-]+$/.test(new URL(url).pathname)) {
        const posted = await this.provider(`${url}/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ email, password: 'anything' }).toString(),
        });
        if (posted.status === 200) throw new Error(`provider refused ${email}: ${await posted.text()}`);
        url = new URL(posted.headers.get('location')!, url).href;
        continue;
      }
      if (res.status < 300 || res.status >= 400)
        throw new Error(`provider said ${res.status}: ${await res.text()}`);
      url = new URL(res.headers.get('location')!, url).href;
    }
    throw new Error('too many redirects');
  }

  private landing(res: Awaited<ReturnType<Browser['app']>>): Landing {
    return {
      status: res.statusCode,
      location: String(res.headers.location ?? ''),
      body: res.body,
      appCookies: this.appCookies,
    };
  }

  async me() {
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: this.cookieHeader(this.appCookies) },
    });
    return res.statusCode === 200 ? (res.json() as { id: string; email: string }) : null;
  }
}

const identitiesOf = (userId: string) =>
  deps.db.selectFrom('user_identities').selectAll().where('user_id', '=', userId).execute();

describe('sign-in through an OpenID Connect provider', () => {
  it('lists enabled providers publicly, with nothing secret', async () => {
    const res = await app.inject({ url: '/api/v1/auth/providers' });
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .items.map((p: { slug: string }) => p.slug)
        .sort(),
    ).toEqual([...SLUGS].sort());
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toContain('clientId');
  });

  it('first sign-in links by verified email; the next one finds the person by subject', async () => {
    const b = new Browser();
    const first = await b.signInWith('district-sso', 'maya@example.org', {
      query: '?next=/catalog%3Ftopic%3Dmath',
    });
    expect(first.status).toBe(303);
    expect(first.location).toBe('/catalog?topic=math');
    expect((await b.me())?.id).toBe(maya.id);
    expect(await identitiesOf(maya.id)).toMatchObject([{ subject: 'd-maya', email: 'maya@example.org' }]);

    // The district changes her address at the provider: the subject still finds her.
    district.addAccount({ sub: 'd-maya', email: 'maya.t@riverside.example', name: 'Maya' });
    const again = new Browser();
    const second = await again.signInWith('district-sso', 'maya.t@riverside.example');
    expect(second.location).toBe('/');
    expect((await again.me())?.id).toBe(maya.id);
    expect(await identitiesOf(maya.id)).toHaveLength(1);
    const emails = await deps.db
      .selectFrom('user_emails')
      .select('email')
      .where('user_id', '=', maya.id)
      .execute();
    expect(emails).toEqual([{ email: 'maya.t@riverside.example' }]);
  });

  it('refuses an address the provider has not verified, and one without email_verified from a generic provider', async () => {
    const b = new Browser();
    const res = await b.signInWith('unverified-sso', 'sam@example.org');
    expect(res.status).toBe(303);
    expect(res.location).toMatch(/^\/signin\?error=unverified-email/);
    expect(await b.me()).toBeNull();
    district.addAccount({
      sub: 'd-unverified',
      email: 'sam@example.org',
      name: 'Sam',
      emailVerified: 'omit',
    });
    const silent = await new Browser().signInWith('unverified-sso', 'sam@example.org');
    expect(silent.location).toMatch(/^\/signin\?error=unverified-email/);
    expect(await identitiesOf(sam.id)).toHaveLength(0);
  });

  it('refuses an unknown address with a page that names it, and a deactivated account', async () => {
    const unknown = await new Browser().signInWith('district-sso', 'stranger@example.org');
    expect(unknown.location).toBe('/signin?error=no-account&email=stranger%40example.org');
    const b = new Browser();
    const gone = await b.signInWith('district-sso', 'retired@example.org');
    expect(gone.location).toMatch(/^\/signin\?error=deactivated/);
    expect(await b.me()).toBeNull();
    expect(await identitiesOf(retired.id)).toHaveLength(0);
  });

  it('signs in someone a roster import added, and makes their account active', async () => {
    const b = new Browser();
    const done = await b.signInWith('district-sso', 'new@example.org');
    expect(done.location).not.toMatch(/error=/);
    expect((await b.me())?.email).toBe('new@example.org');
    const row = await deps.db
      .selectFrom('users')
      .select('status')
      .where('id', '=', newcomer.id)
      .executeTakeFirst();
    expect(row?.status).toBe('active');
  });

  it('answers API clients with 400 SIGN_IN_FAILED, and a wrong state never signs in', async () => {
    const b = new Browser();
    const res = await b.app(
      '/auth/oidc/district-sso/callback?state=not-a-state&code=abc',
      'application/json',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'SIGN_IN_FAILED', details: { reason: 'bad-state' } });
    const page = await b.app('/auth/oidc/district-sso/callback?code=abc');
    expect(page.headers.location).toBe('/signin?error=bad-state');
    const unknown = await b.app('/auth/oidc/nope/start');
    expect(unknown.headers.location).toBe('/signin?error=unknown-provider');
  });

  it('refuses a replayed callback: each state is used once', async () => {
    const b = new Browser();
    await b.signInWith('district-sso', 'kim@example.org');
    expect((await b.me())?.id).toBe(kim.id);
    const replay = new Browser();
    replay.appCookies.set('mc_oidc_state', new URLSearchParams(b.lastCallback.split('?')[1]).get('state')!);
    const res = await replay.app(b.lastCallback, 'application/json');
    expect(res.json().error).toMatchObject({ code: 'SIGN_IN_FAILED', details: { reason: 'bad-state' } });
    expect(await replay.me()).toBeNull();
  });

  it('lets only one of two simultaneous callbacks with the same state finish', async () => {
    const b = new Browser();
    let callback = '';
    await b
      .signInWith('district-sso', 'kim@example.org', {
        beforeCallback: async (path) => {
          callback = path;
          throw new Error('stop here');
        },
      })
      .catch(() => undefined);
    const cookie = `mc_oidc_state=${b.appCookies.get('mc_oidc_state')}`;
    const both = await Promise.all(
      [1, 2].map(() => app.inject({ url: callback, headers: { cookie, accept: 'application/json' } })),
    );
    expect(both.map((r) => r.statusCode).sort()).toEqual([303, 400]);
    // Refused by the used-once login, before the provider is even asked.
    expect(both.find((r) => r.statusCode === 400)!.json().error.details.reason).toBe('bad-state');
  });

  it('refuses an ID token whose nonce does not match the login', async () => {
    const b = new Browser();
    const res = await b.signInWith('district-sso', 'kim@example.org', {
      beforeCallback: async (path) => {
        const state = new URLSearchParams(path.split('?')[1]).get('state')!;
        await deps.db
          .updateTable('oidc_logins')
          .set({ nonce: 'tampered-nonce' })
          .where('id', '=', state)
          .execute();
      },
    });
    expect(res.location).toBe('/signin?error=bad-response');
    expect(await b.me()).toBeNull();
  });

  it('refuses a callback finished in another browser, an expired login and a provider refusal', async () => {
    // The callback arrives in a browser that did not start this sign-in (no state cookie).
    const b = new Browser();
    const stolen = await b.signInWith('district-sso', 'kim@example.org', {
      beforeCallback: async () => {
        b.appCookies.delete('mc_oidc_state');
      },
    });
    expect(stolen.location).toBe('/signin?error=bad-state');
    expect(await b.me()).toBeNull();

    const late = new Browser();
    const expired = await late.signInWith('district-sso', 'kim@example.org', {
      beforeCallback: async () => deps.clock.advance(11 * 60_000),
    });
    expect(expired.location).toBe('/signin?error=expired');

    const refusing = new Browser();
    const start = await refusing.app('/auth/oidc/district-sso/start');
    const state = new URL(start.headers.location as string).searchParams.get('state')!;
    const refused = await refusing.app(
      `/auth/oidc/district-sso/callback?error=access_denied&error_description=User+cancelled&state=${state}`,
    );
    expect(refused.headers.location).toBe('/signin?error=provider-refused');
  });

  it('sends people back to the sign-in page when the provider cannot be reached, never a 500', async () => {
    const res = await new Browser().app('/auth/oidc/down/start');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/signin?error=provider-unavailable');
    const api = await new Browser().app('/auth/oidc/down/start', 'application/json');
    expect(api.statusCode).toBe(400);
  });

  it('never sends people to another site after signing in', async () => {
    const b = new Browser();
    const res = await b.signInWith('district-sso', 'kim@example.org', { query: '?next=//evil.example/x' });
    expect(res.location).toBe('/');
  });

  it('goes on to a return path a Location header cannot carry as given, never a 500', async () => {
    const cases: [string, string][] = [
      ['?next=/%E2%9C%93', '/%E2%9C%93'],
      ['?next=/a%7Fb', '/'],
      ['?next=/caf%C3%A9%3Fq%3D%C3%BC', '/caf%C3%A9?q=%C3%BC'],
    ];
    for (const [query, location] of cases) {
      const b = new Browser();
      const res = await b.signInWith('district-sso', 'kim@example.org', { query });
      expect(res.status, query).toBe(303);
      expect(res.location, query).toBe(location);
      expect((await b.me())?.id, query).toBe(kim.id);
    }
  });
});

describe("a provider signs in only its organization's people", () => {
  const providerId = async (slug: string) =>
    (
      await deps.db
        .selectFrom('oidc_providers')
        .select('id')
        .where('slug', '=', slug)
        .executeTakeFirstOrThrow()
    ).id;

  it("a district's own provider cannot sign in the platform admin, nor another district's staff", async () => {
    for (const email of [admin.email, maya.email]) {
      const b = new Browser();
      const res = await b.signInWith('lakeside-sso', email);
      expect(res.status, email).toBe(303);
      expect(res.location, email).toBe('/signin?error=outside-organization');
      expect(b.appCookies.has('mc_session'), email).toBe(false);
      expect(await b.me(), email).toBeNull();
    }
    expect((await identitiesOf(admin.id)).map((i) => i.subject)).not.toContain('l-admin');
    expect((await identitiesOf(maya.id)).map((i) => i.subject)).not.toContain('l-maya');
    // API clients get the reason and a message that says whose sign-in this is.
    const api = new Browser();
    await api
      .signInWith('lakeside-sso', admin.email, {
        beforeCallback: async (path) => {
          const res = await api.app(path, 'application/json');
          expect(res.statusCode).toBe(400);
          expect(res.json().error).toMatchObject({
            code: 'SIGN_IN_FAILED',
            details: { reason: 'outside-organization' },
          });
          expect(res.json().error.message).toContain('Lakeside staff');
          throw new Error('checked');
        },
      })
      .catch((e: Error) => expect(e.message).toBe('checked'));
  });

  it('an identity already linked to someone outside the organization does not sign them in', async () => {
    const at = deps.clock.now().toISOString();
    await deps.db
      .insertInto('user_identities')
      .values({
        id: 'linked-before',
        user_id: admin.id,
        provider_id: await providerId('lakeside-sso'),
        subject: 'l-linked',
        email: null,
        created_at: at,
        last_used_at: null,
      })
      .execute();
    const b = new Browser();
    const res = await b.signInWith('lakeside-sso', 'nobody@lakeside.example');
    expect(res.location).toBe('/signin?error=outside-organization');
    expect(await b.me()).toBeNull();
  });

  it('refuses someone who also belongs elsewhere (another organization, the state), even at their own district', async () => {
    for (const who of [dual, stateAdmin]) {
      const b = new Browser();
      const res = await b.signInWith('district-sso', who.email);
      expect(res.location, who.email).toBe('/signin?error=outside-organization');
      expect(await b.me(), who.email).toBeNull();
      expect(await identitiesOf(who.id)).toHaveLength(0);
    }
  });

  it("signs in the district's and its schools' staff; the platform's provider signs in anyone", async () => {
    const atLakeside = new Browser();
    expect((await atLakeside.signInWith('lakeside-sso', lee.email)).location).toBe('/');
    expect((await atLakeside.me())?.id).toBe(lee.id);
    const atSchool = new Browser();
    expect((await atSchool.signInWith('district-sso', ana.email)).location).toBe('/');
    expect((await atSchool.me())?.id).toBe(ana.id);
    const platform = new Browser();
    expect((await platform.signInWith('platform-sso', admin.email)).location).toBe('/');
    expect((await platform.me())?.id).toBe(admin.id);
  });

  it("links another organization's account to nobody it does not look after", async () => {
    const b = new Browser(await signIn(app, lee.email));
    const res = await b.signInWith('personal', 'lee.home@mail.example', { query: '?link=1' });
    expect(res.location).toBe('/settings?error=outside-organization');
    expect(await identitiesOf(lee.id)).toMatchObject([{ subject: 'l-lee' }]);
    const a = new Browser(await signIn(app, admin.email));
    const byLake = await a.signInWith('lakeside-sso', admin.email, { query: '?link=1' });
    expect(byLake.location).toBe('/settings?error=outside-organization');
    expect((await identitiesOf(admin.id)).map((i) => i.subject).sort()).toEqual(['l-admin', 'l-linked']);
  });
});

describe('linking accounts', () => {
  it('links a personal account to a signed-in person; signing in with it is the same person', async () => {
    const b = new Browser(await signIn(app, sam.email));
    const linked = await b.signInWith('personal', 'sam.personal@mail.example', { query: '?link=1' });
    expect(linked.location).toBe('/settings');
    expect(await identitiesOf(sam.id)).toMatchObject([{ subject: 'p-sam' }]);

    const fresh = new Browser();
    await fresh.signInWith('personal', 'sam.personal@mail.example');
    expect((await fresh.me())?.id).toBe(sam.id);

    // The linked address is one of Sam's: it lists, and it finds Sam at password sign-in too.
    const cookie = `mc_session=${fresh.appCookies.get('mc_session')}`;
    const emails = await app.inject({ url: '/api/v1/me/emails', headers: { cookie } });
    expect(emails.json().items).toEqual([
      { email: 'sam@example.org', primary: true, verifiedAt: null },
      expect.objectContaining({ email: 'sam.personal@mail.example', primary: false }),
    ]);
    const byLinked = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'sam.personal@mail.example', password: TEST_PASSWORD },
    });
    expect(byLinked.json().id).toBe(sam.id);
  });

  it('refuses to link an account that already belongs to someone else', async () => {
    const b = new Browser(await signIn(app, maya.email));
    const res = await b.signInWith('personal', 'sam.personal@mail.example', { query: '?link=1' });
    expect(res.location).toMatch(/^\/settings\?error=identity-taken/);
    expect((await identitiesOf(maya.id)).map((i) => i.subject)).not.toContain('p-sam');
  });

  it('linking needs a signed-in person, in the same browser that started it', async () => {
    const anon = await new Browser().app('/auth/oidc/personal/start?link=1');
    expect(anon.headers.location).toBe('/settings?error=link-session');
    const b = new Browser(await signIn(app, maya.email));
    const res = await b.signInWith('personal', 'maya.home@mail.example', {
      query: '?link=1',
      beforeCallback: async () => {
        b.appCookies.set('mc_session', (await signIn(app, sam.email)).split('=')[1]!);
      },
    });
    expect(res.location).toBe('/settings?error=link-session');
    expect((await identitiesOf(sam.id)).map((i) => i.subject)).not.toContain('p-maya');
  });

  it('keeps the last way to sign in, and the main address', async () => {
    const cookie = await signIn(app, sam.email);
    const list = await app.inject({ url: '/api/v1/me/identities', headers: { cookie } });
    expect(list.json()).toMatchObject({ hasPassword: true, items: [{ providerSlug: 'personal' }] });
    const primary = await app.inject({
      method: 'DELETE',
      url: '/api/v1/me/emails/sam%40example.org',
      headers: { cookie },
    });
    expect(primary.statusCode).toBe(403);
    const other = await app.inject({
      method: 'DELETE',
      url: `/api/v1/me/emails/maya%40example.org`,
      headers: { cookie },
    });
    expect(other.statusCode).toBe(404);

    // Without a password, the only linked account cannot be removed.
    await deps.db.updateTable('users').set({ password_hash: null }).where('id', '=', sam.id).execute();
    const id = list.json().items[0].id;
    const refused = await app.inject({
      method: 'DELETE',
      url: `/api/v1/me/identities/${id}`,
      headers: { cookie },
    });
    expect(refused.statusCode).toBe(403);
    const mayas = await app.inject({
      method: 'DELETE',
      url: `/api/v1/me/identities/${id}`,
      headers: { cookie: await signInAs(maya.email) },
    });
    expect(mayas.statusCode).toBe(404);
    await deps.db
      .updateTable('users')
      .set({ password_hash: (await passwordOf(maya.id))! })
      .where('id', '=', sam.id)
      .execute();
    const ok = await app.inject({
      method: 'DELETE',
      url: `/api/v1/me/identities/${id}`,
      headers: { cookie },
    });
    expect(ok.statusCode).toBe(204);
    const removed = await app.inject({
      method: 'DELETE',
      url: '/api/v1/me/emails/sam.personal%40mail.example',
      headers: { cookie },
    });
    expect(removed.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/v1/me/emails', headers: { cookie } })).json().items).toHaveLength(
      1,
    );
  });
});

const signInAs = (email: string) => signIn(app, email);
const passwordOf = async (userId: string) =>
  (
    await deps.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow()
  ).password_hash;
