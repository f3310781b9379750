import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetcher, formatBytes } from './safe-fetch.js';
import { selfSignedCertificate } from '../test-support/self-signed.js';

/** A real HTTP server on 127.0.0.1 whose routes the tests choose. */
let server: http.Server;
let origin: string;
let port: number;
const hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    hits.push(url);
    const json = (status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(body));
    };
    if (url === '/did.json') return json(200, { id: 'did:web:example', accept: request.headers.accept });
    if (url === '/silent') return; // never answers
    if (url === '/big') {
      // Declares its size: refused before the body is read.
      const body = JSON.stringify({ padding: 'x'.repeat(5000) });
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      return void response.end(body);
    }
    if (url === '/big-stream') {
      // No content-length: the size is only known while reading.
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"padding":"');
      for (let i = 0; i < 50; i += 1) response.write('x'.repeat(1000));
      response.end('"}');
      return;
    }
    if (url === '/not-json') return void response.end('<html>hello</html>');
    if (url === '/missing') return json(404, { error: 'not found' });
    if (url === '/to-did') return json(302, {}, { location: '/did.json' });
    if (url === '/to-private') return json(302, {}, { location: 'https://internal.example/secret' });
    if (url === '/to-metadata')
      return json(307, {}, { location: 'http://169.254.169.254/latest/meta-data/' });
    if (url === '/loop') return json(302, {}, { location: '/loop' });
    return json(404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createSafeFetcher', () => {
  it('refuses loopback and private hosts unless they are allowed', async () => {
    const strict = createSafeFetcher();
    const before = hits.length;
    await expect(strict(`https://127.0.0.1:${port}/did.json`)).rejects.toThrow(
      'the host 127.0.0.1 is a private or loopback address (loopback); it is never contacted',
    );
    await expect(strict(`${origin}/did.json`)).rejects.toThrow(/only https is fetched/);
    await expect(strict('https://[::1]/did.json')).rejects.toThrow(/\(loopback\)/);
    await expect(strict('https://[::ffff:169.254.169.254]/')).rejects.toThrow(/link-local/);
    await expect(strict('https://user:pw@example.org/')).rejects.toThrow(/user name/);
    expect(hits.length).toBe(before);

    const allowed = createSafeFetcher({ allowHosts: ['127.0.0.1'] });
    await expect(allowed(`${origin}/did.json`)).resolves.toEqual({
      id: 'did:web:example',
      accept: 'application/did+json, application/json, application/ld+json',
    });
  });

  it('checks every address a name resolves to, before connecting', async () => {
    const lookup = (host: string) =>
      Promise.resolve(
        host === 'mixed.example'
          ? [
              { address: '93.184.216.34', family: 4 },
              { address: '10.0.0.7', family: 4 },
            ]
          : [{ address: '127.0.0.1', family: 4 }],
      );
    const fetchJson = createSafeFetcher({ lookup });
    await expect(fetchJson('https://mixed.example/did.json')).rejects.toThrow(
      'the host mixed.example is a private or loopback address (10.0.0.7, private); it is never contacted',
    );
    await expect(fetchJson('https://localhost/did.json')).rejects.toThrow(/127\.0\.0\.1, loopback/);
    const failing = createSafeFetcher({ lookup: () => Promise.reject(new Error('ENOTFOUND')) });
    await expect(failing('https://nowhere.example/')).rejects.toThrow(/could not be found/);
  });

  it('connects to the address it checked, not to a second DNS answer', async () => {
    // "pinned.test" exists only in this lookup; the request can only reach the server through it.
    let lookups = 0;
    const fetchJson = createSafeFetcher({
      allowHosts: ['pinned.test'],
      lookup: () => {
        lookups += 1;
        return Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
      },
    });
    await expect(fetchJson(`http://pinned.test:${port}/did.json`)).resolves.toMatchObject({
      id: 'did:web:example',
    });
    expect(lookups).toBe(1);
  });

  it('gives up on a server that never answers, within the bound', async () => {
    const fetchJson = createSafeFetcher({ allowHosts: ['127.0.0.1'], timeoutMs: 300 });
    const started = Date.now();
    await expect(fetchJson(`${origin}/silent`)).rejects.toThrow(
      `${origin}/silent did not answer within 0.3 s`,
    );
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('stops reading answers larger than maxBytes', async () => {
    const fetchJson = createSafeFetcher({ allowHosts: ['127.0.0.1'], maxBytes: 2000 });
    await expect(fetchJson(`${origin}/big`)).rejects.toThrow(`${origin}/big is larger than 2 kB`);
    await expect(fetchJson(`${origin}/big-stream`)).rejects.toThrow(/is larger than 2 kB/);
    expect(formatBytes(1_000_000)).toBe('1 MB');
  });

  it('reports answers that are not JSON or not successful', async () => {
    const fetchJson = createSafeFetcher({ allowHosts: ['127.0.0.1'] });
    await expect(fetchJson(`${origin}/not-json`)).rejects.toThrow(/did not answer with JSON/);
    await expect(fetchJson(`${origin}/missing`)).rejects.toThrow(/answered HTTP 404/);
    await expect(fetchJson('not a url')).rejects.toThrow(/is not a URL/);
  });

  it('reports a host that refuses the connection', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const fetchJson = createSafeFetcher({ allowHosts: ['127.0.0.1'] });
    await expect(fetchJson(`http://127.0.0.1:${closedPort}/`)).rejects.toThrow(/refused the connection/);
  });

  it('follows a few redirects, checking each target like the first', async () => {
    const fetchJson = createSafeFetcher({
      allowHosts: ['127.0.0.1'],
      lookup: () => Promise.resolve([{ address: '10.1.2.3', family: 4 }]),
    });
    await expect(fetchJson(`${origin}/to-did`)).resolves.toMatchObject({ id: 'did:web:example' });
    await expect(fetchJson(`${origin}/to-private`)).rejects.toThrow(
      /internal\.example is a private or loopback address \(10\.1\.2\.3, private\)/,
    );
    await expect(fetchJson(`${origin}/to-metadata`)).rejects.toThrow(/only https is fetched/);
    await expect(fetchJson(`${origin}/loop`)).rejects.toThrow(/redirected more than 3 times/);
    const noRedirects = createSafeFetcher({ allowHosts: ['127.0.0.1'], maxRedirects: 0 });
    await expect(noRedirects(`${origin}/to-did`)).rejects.toThrow(/redirects are not followed/);
  });
});

const tls = selfSignedCertificate('pinned.test');

describe.skipIf(!tls)('createSafeFetcher over https', () => {
  let secure: https.Server;
  let securePort: number;
  const lookup = () => Promise.resolve([{ address: '127.0.0.1', family: 4 }]);

  beforeAll(async () => {
    secure = https.createServer({ key: tls?.key, cert: tls?.cert }, (request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ host: request.headers.host }));
    });
    await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
    securePort = (secure.address() as AddressInfo).port;
  });

  afterAll(async () => {
    secure.closeAllConnections();
    await new Promise((resolve) => secure.close(resolve));
  });

  it('checks the certificate against the host name while connecting to the pinned address', async () => {
    const trusting = createSafeFetcher({
      allowHosts: ['pinned.test', 'other.test'],
      lookup,
      extraCaCertificates: [tls?.cert ?? ''],
    });
    await expect(trusting(`https://pinned.test:${securePort}/did.json`)).resolves.toEqual({
      host: `pinned.test:${securePort}`,
    });
    // Same server, same address, but the certificate is not for this name.
    await expect(trusting(`https://other.test:${securePort}/did.json`)).rejects.toThrow(
      /other\.test:\d+ has no valid TLS certificate \(ERR_TLS_CERT_ALTNAME_INVALID\)/,
    );
    const untrusting = createSafeFetcher({ allowHosts: ['pinned.test'], lookup });
    await expect(untrusting(`https://pinned.test:${securePort}/did.json`)).rejects.toThrow(
      /has no valid TLS certificate \(DEPTH_ZERO_SELF_SIGNED_CERT\)/,
    );
  });
});
