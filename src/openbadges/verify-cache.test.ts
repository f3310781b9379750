import { beforeAll, describe, expect, it } from 'vitest';
import { buildOpenBadgeCredential } from './build-credential.js';
import { signBoth } from './sign-both.js';
import { buildTestCredentialInput, buildTestIssuer, type TestIssuer } from './test-fixtures.js';
import type { DocumentLoader, JsonObject } from './types.js';
import { createCachedVerifier } from './verify-cache.js';
import { verifyCredential, type VerifyOptions } from './verify.js';

const LIST_URL = 'https://localhost:3000/status/acme/1';
const BEFORE_EXPIRY = new Date('2026-05-01T00:00:00Z');
const AFTER_EXPIRY = new Date('2030-09-02T00:00:00Z'); // the test credential expires 2030-09-01

let issuer: TestIssuer;
/** The signed credential as JSON text, and the same credential as a VC-JWT. */
let text: string;
let jwt: string;
/** Revoked status-list indexes: the app's state, read by the status callback. */
const revoked = new Set<number>();
let loads = 0;

const countingLoader = (): DocumentLoader => (url) => {
  loads++;
  return issuer.documentLoader(url);
};

const checkStatus: VerifyOptions['checkStatus'] = (credential: JsonObject) => {
  const entry = credential.credentialStatus as { statusListIndex?: string } | undefined;
  if (!entry?.statusListIndex) return Promise.resolve(undefined);
  return Promise.resolve(
    revoked.has(Number(entry.statusListIndex))
      ? { valid: false, message: 'The issuer has revoked this credential.' }
      : { valid: true, message: 'Not revoked.' },
  );
};

const options = (extra: Partial<VerifyOptions> = {}): VerifyOptions => ({
  documentLoader: countingLoader(),
  now: BEFORE_EXPIRY,
  checkStatus,
  ...extra,
});

const byId = (checks: { id: string; valid: boolean; message: string }[]) =>
  Object.fromEntries(checks.map((check) => [check.id, check]));

beforeAll(async () => {
  issuer = await buildTestIssuer();
  const unsigned = buildOpenBadgeCredential(
    buildTestCredentialInput(issuer.did, {
      credentialStatus: {
        id: `${LIST_URL}#42`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '42',
        statusListCredential: LIST_URL,
      },
    }),
  );
  const signed = await signBoth(unsigned, issuer.signingKey);
  text = JSON.stringify(signed.credential, null, 2);
  jwt = signed.jwt;
});

describe('createCachedVerifier', () => {
  it('answers a repeat without running the signature and issuer checks again', async () => {
    const verify = createCachedVerifier({ verify: verifyCredential });
    loads = 0;
    const first = await verify(text, options());
    expect(first.verified, JSON.stringify(first.checks)).toBe(true);
    expect(loads).toBeGreaterThan(0);

    loads = 0;
    const second = await verify(text, options());
    expect(loads).toBe(0);
    expect(second).toEqual(first);
    // And it is what the uncached verifier says.
    expect(second).toEqual(await verifyCredential(text, options()));
    expect(verify.size).toBe(1);
  });

  it('reports a revocation made after the first verification', async () => {
    const verify = createCachedVerifier({ verify: verifyCredential });
    expect((await verify(text, options())).verified).toBe(true);
    revoked.add(42);
    try {
      loads = 0;
      const result = await verify(text, options());
      expect(loads).toBe(0);
      expect(result.verified).toBe(false);
      expect(byId(result.checks).status).toEqual({
        id: 'status',
        valid: false,
        message: 'The issuer has revoked this credential.',
      });
      expect(byId(result.checks).proof?.valid).toBe(true);
    } finally {
      revoked.delete(42);
    }
    expect((await verify(text, options())).verified).toBe(true);
  });

  it('reports an expiry that passed after the first verification', async () => {
    const verify = createCachedVerifier({ verify: verifyCredential });
    expect((await verify(text, options())).verified).toBe(true);
    loads = 0;
    const later = await verify(text, options({ now: AFTER_EXPIRY }));
    expect(loads).toBe(0);
    expect(later.verified).toBe(false);
    expect(byId(later.checks).dates).toMatchObject({
      valid: false,
      message: expect.stringMatching(/expired/),
    });
    expect(later).toEqual(await verifyCredential(text, options({ now: AFTER_EXPIRY })));
  });

  it('misses on a one-byte change, and the change is caught', async () => {
    const verify = createCachedVerifier({ verify: verifyCredential });
    await verify(text, options());
    const changed = text.replace('Formative Assessment in Practice', 'Formative Assessment in Practise');
    expect(changed).not.toBe(text);
    expect(changed.length).toBe(text.length);
    loads = 0;
    const result = await verify(changed, options());
    expect(loads).toBeGreaterThan(0);
    expect(result.verified).toBe(false);
    expect(byId(result.checks).proof?.valid).toBe(false);
    // Whitespace is a change of bytes too: a miss, though it verifies.
    loads = 0;
    expect((await verify(`${text} `, options())).verified).toBe(true);
    expect(loads).toBeGreaterThan(0);
  });

  it('caches an object input by its JSON text', async () => {
    const verify = createCachedVerifier({ verify: verifyCredential });
    const credential = JSON.parse(text) as JsonObject;
    await verify(credential, options());
    loads = 0;
    expect((await verify(structuredClone(credential), options())).verified).toBe(true);
    expect(loads).toBe(0);
  });

  it('caches a VC-JWT, with status and dates still live', async () => {
    const verify = createCachedVerifier({ verify: verifyCredential });
    const first = await verify(jwt, options());
    expect(first.verified, JSON.stringify(first.checks)).toBe(true);
    loads = 0;
    expect(await verify(jwt, options())).toEqual(first);
    expect(loads).toBe(0);
    revoked.add(42);
    try {
      expect(byId((await verify(jwt, options())).checks).status?.valid).toBe(false);
    } finally {
      revoked.delete(42);
    }
  });

  it('does not cache a failure to fetch the issuer key: the next call tries again', async () => {
    const verify = createCachedVerifier({ verify: verifyCredential });
    let online = false;
    const flaky: DocumentLoader = (url) =>
      url.startsWith('did:') && !online
        ? Promise.reject(new Error('connect ETIMEDOUT'))
        : issuer.documentLoader(url);
    const offline = await verify(text, options({ documentLoader: flaky }));
    expect(offline.verified).toBe(false);
    expect(verify.size).toBe(0);
    online = true;
    expect((await verify(text, options({ documentLoader: flaky }))).verified).toBe(true);
    expect(verify.size).toBe(1);
  });

  it('caches a definitive failure (a tampered credential)', async () => {
    const verify = createCachedVerifier({ verify: verifyCredential });
    const tampered = text.replace('Formative Assessment in Practice', 'Summative Assessment in Practice');
    expect((await verify(tampered, options())).verified).toBe(false);
    loads = 0;
    const again = await verify(tampered, options());
    expect(loads).toBe(0);
    expect(byId(again.checks).proof?.message).toMatch(/does not match/);
  });

  it('does not cache unreadable input', async () => {
    const verify = createCachedVerifier({ verify: verifyCredential });
    expect((await verify('{"truncated": ', options())).verified).toBe(false);
    expect(verify.size).toBe(0);
  });

  it('forgets the least recently verified credential first', async () => {
    const verify = createCachedVerifier({ verify: verifyCredential, maxEntries: 2 });
    const [a, b, c] = [text, `${text}\n`, `${text}\n\n`];
    await verify(a, options());
    await verify(b, options());
    await verify(a, options()); // a is now the most recent
    await verify(c, options()); // so b is forgotten
    expect(verify.size).toBe(2);
    loads = 0;
    await verify(a, options());
    expect(loads).toBe(0);
    await verify(b, options());
    expect(loads).toBeGreaterThan(0);
  });

  it('is not corrupted by a caller changing the result it got', async () => {
    const verify = createCachedVerifier({ verify: verifyCredential });
    const first = await verify(text, options());
    const expected = structuredClone(first);
    first.checks[0]!.valid = false;
    first.credential!.name = 'changed';
    const hit = await verify(text, options());
    hit.checks[1]!.message = 'changed';
    hit.credential!.issuer = 'changed';
    expect(await verify(text, options())).toEqual(expected);
  });

  it('reuses an outcome only for maxAgeMs', async () => {
    const verify = createCachedVerifier({ verify: verifyCredential, maxAgeMs: 1 });
    await verify(text, options());
    await new Promise((resolve) => setTimeout(resolve, 5));
    loads = 0;
    await verify(text, options());
    expect(loads).toBeGreaterThan(0);
  });
});
