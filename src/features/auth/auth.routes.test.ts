import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import type { App } from '../../server/http.js';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test-support/factories.js';
import { signIn } from '../../test-support/http.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';
import { MAX_FAILURES_PER_EMAIL } from './log-in.js';

let deps: TestDeps;
let app: App;
let user: { id: string; email: string };

beforeAll(async () => {
  deps = await createTestDeps();
  app = await buildApp(deps, { logger: false, serveWeb: false });
  const school = await buildOrg(deps.db, 'school', 'Lakeside Elementary');
  user = await buildUser(deps.db, {
    email: 'teacher@example.test',
    name: 'Tess Teacher',
    roles: [['educator', school.id]],
  });
});
afterAll(async () => {
  await app.close();
  await deps.close();
});

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns the user with memberships', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'Teacher@Example.test ', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'mc_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    expect(res.json()).toMatchObject({
      id: user.id,
      name: 'Tess Teacher',
      memberships: [{ role: 'educator', orgName: 'Lakeside Elementary' }],
    });
  });

  it('refuses a wrong password with 401 INVALID_CREDENTIALS and an unknown email the same way', async () => {
    for (const email of [user.email, 'nobody@example.test']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: 'wrong' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
    }
  });

  it('rejects malformed JSON and missing fields with 400', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('MALFORMED_JSON');
    const missing = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a@b.c' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('locks an email after repeated failures, even with the right password, and says when to retry', async () => {
    const target = await buildUser(deps.db, { email: 'locked@example.test' });
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: target.email, password: 'nope' },
      });
    }
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: target.email, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(res.headers['retry-after']).toBeDefined();
    deps.clock.advance(16 * 60_000);
    await signIn(app, target.email);
  });
});

describe('sessions', () => {
  it('GET /api/v1/me needs a session', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('sign-out ends the session on the server', async () => {
    const cookie = await signIn(app, user.email);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(
      200,
    );
    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(
      401,
    );
  });

  it('refuses cross-site writes and non-JSON bodies', async () => {
    const cookie = await signIn(app, user.email);
    const crossSite = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().error.code).toBe('CROSS_SITE_REQUEST');
    const otherOrigin = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(otherOrigin.statusCode).toBe(403);
    const form = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
    });
    expect(form.statusCode).toBe(415);
    const sameOrigin = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' },
    });
    expect(sameOrigin.statusCode).toBe(204);
  });
});

describe('health and docs', () => {
  it('reports 503 until ready, then ok', async () => {
    deps.readiness.ready = false;
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(503);
    const early = await app.inject({ url: '/api/v1/micro-credentials' });
    expect(early.statusCode).toBe(503);
    expect(early.json().error.code).toBe('NOT_READY');
    expect(early.headers['retry-after']).toBe('5');
    deps.readiness.ready = true;
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
  });
  it('serves OpenAPI 3.1', async () => {
    const doc = (await app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/auth/login']).toBeDefined();
    expect(Object.keys(doc.paths).length).toBeGreaterThan(25);
    const ui = await app.inject({ url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });
  it('answers unknown API paths with a JSON 404', async () => {
    const res = await app.inject({ url: '/api/v1/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });
});

describe('throttling under concurrency', () => {
  it('twenty simultaneous wrong guesses still lock the email after five', async () => {
    const target = await buildUser(deps.db, { email: 'raced@example.test' });
    const rs = await Promise.all(
      Array.from({ length: 20 }, () =>
        app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: target.email, password: 'wrong guess' },
        }),
      ),
    );
    expect(rs.filter((r) => r.statusCode === 401).length).toBeLessThanOrEqual(MAX_FAILURES_PER_EMAIL);
    expect(rs.filter((r) => r.statusCode === 429).length).toBeGreaterThanOrEqual(20 - MAX_FAILURES_PER_EMAIL);
  });
});
