// Ed25519 keys between the two forms credentials use: Multikey (`publicKeyMultibase`, what DID
// documents publish and Data Integrity signs with) and JWK (what JOSE / VC-JWT libraries take).

/** A public Ed25519 key as a JSON Web Key (RFC 8037). */
export interface Ed25519PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
}

/** A private Ed25519 key as a JSON Web Key: the public `x` and the 32-byte seed `d`. */
export interface Ed25519PrivateJwk extends Ed25519PublicJwk {
  d: string;
}

const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** Multikey values are short; anything longer is not a key and is refused before any arithmetic. */
const MAX_MULTIBASE_LENGTH = 200;

// Multicodec varint headers (https://github.com/multiformats/multicodec): ed25519-pub, ed25519-priv.
const ED25519_PUB_HEADER = [0xed, 0x01];
const ED25519_PRIV_HEADER = [0x80, 0x26];

/** Decodes base58btc (the `z` multibase) text into bytes; throws on a character outside the alphabet. */
function base58Decode(text: string): Uint8Array {
  let value = 0n;
  for (const char of text) {
    const digit = BASE58_ALPHABET.indexOf(char);
    if (digit === -1) throw new Error(`"${char}" is not a base58btc character`);
    value = value * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  while (value > 0n) {
    bytes.unshift(Number(value & 0xffn));
    value >>= 8n;
  }
  let leadingZeros = 0;
  while (text[leadingZeros] === '1') leadingZeros++;
  return Uint8Array.from([...new Array<number>(leadingZeros).fill(0), ...bytes]);
}

/** The key bytes after a multibase `z` prefix and the expected multicodec header. */
function decodeMultikey(multibase: string, header: number[], what: string): Uint8Array {
  if (
    typeof multibase !== 'string' ||
    !multibase.startsWith('z') ||
    multibase.length > MAX_MULTIBASE_LENGTH
  ) {
    throw new Error(`the ${what} is not a base58btc multibase value (it must start with "z")`);
  }
  const bytes = base58Decode(multibase.slice(1));
  if (bytes[0] !== header[0] || bytes[1] !== header[1]) {
    throw new Error(`the ${what} is not an Ed25519 key (wrong multicodec header)`);
  }
  return bytes.subarray(2);
}

const base64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');

/** The JWK of an Ed25519 Multikey public key (`z6Mk…`). Throws with a readable message otherwise. */
export function publicKeyMultibaseToJwk(publicKeyMultibase: string): Ed25519PublicJwk {
  const key = decodeMultikey(publicKeyMultibase, ED25519_PUB_HEADER, 'public key');
  if (key.length !== 32) throw new Error('the public key is not an Ed25519 key (it must be 32 bytes)');
  return { kty: 'OKP', crv: 'Ed25519', x: base64url(key) };
}

/**
 * The private JWK of an Ed25519 Multikey pair. The Multikey secret holds the 32-byte seed, often
 * followed by the public key (64 bytes); a trailing public key must agree with `publicKeyMultibase`.
 */
export function secretKeyMultibaseToJwk(
  secretKeyMultibase: string,
  publicKeyMultibase: string,
): Ed25519PrivateJwk {
  const publicJwk = publicKeyMultibaseToJwk(publicKeyMultibase);
  const secret = decodeMultikey(secretKeyMultibase, ED25519_PRIV_HEADER, 'secret key');
  if (secret.length !== 32 && secret.length !== 64) {
    throw new Error('the secret key is not an Ed25519 key (it must be 32 or 64 bytes)');
  }
  if (secret.length === 64 && base64url(secret.subarray(32)) !== publicJwk.x) {
    throw new Error('the issuer secret key does not match its public key');
  }
  return { ...publicJwk, d: base64url(secret.subarray(0, 32)) };
}

/** Whether a value is an Ed25519 public JWK (`kty: OKP`, `crv: Ed25519`, a 32-byte `x`). */
export function isEd25519PublicJwk(value: unknown): value is Ed25519PublicJwk {
  if (typeof value !== 'object' || value === null) return false;
  const { kty, crv, x } = value as Record<string, unknown>;
  return (
    kty === 'OKP' &&
    crv === 'Ed25519' &&
    typeof x === 'string' &&
    /^[A-Za-z0-9_-]{43}$/.test(x) &&
    Buffer.from(x, 'base64url').length === 32
  );
}
