import { describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { createTestDeps } from '../test-support/test-deps.js';

describe('configuration', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: 'sqlite:./data/microcred.sqlite',
      publicUrl: 'http://localhost:3000',
      demo: true,
      trustProxy: false,
    });
    expect(loadConfig({ PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
    expect(loadConfig({ MICROCRED_DEMO: '0' }).demo).toBe(false);
  });

  it('reads TRUST_PROXY as off, addresses or every hop', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8' }).trustProxy).toBe('10.0.0.0/8');
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('refuses a bad port or public URL with a clear message', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ PUBLIC_URL: 'not a url' })).toThrow(/PUBLIC_URL/);
  });

  it('believes X-Forwarded-For only from trusted proxies', async () => {
    for (const [trustProxy, expected] of [
      [false, '127.0.0.1'],
      ['127.0.0.1', '203.0.113.7'],
    ] as const) {
      const deps = await createTestDeps();
      deps.config.trustProxy = trustProxy;
      const app = await buildApp(deps, { logger: false, serveWeb: false });
      app.get('/ip', { config: { public: true } }, async (req) => ({ ip: req.ip }));
      const res = await app.inject({ url: '/ip', headers: { 'x-forwarded-for': '203.0.113.7' } });
      expect(res.json().ip).toBe(expected);
      await app.close();
      await deps.close();
    }
  });
});
