import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bakePng,
  bakeSvg,
  extractBakedCredential,
  extractFromPng,
  PNG_CREDENTIAL_KEYWORD,
} from './baking.js';
import { buildOpenBadgeCredential } from './build-credential.js';
import { signCredential } from './sign.js';
import { buildTestCredentialInput, buildTestIssuer } from './test-fixtures.js';
import { signCredentialJwt } from './vc-jwt.js';
import { verifyCredential } from './verify.js';

const BADGE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">' +
  '<circle cx="48" cy="48" r="44" fill="#0f766e"/><text x="48" y="56" font-size="24" text-anchor="middle" fill="#fff">FA</text></svg>';

/** The text chunks of a PNG, read byte by byte here rather than with bake-png.ts. */
function textChunks(png: Buffer): { type: string; data: Buffer }[] {
  const chunks: { type: string; data: Buffer }[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (/^(iTXt|tEXt|zTXt)$/.test(type))
      chunks.push({ type, data: png.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
  }
  return chunks;
}

describe('baked PNG', () => {
  let png: Buffer;
  let json: string;
  let jwt: string;
  let documentLoader: Awaited<ReturnType<typeof buildTestIssuer>>['documentLoader'];

  beforeAll(async () => {
    png = await sharp(Buffer.from(BADGE_SVG)).png().toBuffer();
    const issuer = await buildTestIssuer();
    documentLoader = issuer.documentLoader;
    const unsigned = buildOpenBadgeCredential(buildTestCredentialInput(issuer.did));
    json = JSON.stringify(await signCredential(unsigned, issuer.signingKey, issuer.documentLoader), null, 2);
    jwt = await signCredentialJwt(unsigned, issuer.signingKey);
  });

  it.each(['json', 'jwt'] as const)('round-trips a %s credential, which still verifies', async (kind) => {
    const credential = kind === 'json' ? json : jwt;
    const baked = bakePng(png, credential);
    expect(extractFromPng(baked)).toBe(credential);
    const found = extractBakedCredential(baked);
    expect(found).toEqual({ kind: 'png', credential });
    const result = await verifyCredential(credential, { documentLoader });
    expect(result.verified).toBe(true);
  });

  it('writes one uncompressed iTXt chunk, keyword openbadgecredential, before IEND', () => {
    const baked = bakePng(png, jwt);
    const [chunk, ...others] = textChunks(baked);
    expect(others).toEqual([]);
    expect(chunk?.type).toBe('iTXt');
    expect(chunk?.data.equals(Buffer.from(`${PNG_CREDENTIAL_KEYWORD}\0\0\0\0\0${jwt}`, 'utf8'))).toBe(true);
    expect(baked.subarray(-12).toString('latin1', 4, 8)).toBe('IEND');
  });

  it('leaves an image sharp still decodes to the same pixels', async () => {
    const baked = bakePng(png, json);
    const before = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const after = await sharp(baked).raw().toBuffer({ resolveWithObject: true });
    expect(after.info).toEqual(before.info);
    expect(after.data.equals(before.data)).toBe(true);
  });

  it('replaces the credential when baked again', () => {
    const twice = bakePng(bakePng(png, json), jwt);
    expect(extractFromPng(twice)).toBe(jwt);
    expect(textChunks(twice)).toHaveLength(1);
    expect(twice.length).toBe(bakePng(png, jwt).length);
  });

  /** The badge with an iTXt chunk of the given data before IEND, CRC computed here. */
  function withITxt(data: Buffer): Buffer {
    const chunk = Buffer.alloc(12 + data.length);
    chunk.writeUInt32BE(data.length, 0);
    chunk.write('iTXt', 4, 'latin1');
    data.copy(chunk, 8);
    chunk.writeUInt32BE(crc32Of(chunk.subarray(4, 8 + data.length)), 8 + data.length);
    return Buffer.concat([png.subarray(0, png.length - 12), chunk, png.subarray(-12)]);
  }

  it('reads a compressed iTXt chunk with a language tag too', () => {
    const compressed = withITxt(
      Buffer.concat([
        Buffer.from(`${PNG_CREDENTIAL_KEYWORD}\0\x01\0en\0Credential\0`, 'latin1'),
        deflateSync(Buffer.from(json)),
      ]),
    );
    expect(extractFromPng(compressed)).toBe(json);
    expect(extractFromPng(bakePng(compressed, jwt))).toBe(jwt);
    expect(textChunks(bakePng(compressed, jwt))).toHaveLength(1);
  });

  it('refuses a compressed credential that inflates to an absurd size', () => {
    const bomb = withITxt(
      Buffer.concat([
        Buffer.from(`${PNG_CREDENTIAL_KEYWORD}\0\x01\0\0\0`, 'latin1'),
        deflateSync(Buffer.alloc(20 * 1024 * 1024, 0x20)),
      ]),
    );
    expect(extractBakedCredential(bomb)).toEqual({ error: expect.stringMatching(/too large/) as unknown });
  });

  it('finds no credential in a plain badge', () => {
    expect(extractFromPng(png)).toBeUndefined();
    expect(extractBakedCredential(png)).toEqual({ kind: 'png' });
  });

  it('reports a damaged checksum, a cut-short file and a missing signature', () => {
    const baked = bakePng(png, json);
    const damaged = Buffer.from(baked);
    damaged[baked.length - 20] = (damaged[baked.length - 20] ?? 0) ^ 0xff; // inside the iTXt text
    expect(extractBakedCredential(damaged)).toEqual({
      error: expect.stringMatching(/checksum of its iTXt chunk/) as unknown,
    });
    expect(() => bakePng(damaged, jwt)).toThrow(/checksum/);
    expect(extractBakedCredential(baked.subarray(0, baked.length - 30))).toEqual({
      error: expect.stringMatching(/cut short/) as unknown,
    });
    expect(() => bakePng(Buffer.from('not a png'), jwt)).toThrow(/not a PNG/);
  });

  it('refuses images over the size limit, and files that are neither PNG nor SVG', () => {
    const baked = bakePng(png, json);
    expect(extractBakedCredential(baked, 1000)).toEqual({
      error: expect.stringMatching(/too large .* limit is 1 KB/) as unknown,
    });
    expect(extractBakedCredential(Buffer.from('GIF89a...'))).toEqual({
      error: expect.stringMatching(/neither a PNG nor an SVG/) as unknown,
    });
  });

  it('sniffs an SVG by content, after a BOM and whitespace', () => {
    const svg = `\uFEFF\n  <?xml version="1.0"?>\n${bakeSvg(BADGE_SVG, jwt)}`;
    expect(extractBakedCredential(Buffer.from(svg))).toEqual({ kind: 'svg', credential: jwt });
    expect(extractBakedCredential(new Uint8Array(Buffer.from(BADGE_SVG)))).toEqual({ kind: 'svg' });
  });

  it('never throws on random bytes or on damaged PNGs (fuzz)', () => {
    const baked = bakePng(png, jwt);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc.uint8Array({ maxLength: 200 }).map((tail) => Buffer.concat([baked.subarray(0, 8), tail])),
          fc
            .tuple(fc.nat({ max: baked.length - 1 }), fc.integer({ min: 1, max: 255 }))
            .map(([index, flip]) => {
              const copy = Buffer.from(baked);
              copy[index] = (copy[index] ?? 0) ^ flip;
              return copy;
            }),
          fc.nat({ max: baked.length }).map((length) => baked.subarray(0, length)),
          fc.string().map((text) => Buffer.from(`<svg>${text}`)),
        ),
        (bytes) => {
          const result = extractBakedCredential(bytes);
          expect(typeof result).toBe('object');
          if ('error' in result) expect(result.error).toMatch(/^(This|The|No)/);
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** CRC-32 as PNG defines it, computed bit by bit here so the test does not lean on the baker's zlib call. */
function crc32Of(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
