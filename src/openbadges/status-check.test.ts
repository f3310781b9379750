import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { checkStatus as libraryCheckStatus } from '@digitalbazaar/vc-bitstring-status-list';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOpenBadgeCredential } from './build-credential.js';
import { signCredential } from './sign.js';
import { createStatusChecker } from './status-check.js';
import {
  buildStatusEntry,
  buildStatusListCredential,
  encodeStatusList,
  newStatusBits,
  setStatusBit,
  type StatusPurpose,
} from './status-list.js';
import {
  buildTestCredentialInput,
  buildTestIssuer,
  independentLoader,
  type TestIssuer,
} from './test-fixtures.js';
import type { JsonObject } from './types.js';
import { verifyCredential } from './verify.js';

const REVOKED = 94567;
const UNREVOKED = 1000;
const LIST_URL = 'https://badges.example.org/status-lists/rev';
const SUSPENSION_URL = 'https://badges.example.org/status-lists/sus';

let issuer: TestIssuer;
let other: TestIssuer;
/** Every list the tests publish, by URL. */
const published: Record<string, JsonObject> = {};

async function publishList(
  url: string,
  signer: TestIssuer,
  options: {
    purpose?: StatusPurpose;
    set?: number[];
    size?: number;
    validUntil?: string;
    issuerId?: string;
  } = {},
): Promise<JsonObject> {
  const bits = newStatusBits(options.size);
  for (const index of options.set ?? []) setStatusBit(bits, index, true);
  const unsigned = buildStatusListCredential({
    id: url,
    issuer: options.issuerId ?? signer.did,
    validFrom: '2026-01-01T00:00:00Z',
    ...(options.validUntil ? { validUntil: options.validUntil } : {}),
    statusPurpose: options.purpose ?? 'revocation',
    encodedList: encodeStatusList(bits),
  });
  const signed = (await signCredential(unsigned, signer.signingKey, signer.documentLoader)) as JsonObject;
  published[url] = signed;
  return signed;
}

/** A credential of `issuer` whose status is at `index` of the list at `url`. */
function credentialAt(
  index: number,
  url = LIST_URL,
  statusPurpose: StatusPurpose = 'revocation',
): JsonObject {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiableCredential'],
    issuer: { id: issuer.did, name: 'Acme' },
    credentialStatus: buildStatusEntry({ listUrl: url, index, statusPurpose }),
  };
}

function checker(options: { cacheSeconds?: number; now?: () => Date } = {}) {
  const fetched: string[] = [];
  const check = createStatusChecker({
    fetchListCredential: (url) => {
      fetched.push(url);
      const list = published[url];
      return list
        ? Promise.resolve(structuredClone(list))
        : Promise.reject(new Error(`${url} answered HTTP 404`));
    },
    documentLoader: issuer.documentLoader,
    now: options.now ?? (() => new Date('2026-06-01T00:00:00Z')),
    cacheSeconds: options.cacheSeconds ?? 0,
  });
  return { check, fetched };
}

/** What @digitalbazaar/vc-bitstring-status-list says, with the lists served through its loader. */
async function libraryVerdict(credential: JsonObject) {
  const base = independentLoader(issuer.didDocument);
  const result = await libraryCheckStatus({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader: (url) =>
      published[url]
        ? Promise.resolve({ contextUrl: null, documentUrl: url, document: structuredClone(published[url]) })
        : base(url),
  });
  return { verified: result.verified, status: result.results?.[0]?.status };
}

beforeAll(async () => {
  issuer = await buildTestIssuer('acme', []);
  other = await buildTestIssuer('other', []);
  await publishList(LIST_URL, issuer, { set: [REVOKED, 0] });
  await publishList(SUSPENSION_URL, issuer, { purpose: 'suspension', set: [REVOKED] });
});

describe('createStatusChecker', () => {
  it('agrees with @digitalbazaar/vc-bitstring-status-list on a revoked and an unrevoked index', async () => {
    const { check } = checker();
    const revoked = credentialAt(REVOKED);
    const unrevoked = credentialAt(UNREVOKED);
    await expect(check(revoked)).resolves.toEqual({
      valid: false,
      message: 'The issuer has revoked this credential.',
    });
    await expect(check(unrevoked)).resolves.toEqual({
      valid: true,
      message: 'The issuer has not revoked this credential (checked against its signed status list).',
    });
    await expect(libraryVerdict(revoked)).resolves.toEqual({ verified: true, status: true });
    await expect(libraryVerdict(unrevoked)).resolves.toEqual({ verified: true, status: false });
  });

  it('reports suspension, and revocation first when both are set', async () => {
    const { check } = checker();
    await expect(check(credentialAt(REVOKED, SUSPENSION_URL, 'suspension'))).resolves.toEqual({
      valid: false,
      message: 'The issuer has suspended this credential.',
    });
    const both = credentialAt(REVOKED);
    both.credentialStatus = [
      buildStatusEntry({ listUrl: SUSPENSION_URL, index: REVOKED, statusPurpose: 'suspension' }),
      buildStatusEntry({ listUrl: LIST_URL, index: REVOKED, statusPurpose: 'revocation' }),
    ];
    await expect(check(both)).resolves.toMatchObject({ message: 'The issuer has revoked this credential.' });
    both.credentialStatus = [
      buildStatusEntry({ listUrl: SUSPENSION_URL, index: 7, statusPurpose: 'suspension' }),
      buildStatusEntry({ listUrl: LIST_URL, index: 7, statusPurpose: 'revocation' }),
    ];
    await expect(check(both)).resolves.toMatchObject({
      valid: true,
      message: /neither revoked nor suspended/,
    });
  });

  it('refuses a tampered list, as the library does', async () => {
    const url = 'https://badges.example.org/status-lists/tampered';
    const list = await publishList(url, issuer, { set: [REVOKED] });
    // Someone clears the bit without the issuer's key.
    (list.credentialSubject as JsonObject).encodedList = encodeStatusList(newStatusBits());
    published[url] = list;
    const credential = credentialAt(REVOKED, url);
    const ours = await checker().check(credential);
    expect(ours?.valid).toBe(false);
    expect(ours?.message).toMatch(
      /^The status list https:\/\/badges\.example\.org\/status-lists\/tampered cannot be trusted: The signature does not match/,
    );
    await expect(libraryVerdict(credential)).resolves.toMatchObject({ verified: false });
  });

  it("refuses a list signed by someone other than the credential's issuer", async () => {
    const url = 'https://badges.example.org/status-lists/foreign';
    await publishList(url, other, { set: [] });
    const ours = await createStatusChecker({
      fetchListCredential: () => Promise.resolve(structuredClone(published[url])),
      documentLoader: buildTestIssuerLoader(),
      now: () => new Date('2026-06-01T00:00:00Z'),
      cacheSeconds: 0,
    })(credentialAt(REVOKED, url));
    expect(ours).toEqual({
      valid: false,
      message: `The status list ${url} was issued by ${other.did}, not by the credential's issuer ${issuer.did}, so it cannot say whether this credential is valid.`,
    });

    // A list naming our issuer but signed with the other issuer's key.
    const forged = 'https://badges.example.org/status-lists/forged';
    await publishList(forged, other, { issuerId: issuer.did });
    const result = await createStatusChecker({
      fetchListCredential: () => Promise.resolve(structuredClone(published[forged])),
      documentLoader: buildTestIssuerLoader(),
      cacheSeconds: 0,
    })(credentialAt(UNREVOKED, forged));
    expect(result?.valid).toBe(false);
    expect(result?.message).toMatch(/cannot be trusted: .*not with a key of the issuer/);
  });

  it('gives a clear reason for every other failure, never throwing', async () => {
    const unsignedUrl = 'https://badges.example.org/status-lists/unsigned';
    published[unsignedUrl] = buildStatusListCredential({
      id: unsignedUrl,
      issuer: issuer.did,
      validFrom: '2026-01-01T00:00:00Z',
      statusPurpose: 'revocation',
      encodedList: encodeStatusList(newStatusBits()),
    }) as unknown as JsonObject;
    const expiredUrl = 'https://badges.example.org/status-lists/expired';
    await publishList(expiredUrl, issuer, { validUntil: '2026-02-01T00:00:00Z' });
    const smallUrl = 'https://badges.example.org/status-lists/small';
    await publishList(smallUrl, issuer, { size: 1024 });
    const movedUrl = 'https://badges.example.org/status-lists/moved';
    published[movedUrl] = published[LIST_URL] as JsonObject;

    const { check } = checker();
    const cases: [JsonObject, RegExp][] = [
      [
        credentialAt(1, 'https://badges.example.org/status-lists/none'),
        /could not be fetched: .*HTTP 404\.$/,
      ],
      [credentialAt(1, unsignedUrl), /cannot be trusted: The credential is not signed/],
      [credentialAt(1, expiredUrl), /expired on 2026-02-01 00:00 UTC/],
      [credentialAt(1, smallUrl), /has only 1024 entries; the standard requires at least 131072/],
      [
        credentialAt(1, LIST_URL, 'suspension'),
        /is a revocation list, but the credential looks in it for suspension/,
      ],
      [credentialAt(1, movedUrl), /names itself "https:\/\/badges\.example\.org\/status-lists\/rev"/],
      [credentialAt(2 ** 20), /position 1048576, beyond the end of the status list .* \(131072 entries\)/],
      [
        {
          ...credentialAt(1),
          credentialStatus: {
            ...buildStatusEntry({ listUrl: LIST_URL, index: 1, statusPurpose: 'revocation' }),
            statusListIndex: '-1',
          },
        },
        /statusListIndex "-1" is not a whole number/,
      ],
      [
        {
          ...credentialAt(1),
          credentialStatus: {
            type: 'BitstringStatusListEntry',
            statusPurpose: 'message',
            statusListIndex: '1',
            statusListCredential: LIST_URL,
          },
        },
        /purpose "message" is not one this verifier understands/,
      ],
      [
        {
          ...credentialAt(1),
          credentialStatus: {
            type: 'BitstringStatusListEntry',
            statusPurpose: 'revocation',
            statusListIndex: '1',
            statusListCredential: 'file:///etc/passwd',
          },
        },
        /not an http\(s\) URL/,
      ],
    ];
    for (const [credential, message] of cases) {
      const result = await check(credential);
      expect(result?.valid, JSON.stringify(credential.credentialStatus)).toBe(false);
      expect(result?.message).toMatch(message);
    }
    // The library agrees on those it checks: an index beyond the list is an error there too.
    await expect(libraryVerdict(credentialAt(2 ** 20))).resolves.toMatchObject({ verified: false });
  });

  it('answers undefined for credentials without a status it understands', async () => {
    const { check } = checker();
    const plain = credentialAt(1);
    delete plain.credentialStatus;
    await expect(check(plain)).resolves.toBeUndefined();
    await expect(
      check({ ...plain, credentialStatus: { id: 'https://x.example/1', type: '1EdTechRevocationList' } }),
    ).resolves.toBeUndefined();
  });

  it('never throws, whatever the credentialStatus holds', async () => {
    const { check } = checker();
    const entry = fc.record(
      {
        type: fc.constantFrom('BitstringStatusListEntry', 'StatusList2021Entry', 'Other'),
        statusPurpose: fc.oneof(fc.constantFrom('revocation', 'suspension'), fc.jsonValue()),
        statusListIndex: fc.oneof(fc.nat().map(String), fc.jsonValue()),
        statusListCredential: fc.oneof(fc.constantFrom(LIST_URL, SUSPENSION_URL), fc.jsonValue()),
        statusSize: fc.jsonValue(),
        id: fc.jsonValue(),
      },
      { requiredKeys: ['type'] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(entry, fc.array(entry, { maxLength: 3 }), fc.jsonValue()), async (status) => {
        const result = await check({ ...credentialAt(1), credentialStatus: status });
        if (result !== undefined) {
          expect(typeof result.valid).toBe('boolean');
          expect(result.message).toMatch(/^The /);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reuses a verified list for cacheSeconds, then fetches it again', async () => {
    let clock = new Date('2026-06-01T00:00:00Z');
    const { check, fetched } = checker({ cacheSeconds: 60, now: () => clock });
    await check(credentialAt(UNREVOKED));
    await check(credentialAt(REVOKED));
    expect(fetched).toEqual([LIST_URL]);
    clock = new Date(clock.getTime() + 61_000);
    await check(credentialAt(UNREVOKED));
    expect(fetched).toEqual([LIST_URL, LIST_URL]);

    const uncached = checker({ cacheSeconds: 0 });
    await uncached.check(credentialAt(UNREVOKED));
    await uncached.check(credentialAt(UNREVOKED));
    expect(uncached.fetched).toEqual([LIST_URL, LIST_URL]);
  });

  it('plugs into verifyCredential: valid until revoked', async () => {
    const input = buildTestCredentialInput(issuer.did, {
      credentialStatus: buildStatusEntry({
        listUrl: LIST_URL,
        index: UNREVOKED,
        statusPurpose: 'revocation',
      }),
    });
    const signed = await signCredential(
      buildOpenBadgeCredential(input),
      issuer.signingKey,
      issuer.documentLoader,
    );
    const { check } = checker();
    const before = await verifyCredential(signed, {
      documentLoader: issuer.documentLoader,
      checkStatus: check,
    });
    expect(before.checks.filter((c) => !c.valid)).toEqual([]);

    await publishList(LIST_URL, issuer, { set: [REVOKED, UNREVOKED] });
    const after = await verifyCredential(signed, {
      documentLoader: issuer.documentLoader,
      checkStatus: check,
    });
    expect(after.verified).toBe(false);
    expect(after.checks.find((c) => c.id === 'status')).toEqual({
      id: 'status',
      valid: false,
      message: 'The issuer has revoked this credential.',
    });
    await publishList(LIST_URL, issuer, { set: [REVOKED, 0] });
  });
});

/** A loader that knows both test issuers. */
function buildTestIssuerLoader() {
  return async (url: string) => {
    try {
      return await issuer.documentLoader(url);
    } catch {
      return other.documentLoader(url);
    }
  };
}
