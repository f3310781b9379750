import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from './http.js';
import { buildApp } from './app.js';
import { createTestDeps, type TestDeps } from '../test-support/test-deps.js';

/**
 * Every route has an access rule. Routes anyone may use are listed here on purpose; every other
 * route must refuse an anonymous caller with 401 before it does anything.
 */
const PUBLIC = new Set([
  'GET /healthz',
  'GET /api/v1/openapi.json',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'GET /api/v1/micro-credentials',
  'GET /api/v1/micro-credentials/facets',
  'GET /api/v1/micro-credentials/:id',
  'GET /images/micro-credentials/:file',
  'POST /api/v1/verify',
  'OPTIONS /api/v1/verify',
  'GET /credentials/:file',
  'GET /issuers/:slug',
  'GET /issuers/:slug/did.json',
  'GET /issuers/:slug/profile.json',
  'GET /issuers/:slug/ob2',
  'GET /credential-page.js',
  'GET /credentials/:id/ob2',
  'GET /credentials/:id/ob2/badge',
  'GET /status-lists/:id',
  // The W3C VC-API: verifying is open to anyone; issuing checks its API token itself.
  'POST /credentials/verify',
  'POST /presentations/verify',
  'POST /credentials/issue',
  'GET /api/v1/invitations/:token',
  'GET /api/v1/auth/providers',
  'GET /auth/oidc/:slug/start',
  'GET /auth/oidc/:slug/callback',
  'GET /api/v1/pathways',
  'GET /api/v1/pathways/:slug',
  'GET /images/pathways/:file',
  'POST /api/v1/invitations/:token/accept',
]);

let deps: TestDeps;
let app: App;
const routes: { method: string; url: string; public: boolean }[] = [];

beforeAll(async () => {
  deps = await createTestDeps();
  app = await buildApp(deps, {
    logger: false,
    serveWeb: false,
    onRoute: (r) => {
      for (const m of [r.method].flat())
        if (m !== 'HEAD' && !r.url.startsWith('/api/docs'))
          routes.push({ method: m, url: r.url, public: r.public });
    },
  });
});
afterAll(async () => {
  await app.close();
  await deps.close();
});

describe('access rules', () => {
  it('marks exactly the intended routes public', () => {
    expect(routes.length).toBeGreaterThan(30);
    const marked = routes.filter((r) => r.public).map((r) => `${r.method} ${r.url}`);
    expect(new Set(marked)).toEqual(PUBLIC);
  });

  it('every non-public route refuses an anonymous caller with 401', async () => {
    const checked: string[] = [];
    for (const r of routes) {
      const key = `${r.method} ${r.url}`;
      if (PUBLIC.has(key)) continue;
      const url = r.url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
      const res = await app.inject({
        method: r.method as 'GET',
        url,
        ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { payload: {} }),
      });
      expect.soft(res.statusCode, key).toBe(401);
      expect.soft(res.json().error.code, key).toBe('UNAUTHENTICATED');
      checked.push(key);
    }
    expect(checked.length).toBeGreaterThan(15);
  });
});

describe('the web app', () => {
  it('serves its files and pages to visitors who are not signed in', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(deps.config.dataDir, 'web-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    fs.writeFileSync(path.join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const web = await buildApp(deps, { logger: false, webDir: dir });
    try {
      expect((await web.inject({ url: '/assets/app-1234.js' })).statusCode).toBe(200);
      expect((await web.inject({ url: '/favicon.svg' })).statusCode).toBe(200);
      const page = await web.inject({ url: '/signin', headers: { accept: 'text/html' } });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('root');
      expect((await web.inject({ url: '/api/v1/nope', headers: { accept: 'text/html' } })).statusCode).toBe(
        404,
      );
      expect((await web.inject({ url: '/api/v1/me' })).statusCode).toBe(401);
    } finally {
      await web.close();
    }
  });
});
