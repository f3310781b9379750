import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  assertKeyPairMatches,
  decryptSecret,
  encryptSecret,
  generateIssuerKeyPair,
  isEd25519PublicKeyMultibase,
  SecretDecryptionError,
} from './keys.js';

describe('issuer keys', () => {
  it('generates Ed25519 Multikey pairs', async () => {
    const keys = await generateIssuerKeyPair();
    expect(isEd25519PublicKeyMultibase(keys.publicKeyMultibase)).toBe(true);
    expect(keys.secretKeyMultibase).toMatch(/^z[1-9A-HJ-NP-Za-km-z]{80,}$/); // base58btc, multicodec 0x8026
    await expect(assertKeyPairMatches(keys)).resolves.toBeUndefined();
    expect((await generateIssuerKeyPair()).publicKeyMultibase).not.toBe(keys.publicKeyMultibase);
  });

  it('notices a secret key that does not belong to the public key', async () => {
    const [a, b] = await Promise.all([generateIssuerKeyPair(), generateIssuerKeyPair()]);
    await expect(
      assertKeyPairMatches({
        publicKeyMultibase: a.publicKeyMultibase,
        secretKeyMultibase: b.secretKeyMultibase,
      }),
    ).rejects.toThrow(/does not match/);
  });
});

describe('secret encryption', () => {
  const secret = randomBytes(32);

  it('round-trips with a fresh IV every time', () => {
    const plain = 'zrv3SgbK6gA1qvJ9SwFysiLLNwFaBbB6vYF5Do88WoRGMj5VYfzdq — ünïcödé';
    const box = encryptSecret(plain, secret);
    expect(box).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(box).not.toContain(plain);
    expect(encryptSecret(plain, secret)).not.toBe(box);
    expect(decryptSecret(box, secret)).toBe(plain);
  });

  it('fails cleanly with a wrong secret or altered data', () => {
    const box = encryptSecret('top secret', secret);
    expect(() => decryptSecret(box, randomBytes(32))).toThrow(SecretDecryptionError);
    expect(() => decryptSecret(box, randomBytes(32))).toThrow(/wrong encryption secret/);
    const parts = box.split('.');
    const altered = [...parts.slice(0, 3), Buffer.from('tampered').toString('base64url')].join('.');
    expect(() => decryptSecret(altered, secret)).toThrow(SecretDecryptionError);
    expect(() => decryptSecret('v2.a.b.c', secret)).toThrow(/format/);
    expect(() => decryptSecret('garbage', secret)).toThrow(SecretDecryptionError);
  });

  it('requires a 32-byte secret', () => {
    expect(() => encryptSecret('x', randomBytes(16))).toThrow(/32 bytes/);
    expect(() => decryptSecret('v1.a.b.c', Buffer.alloc(0))).toThrow(/32 bytes/);
  });
});
