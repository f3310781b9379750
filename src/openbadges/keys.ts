import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  randomBytes,
} from 'node:crypto';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';

/** An Ed25519 key pair in Multikey form (multibase base58btc with multicodec header). */
export interface IssuerKeyPair {
  /** `z6Mk…`: what DID documents publish. */
  publicKeyMultibase: string;
  /** `zrv…`: never stored in clear; see `encryptSecret`. */
  secretKeyMultibase: string;
}

/** Generates a fresh Ed25519 signing key for an issuer. */
export async function generateIssuerKeyPair(): Promise<IssuerKeyPair> {
  const keyPair = await Ed25519Multikey.generate();
  const { publicKeyMultibase, secretKeyMultibase } = keyPair;
  if (!secretKeyMultibase) throw new Error('the key library returned no secret key');
  return { publicKeyMultibase, secretKeyMultibase };
}

/** Ed25519 public keys in multibase start with this (multicodec 0xed01, base58btc). */
const ED25519_PUBLIC_MULTIBASE = /^z6Mk[1-9A-HJ-NP-Za-km-z]{44}$/;

/** True when the string looks like an Ed25519 Multikey public key (`z6Mk…`). */
export function isEd25519PublicKeyMultibase(value: string): boolean {
  return ED25519_PUBLIC_MULTIBASE.test(value);
}

// PKCS#8 DER prefix for a raw 32-byte Ed25519 seed.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * Throws unless the secret key belongs to the public key. A mismatch would produce credentials
 * that nobody can verify, so it is refused before signing rather than discovered by recipients.
 */
export async function assertKeyPairMatches(keys: IssuerKeyPair): Promise<void> {
  await derivedFromKeyPair(keys, 'checked', () => checkKeyPair(keys));
}

const MAX_DERIVED = 1000;
const derived = new Map<string, Promise<unknown>>();

/**
 * What is made from a key pair (its check, the library signer, the JOSE key), made once per pair
 * and purpose: bulk issuance signs thousands of credentials with one key. Only a hash of the pair
 * names the entry; a failure is not remembered.
 */
export function derivedFromKeyPair<T>(
  keys: IssuerKeyPair,
  purpose: string,
  make: () => Promise<T>,
): Promise<T> {
  const name = `${purpose}:${createHash('sha256').update(`${keys.publicKeyMultibase}:${keys.secretKeyMultibase}`).digest('base64')}`;
  let pending = derived.get(name) as Promise<T> | undefined;
  if (!pending) {
    if (derived.size >= MAX_DERIVED) derived.clear();
    pending = make();
    derived.set(name, pending);
    pending.catch(() => derived.delete(name));
  }
  return pending;
}

async function checkKeyPair(keys: IssuerKeyPair): Promise<void> {
  const keyPair = await Ed25519Multikey.from({
    type: 'Multikey',
    '@context': 'https://w3id.org/security/multikey/v1',
    ...keys,
  });
  const seed = keyPair.secretKey?.subarray(0, 32);
  if (!seed || seed.length !== 32 || keyPair.publicKey.length !== 32) {
    throw new Error('the issuer key is not a valid Ed25519 key pair');
  }
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const derived = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(-32);
  if (!derived.equals(Buffer.from(keyPair.publicKey))) {
    throw new Error('the issuer secret key does not match its public key');
  }
}

const BOX_VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Raised by `decryptSecret` when the box was sealed with another secret or has been altered. */
export class SecretDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretDecryptionError';
  }
}

function assertSecret(secret: Buffer): void {
  if (!Buffer.isBuffer(secret) || secret.length !== 32) {
    throw new TypeError('the encryption secret must be exactly 32 bytes');
  }
}

/**
 * Seals `plain` with AES-256-GCM under `secret` (32 bytes) as
 * `v1.<iv>.<tag>.<ciphertext>` (base64url parts). A fresh random IV is used every time.
 */
export function encryptSecret(plain: string, secret: Buffer): string {
  assertSecret(secret);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', secret, iv);
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [BOX_VERSION, iv, tag, ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** Opens a box made by `encryptSecret`; throws `SecretDecryptionError` on a wrong secret or altered box. */
export function decryptSecret(box: string, secret: Buffer): string {
  assertSecret(secret);
  const parts = typeof box === 'string' ? box.split('.') : [];
  const [version, ivPart, tagPart, ciphertextPart] = parts;
  if (parts.length !== 4 || version !== BOX_VERSION || !ivPart || !tagPart || ciphertextPart === undefined) {
    throw new SecretDecryptionError('the encrypted secret is not in the expected v1 format');
  }
  const iv = Buffer.from(ivPart, 'base64url');
  const tag = Buffer.from(tagPart, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new SecretDecryptionError('the encrypted secret is not in the expected v1 format');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', secret, iv, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(tag);
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertextPart, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new SecretDecryptionError(
      'the encrypted secret could not be opened: wrong encryption secret or altered data',
    );
  }
}
