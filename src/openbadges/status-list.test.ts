import { gzipSync } from 'node:zlib';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { BitstringStatusList, createList, decodeList } from '@digitalbazaar/vc-bitstring-status-list';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signCredential } from './sign.js';
import {
  buildStatusEntry,
  buildStatusListCredential,
  decodeStatusList,
  encodeStatusList,
  getStatusBit,
  newStatusBits,
  randomFreeIndex,
  setStatusBit,
  STATUS_LIST_SIZE,
} from './status-list.js';
import { buildTestIssuer, independentLoader } from './test-fixtures.js';

describe('status bits', () => {
  it('numbers entries from the left-most bit of the first byte', () => {
    const bits = newStatusBits(16);
    setStatusBit(bits, 0, true);
    expect([...bits]).toEqual([0x80, 0]);
    setStatusBit(bits, 9, true);
    expect([...bits]).toEqual([0x80, 0x40]);
    setStatusBit(bits, 0, false);
    expect([...bits]).toEqual([0, 0x40]);
    expect(getStatusBit(bits, 9)).toBe(true);
    expect(getStatusBit(bits, 8)).toBe(false);
  });

  it('refuses indexes outside the list and sizes that are not whole bytes', () => {
    const bits = newStatusBits(8);
    for (const index of [-1, 8, 1.5, Number.NaN]) {
      expect(() => getStatusBit(bits, index)).toThrow(/outside the list/);
      expect(() => setStatusBit(bits, index, true)).toThrow(/outside the list/);
    }
    expect(() => newStatusBits(10)).toThrow(/divisible by 8/);
    expect(() => newStatusBits(0)).toThrow(/positive/);
    expect(newStatusBits()).toHaveLength(STATUS_LIST_SIZE / 8);
  });
});

describe('encodedList', () => {
  it('round-trips, with the multibase "u" prefix', () => {
    const bits = newStatusBits();
    for (const index of [0, 7, 8, 4242, STATUS_LIST_SIZE - 1]) setStatusBit(bits, index, true);
    const encoded = encodeStatusList(bits);
    expect(encoded).toMatch(/^uH4sI[A-Za-z0-9_-]+$/);
    expect(decodeStatusList(encoded)).toEqual(bits);
    // Older lists (StatusList2021) carry no multibase prefix.
    expect(decodeStatusList(encoded.slice(1))).toEqual(bits);
  });

  it('agrees with @digitalbazaar/vc-bitstring-status-list both ways', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.nat(STATUS_LIST_SIZE - 1), { maxLength: 30 }), async (indexes) => {
        const ours = newStatusBits();
        const theirs = await createList({ length: STATUS_LIST_SIZE });
        for (const index of indexes) {
          setStatusBit(ours, index, true);
          theirs.setStatus(index, true);
        }
        const decodedTheirs = decodeStatusList(await theirs.encode());
        expect(decodedTheirs).toEqual(ours);
        const decodedOurs = await decodeList({ encodedList: encodeStatusList(ours) });
        for (const index of [...indexes, 0, 1, STATUS_LIST_SIZE - 1]) {
          expect(decodedOurs.getStatus(index)).toBe(getStatusBit(ours, index));
        }
      }),
      { numRuns: 20 },
    );
    // And the library reads bit 0 where the spec puts it: the most significant bit of byte 0.
    const one = new BitstringStatusList({ buffer: new Uint8Array([0x80, 0, 0, 0]) });
    expect(one.getStatus(0)).toBe(true);
    expect(one.getStatus(7)).toBe(false);
  });

  it('refuses a gzip bomb, and says why', () => {
    // 64 MB of zeros compress to ~64 kB: small on the wire, huge in memory.
    const bomb = `u${gzipSync(Buffer.alloc(64 * 1024 * 1024)).toString('base64url')}`;
    expect(bomb.length).toBeLessThan(200_000);
    expect(() => decodeStatusList(bomb)).toThrow(/larger than 16777216 bytes once uncompressed/);
    expect(() => decodeStatusList(encodeStatusList(newStatusBits()), { maxBytes: 1000 })).toThrow(
      /larger than 1000 bytes/,
    );
  });

  it('gives clear errors for text that is not a list', () => {
    expect(() => decodeStatusList('')).toThrow(/empty/);
    expect(() => decodeStatusList('u!!!')).toThrow(/not base64url/);
    expect(() => decodeStatusList('uAAAA')).toThrow(/not GZIP-compressed/);
    expect(() => decodeStatusList(`u${gzipSync(Buffer.alloc(0)).toString('base64url')}`)).toThrow(/empty/);
  });
});

describe('status list credential and entry', () => {
  const listUrl = 'https://badges.example.org/status-lists/1';

  it('builds the entry the spec describes', () => {
    expect(buildStatusEntry({ listUrl, index: 94567, statusPurpose: 'revocation' })).toEqual({
      id: `${listUrl}#94567`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '94567',
      statusListCredential: listUrl,
    });
    expect(() => buildStatusEntry({ listUrl, index: -1, statusPurpose: 'revocation' })).toThrow(
      /whole number/,
    );
    expect(() => buildStatusEntry({ listUrl: 'ftp://x/y', index: 1, statusPurpose: 'revocation' })).toThrow(
      /https/,
    );
  });

  it('builds a list credential that signs in JSON-LD safe mode and verifies with @digitalbazaar/vc', async () => {
    const issuer = await buildTestIssuer('lists');
    const bits = newStatusBits();
    setStatusBit(bits, 3, true);
    const unsigned = buildStatusListCredential({
      id: listUrl,
      issuer: issuer.did,
      validFrom: new Date('2026-01-01T00:00:00.250Z'),
      statusPurpose: 'suspension',
      encodedList: encodeStatusList(bits),
    });
    expect(unsigned).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: listUrl,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: issuer.did,
      validFrom: '2026-01-01T00:00:00Z',
      credentialSubject: {
        id: `${listUrl}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'suspension',
        encodedList: encodeStatusList(bits),
      },
    });
    const signed = await signCredential(unsigned, issuer.signingKey, issuer.documentLoader);
    const result = await vc.verifyCredential({
      credential: signed,
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader: independentLoader(issuer.didDocument),
    });
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
  });

  it('refuses bad input with a reason', () => {
    const base = {
      id: listUrl,
      issuer: 'did:web:example.org',
      validFrom: '2026-01-01T00:00:00Z',
      statusPurpose: 'revocation' as const,
      encodedList: encodeStatusList(newStatusBits()),
    };
    expect(() => buildStatusListCredential({ ...base, id: `${listUrl}#x` })).toThrow(/fragment/);
    expect(() => buildStatusListCredential({ ...base, statusPurpose: 'message' as 'revocation' })).toThrow(
      /statusPurpose/,
    );
    expect(() => buildStatusListCredential({ ...base, validUntil: '2025-01-01T00:00:00Z' })).toThrow(
      /after validFrom/,
    );
    expect(() => buildStatusListCredential({ ...base, encodedList: 'H4sI' })).toThrow(/encodeStatusList/);
  });
});

describe('randomFreeIndex', () => {
  it('never returns a taken index, and finds the last free one of a full list', () => {
    const taken = new Set<number>();
    for (let i = 0; i < 1000; i += 1) {
      const index = randomFreeIndex((n) => taken.has(n), 1024);
      expect(taken.has(index)).toBe(false);
      taken.add(index);
    }
    const free = new Set(Array.from({ length: 1024 }, (_, i) => i).filter((i) => !taken.has(i)));
    while (free.size > 0) {
      const index = randomFreeIndex((n) => !free.has(n), 1024);
      expect(free.delete(index)).toBe(true);
    }
    expect(() => randomFreeIndex(() => true, 1024)).toThrow(/full/);
  });

  it('spreads indexes over the whole list', () => {
    const picks = Array.from({ length: 400 }, () => randomFreeIndex(() => false));
    const quarters = [0, 1, 2, 3].map(
      (q) => picks.filter((i) => Math.floor(i / (STATUS_LIST_SIZE / 4)) === q).length,
    );
    for (const count of quarters) expect(count).toBeGreaterThan(50);
  });

  it('uses the given random source', () => {
    const sequence = [5, 7];
    expect(
      randomFreeIndex(
        (i) => i === 5,
        10,
        () => sequence.shift() ?? 0,
      ),
    ).toBe(7);
    // A source stuck on taken indexes still ends on a free one (chosen among the free ones).
    expect(
      randomFreeIndex(
        (i) => i !== 9,
        10,
        () => 0,
      ),
    ).toBe(9);
  });
});
