import { importJWK, jwtVerify } from 'jose';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetcher } from '../../openbadges/safe-fetch.js';
import { multipartFile } from '../../test-support/credential-world.js';
import { startKeyServer, type KeyServer } from '../../test-support/key-server.js';
import { readOfficialOb3 } from '../../test-support/official-ob3.js';
import { publishOtherIssuer, type OtherIssuer } from '../../test-support/other-issuer.js';
import { jwkOfMultibase, thirdPartyLoader, vcVerify } from '../../test-support/third-party.js';
import { createVerifierApp } from '../../test-support/verifier-app.js';
import type { App } from '../../server/http.js';

/**
 * POST /api/v1/verify on anyone's credentials: 1EdTech's vectors, issuers published on a local
 * server (http controller documents and did:web over https), SSRF refusals and timeouts, agreement
 * with @digitalbazaar/vc and jose on good and broken credentials, and hostile input.
 */
type Verdict = { verified: boolean; checks: { id: string; valid: boolean; message: string }[] };

const verifyOn = async (app: App, credential: unknown) => {
  const res = await app.inject({ method: 'POST', url: '/api/v1/verify', payload: { credential } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Verdict>();
};
const failed = (v: Verdict) => v.checks.filter((c) => !c.valid);

describe('1EdTech’s signed credentials', () => {
  const { $comment: _c, ...resolve } = readOfficialOb3('vectors/1edtech-resolve.json') as Record<
    string,
    object
  >;

  it.each(['1edtech-impl-guide-eddsa-rdfc-2022.json', '1edtech-validator-simple.json'])(
    '%s verifies through POST /api/v1/verify with 1edtech-resolve.json as the key resolver',
    async (file) => {
      const v = await createVerifierApp({}, { extraDocuments: resolve });
      try {
        const result = await verifyOn(v.app, readOfficialOb3(`vectors/${file}`));
        expect(failed(result)).toEqual([]);
        expect(result.verified).toBe(true);
      } finally {
        await v.close();
      }
    },
  );
});

describe('another issuer, published on a local server', () => {
  let http: KeyServer;
  let tls: KeyServer;
  let acme: OtherIssuer;
  let webIssuer: OtherIssuer;
  let allowed: Awaited<ReturnType<typeof createVerifierApp>>;
  let strict: Awaited<ReturnType<typeof createVerifierApp>>;

  beforeAll(async () => {
    http = await startKeyServer();
    tls = await startKeyServer({ https: true });
    acme = await publishOtherIssuer(http, 'acme');
    webIssuer = await publishOtherIssuer(tls, 'riverside', 'did:web');
    allowed = await createVerifierApp({ fetchAllowHosts: ['127.0.0.1'], fetchTimeoutMs: 400 });
    strict = await createVerifierApp({ fetchTimeoutMs: 400 });
  });
  afterAll(async () => {
    await allowed?.close();
    await strict?.close();
    await http?.close();
    await tls?.close();
  });

  it('verifies with the host allowlisted (key and status list fetched over http)', async () => {
    const credential = await acme.sign();
    const v = await verifyOn(allowed.app, credential);
    expect(failed(v)).toEqual([]);
    expect(v.verified).toBe(true);
    expect(http.hits.get('/issuers/acme')).toBeGreaterThan(0);
    expect(http.hits.get('/status/acme')).toBeGreaterThan(0);
  });

  it('a did:web issuer served over https verifies (the real SSRF-safe fetcher trusting the test CA)', async () => {
    const v = await createVerifierApp(
      {},
      {
        fetchJson: createSafeFetcher({
          allowHosts: ['127.0.0.1'],
          extraCaCertificates: [tls.ca!],
          timeoutMs: 2000,
        }),
      },
    );
    try {
      const result = await verifyOn(v.app, await webIssuer.sign());
      expect(failed(result)).toEqual([]);
      expect(result.verified).toBe(true);
      expect(tls.hits.get('/issuers/riverside/did.json')).toBeGreaterThan(0);
    } finally {
      await v.close();
    }
  });

  it('without the allowlist: not verified, a message about private/loopback addresses, quickly, nothing fetched', async () => {
    const before = (http.hits.get('/issuers/acme') ?? 0) + (tls.hits.get('/issuers/riverside/did.json') ?? 0);
    const started = Date.now();
    const overHttp = await verifyOn(strict.app, await acme.sign());
    const overHttps = await verifyOn(strict.app, await webIssuer.sign());
    expect(Date.now() - started).toBeLessThan(1500);
    expect(overHttp.verified).toBe(false);
    expect(
      failed(overHttp)
        .map((c) => c.message)
        .join(' '),
    ).toMatch(/https|private or loopback/);
    expect(overHttps.verified).toBe(false);
    expect(
      failed(overHttps)
        .map((c) => c.message)
        .join(' '),
      JSON.stringify(failed(overHttps)),
    ).toMatch(/private or loopback/);
    const after = (http.hits.get('/issuers/acme') ?? 0) + (tls.hits.get('/issuers/riverside/did.json') ?? 0);
    expect(after).toBe(before);
  });

  it('a key URL that never answers: not verified within the timeout, with the reason', async () => {
    const slow = await publishOtherIssuer(http, 'slow');
    http.hang.add('/issuers/slow');
    const started = Date.now();
    const v = await verifyOn(allowed.app, await slow.sign({}, { status: 'none' }));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(v.verified).toBe(false);
    expect(
      failed(v)
        .map((c) => c.message)
        .join(' '),
    ).toMatch(/did not answer|time/i);
    expect((await allowed.app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });

  describe('agrees with @digitalbazaar/vc and jose on good and broken credentials', () => {
    type Case = { name: string; make: () => Promise<Record<string, unknown>>; expected: boolean };
    const cases: Case[] = [
      { name: 'good', make: () => acme.sign(), expected: true },
      { name: 'good, no status', make: () => acme.sign({}, { status: 'none' }), expected: true },
      {
        name: 'tampered',
        make: async () => {
          const c = await acme.sign();
          c.credentialSubject.achievement.name = 'Advanced Rocket Surgery';
          return c;
        },
        expected: false,
      },
      {
        name: 'tampered proof value',
        make: async () => {
          const c = await acme.sign();
          const v: string = c.proof[0].proofValue;
          c.proof[0].proofValue = v.slice(0, -3) + (v.endsWith('abc') ? 'abd' : 'abc');
          return c;
        },
        expected: false,
      },
      { name: 'wrong key', make: async () => acme.sign({}, { key: await acme.wrongKey() }), expected: false },
      {
        name: 'expired',
        make: () => acme.sign({ validFrom: '2020-01-01T00:00:00Z', validUntil: '2021-01-01T00:00:00Z' }),
        expected: false,
      },
      {
        name: 'not yet valid',
        make: () => acme.sign({ validFrom: '2031-01-01T00:00:00Z', validUntil: '2032-01-01T00:00:00Z' }),
        expected: false,
      },
      { name: 'revoked', make: () => acme.sign({}, { status: 'revoked' }), expected: false },
    ];
    for (const c of cases) {
      it(`${c.name}: ours = @digitalbazaar/vc = ${c.expected}`, async () => {
        const credential = await c.make();
        const ours = await verifyOn(allowed.app, credential);
        const theirs = await vcVerify(credential, thirdPartyLoader(acme.documents), {
          now: allowed.deps.clock.now(),
        });
        expect(theirs.valid, String(theirs.error)).toBe(c.expected);
        expect(ours.verified, JSON.stringify(failed(ours))).toBe(c.expected);
      });
    }

    const jwtCases: { name: string; make: () => Promise<string>; expected: boolean }[] = [
      {
        name: 'good',
        make: async () => acme.signJwt(await acme.sign({}, { status: 'none' })),
        expected: true,
      },
      {
        name: 'tampered payload',
        make: async () => {
          const [h, p, s] = (await acme.signJwt(await acme.sign({}, { status: 'none' }))).split('.');
          const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
          claims.credentialSubject.achievement.name = 'Forged';
          return `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
        },
        expected: false,
      },
      {
        name: 'wrong key',
        make: async () => acme.signJwt(await acme.sign({}, { status: 'none' }), await acme.wrongKey()),
        expected: false,
      },
      {
        name: 'expired',
        make: async () =>
          acme.signJwt(
            await acme.sign(
              { validFrom: '2020-01-01T00:00:00Z', validUntil: '2021-01-01T00:00:00Z' },
              { status: 'none' },
            ),
          ),
        expected: false,
      },
    ];
    for (const c of jwtCases) {
      it(`VC-JWT ${c.name}: ours = jose = ${c.expected}`, async () => {
        const jwt = await c.make();
        const ours = await verifyOn(allowed.app, jwt);
        const key = await importJWK(jwkOfMultibase(acme.key.publicKeyMultibase), 'EdDSA');
        const theirs = await jwtVerify(jwt, key, { currentDate: allowed.deps.clock.now() }).then(
          () => true,
          () => false,
        );
        expect(theirs).toBe(c.expected);
        expect(ours.verified, JSON.stringify(failed(ours))).toBe(c.expected);
      });
    }
  });
});

describe('hostile input: a clear 4xx or "not verified", never a 500, and the server stays healthy', () => {
  let v: Awaited<ReturnType<typeof createVerifierApp>>;
  let good: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  beforeAll(async () => {
    v = await createVerifierApp({ fetchTimeoutMs: 400 });
    const server = await startKeyServer();
    try {
      good = await (await publishOtherIssuer(server, 'x')).sign({}, { status: 'none' });
    } finally {
      await server.close();
    }
  });
  afterAll(() => v?.close());
  const healthy = async () => expect((await v.app.inject({ url: '/healthz' })).statusCode).toBe(200);
  const raw = (payload: string | Buffer, contentType = 'application/json') =>
    v.app.inject({
      method: 'POST',
      url: '/api/v1/verify',
      headers: { 'content-type': contentType },
      payload,
    });

  it('garbage and truncated JSON', async () => {
    for (const credential of ['garbage', '{"@context": [', '{', 'eyJhbGciOi.x.y', { proof: 'x' }, {}]) {
      const r = await verifyOn(v.app, credential);
      expect(r.verified).toBe(false);
      expect(failed(r).length).toBeGreaterThan(0);
      expect(failed(r)[0]!.message.length).toBeGreaterThan(5);
    }
    for (const body of [
      'garbage',
      '{"credential": {"a":',
      '',
      '{"credential": "\\u0000"}',
      '{"credential": []}',
      '[1]',
    ]) {
      const res = await raw(body);
      expect(res.statusCode, body).toBe(400);
      expect(res.json().error.message).toBeTruthy();
    }
    await healthy();
  });

  it('a 50 MB body is refused with 413', async () => {
    const big = `{"credential": "${'a'.repeat(50 * 1024 * 1024)}"}`;
    const started = Date.now();
    const res = await raw(big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toBeTruthy();
    expect(Date.now() - started).toBeLessThan(5000);
    const file = multipartFile(Buffer.alloc(50 * 1024 * 1024, 1), 'huge.png', 'image/png');
    const up = await v.app.inject({
      method: 'POST',
      url: '/api/v1/verify',
      headers: file.headers,
      payload: file.payload,
    });
    expect(up.statusCode).toBe(413);
    await healthy();
  });

  it('a JWT with alg "none" is not verified', async () => {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const { proof: _proof, ...unsigned } = good;
    const claims = { ...unsigned, iss: good.issuer.id, jti: good.id, nbf: 1_700_000_000 };
    for (const jwt of [
      `${enc({ alg: 'none', typ: 'JWT' })}.${enc(claims)}.`,
      `${enc({ alg: 'none', typ: 'JWT', kid: good.proof[0].verificationMethod })}.${enc(claims)}.`,
      `${enc({ alg: 'HS256', typ: 'JWT', kid: good.proof[0].verificationMethod })}.${enc(claims)}.${enc({ s: 1 })}`,
    ]) {
      const r = await verifyOn(v.app, jwt);
      expect(r.verified).toBe(false);
      expect(
        failed(r)
          .map((c) => c.message)
          .join(' '),
      ).toMatch(/alg|algorithm|EdDSA|sign/i);
    }
    await healthy();
  });

  it('a PNG with no credential is 422 with a clear message; a non-image file is 422 too', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#08f' } })
      .png()
      .toBuffer();
    for (const [bytes, name, type, pattern] of [
      [png, 'plain.png', 'image/png', /no credential/i],
      [Buffer.from('%PDF-1.4 not an image'), 'x.pdf', 'application/pdf', /PNG|SVG/],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'x.svg', 'image/svg+xml', /no credential/i],
      [png.subarray(0, 20), 'cut.png', 'image/png', /./],
    ] as const) {
      const file = multipartFile(bytes, name, type);
      const res = await v.app.inject({
        method: 'POST',
        url: '/api/v1/verify',
        headers: file.headers,
        payload: file.payload,
      });
      expect(res.statusCode, `${name}: ${res.body}`).toBe(422);
      expect(res.json().error.message).toMatch(pattern);
    }
    await healthy();
  });

  it('did:web naming 127.0.0.1, a private or a link-local address: not verified, quickly, with the reason', async () => {
    for (const host of [
      '127.0.0.1',
      '10.1.2.3',
      '169.254.169.254',
      'localhost',
      '[::1]',
      '192.168.0.1%3A8443',
    ]) {
      const did = `did:web:${host}:issuers:x`;
      const credential = structuredClone(good);
      credential.issuer.id = did;
      credential.proof[0].verificationMethod = `${did}#key-1`;
      const started = Date.now();
      const r = await verifyOn(v.app, credential);
      expect(Date.now() - started, host).toBeLessThan(1500);
      expect(r.verified).toBe(false);
      expect(
        failed(r)
          .map((c) => c.message)
          .join(' '),
        host,
      ).toMatch(/private|loopback|link-local|not a valid|never contacted/i);
    }
    await healthy();
  });
});
