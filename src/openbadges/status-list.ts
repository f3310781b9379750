// W3C Bitstring Status List v1.0: the bits, their published encoding, the list credential and the
// entry each credential carries. Pure functions: storing lists and signing them is the caller's job.
import { randomInt } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { toIsoSeconds } from './build-credential.js';
import { CREDENTIALS_V2_CONTEXT } from './contexts.js';

/**
 * Entries per list: the spec's minimum (16 KiB of bits). A list this large hides whose index is
 * whose among many credentials ("herd privacy"), and it compresses to a few hundred bytes.
 */
export const STATUS_LIST_SIZE = 131072;

/** Cap on an inflated list: far above any real list, far below what a gzip bomb would expand to. */
export const MAX_DECODED_LIST_BYTES = 16 * 1024 * 1024;

/** The purposes this platform publishes lists for. */
export type StatusPurpose = 'revocation' | 'suspension';

export const STATUS_PURPOSES: readonly StatusPurpose[] = ['revocation', 'suspension'];

/** A zeroed list of `size` entries (one bit each); `size` must be a positive multiple of 8. */
export function newStatusBits(size: number = STATUS_LIST_SIZE): Uint8Array {
  if (!Number.isSafeInteger(size) || size <= 0 || size % 8 !== 0) {
    throw new RangeError(`a status list needs a positive number of entries divisible by 8 (got ${size})`);
  }
  return new Uint8Array(size / 8);
}

function assertIndex(bits: Uint8Array, index: number): void {
  if (!Number.isSafeInteger(index) || index < 0 || index >= bits.length * 8) {
    throw new RangeError(`status list index ${index} is outside the list (0 to ${bits.length * 8 - 1})`);
  }
}

/** The mask of entry `index` within its byte: index 0 is the left-most (most significant) bit. */
const maskOf = (index: number): number => 0x80 >> (index % 8);

/** Whether entry `index` is set (for a revocation list: revoked). */
export function getStatusBit(bits: Uint8Array, index: number): boolean {
  assertIndex(bits, index);
  return ((bits[index >> 3] ?? 0) & maskOf(index)) !== 0;
}

/** Sets or clears entry `index`, in place. */
export function setStatusBit(bits: Uint8Array, index: number, value: boolean): void {
  assertIndex(bits, index);
  const byte = index >> 3;
  bits[byte] = value ? (bits[byte] ?? 0) | maskOf(index) : (bits[byte] ?? 0) & ~maskOf(index);
}

/** `encodedList`: multibase base64url without padding ('u' prefix) of the GZIP-compressed bits. */
export function encodeStatusList(bits: Uint8Array): string {
  return `u${gzipSync(bits).toString('base64url')}`;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * The bits of an `encodedList`. Accepts the multibase form ('u' prefix) and the older form without
 * it (StatusList2021): a GZIP stream in base64url always starts with "H4sI", never with 'u'.
 * Refuses anything that inflates past `maxBytes` (16 MB by default), so a gzip bomb costs nothing.
 */
export function decodeStatusList(encoded: string, options: { maxBytes?: number } = {}): Uint8Array {
  const maxBytes = options.maxBytes ?? MAX_DECODED_LIST_BYTES;
  if (typeof encoded !== 'string' || encoded === '') throw new Error('the encoded status list is empty');
  const text = encoded.startsWith('u') ? encoded.slice(1) : encoded;
  if (!BASE64URL.test(text)) {
    throw new Error('the encoded status list is not base64url text (multibase "u" prefix expected)');
  }
  const compressed = Buffer.from(text, 'base64url');
  let bits: Buffer;
  try {
    bits = gunzipSync(compressed, { maxOutputLength: maxBytes });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new Error(`the status list is larger than ${maxBytes} bytes once uncompressed; it is refused`);
    }
    throw new Error('the encoded status list is not GZIP-compressed data', { cause: error });
  }
  if (bits.length === 0) throw new Error('the status list is empty once uncompressed');
  return new Uint8Array(bits.buffer, bits.byteOffset, bits.length);
}

/** What `buildStatusListCredential` needs. */
export interface StatusListCredentialInput {
  /** Where the list credential is served (https; http only for local use); also its id. */
  id: string;
  /** The issuer's id (a DID or URL): the same issuer that signs the credentials the list covers. */
  issuer: string;
  validFrom: Date | string;
  validUntil?: Date | string;
  statusPurpose: StatusPurpose;
  /** From `encodeStatusList`. */
  encodedList: string;
}

/**
 * An unsigned BitstringStatusListCredential (VC 2.0), ready for `signCredential`. A type alias, not
 * an interface, so that it is assignable where any JSON object is expected.
 */
export type StatusListCredential = {
  '@context': [typeof CREDENTIALS_V2_CONTEXT];
  id: string;
  type: ['VerifiableCredential', 'BitstringStatusListCredential'];
  issuer: string;
  validFrom: string;
  validUntil?: string;
  credentialSubject: {
    id: string;
    type: 'BitstringStatusList';
    statusPurpose: StatusPurpose;
    encodedList: string;
  };
};

function assertListUrl(url: string, what: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`${what} "${url}" is not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new TypeError(`${what} "${url}" must be an https URL (or http for local use)`);
  }
  if (parsed.hash) throw new TypeError(`${what} "${url}" must not have a #fragment`);
}

function assertPurpose(statusPurpose: string): asserts statusPurpose is StatusPurpose {
  if (!STATUS_PURPOSES.includes(statusPurpose as StatusPurpose)) {
    throw new TypeError(`statusPurpose must be "revocation" or "suspension" (got "${statusPurpose}")`);
  }
}

/**
 * The status list credential an issuer publishes at `id`. Only the VC 2.0 context is needed: it
 * defines every Bitstring Status List term, so JSON-LD safe mode signs it as it is.
 */
export function buildStatusListCredential(input: StatusListCredentialInput): StatusListCredential {
  assertListUrl(input.id, 'the status list id');
  assertPurpose(input.statusPurpose);
  if (typeof input.issuer !== 'string' || !input.issuer.includes(':')) {
    throw new TypeError(`the issuer "${String(input.issuer)}" must be a DID or URL`);
  }
  if (!input.encodedList.startsWith('u')) {
    throw new TypeError('encodedList must come from encodeStatusList (multibase, "u" prefix)');
  }
  const validFrom = toIsoSeconds(input.validFrom, 'validFrom');
  const validUntil =
    input.validUntil === undefined ? undefined : toIsoSeconds(input.validUntil, 'validUntil');
  if (validUntil !== undefined && validUntil <= validFrom) {
    throw new TypeError('validUntil must be after validFrom');
  }
  return {
    '@context': [CREDENTIALS_V2_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuer,
    validFrom,
    ...(validUntil === undefined ? {} : { validUntil }),
    credentialSubject: {
      id: `${input.id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: input.statusPurpose,
      encodedList: input.encodedList,
    },
  };
}

/**
 * The `credentialStatus` a credential carries: where its bit is, and what the bit means. A type
 * alias so that it fits `credentialStatus` members typed as open JSON objects.
 */
export type StatusEntry = {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: StatusPurpose;
  statusListIndex: string;
  statusListCredential: string;
};

/** The entry for position `index` of the list at `listUrl` (the index as a base-10 string, as the spec says). */
export function buildStatusEntry(input: {
  listUrl: string;
  index: number;
  statusPurpose: StatusPurpose;
}): StatusEntry {
  assertListUrl(input.listUrl, 'the status list URL');
  assertPurpose(input.statusPurpose);
  if (!Number.isSafeInteger(input.index) || input.index < 0) {
    throw new RangeError(`a status list index must be a whole number from 0 (got ${input.index})`);
  }
  return {
    id: `${input.listUrl}#${input.index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: input.statusPurpose,
    statusListIndex: String(input.index),
    statusListCredential: input.listUrl,
  };
}

/** Random integer in [0, max). */
export type RandomInt = (max: number) => number;

/** Random picks before counting: with a list under ~98% full, one of them finds a free index. */
const RANDOM_TRIES = 200;

/**
 * A uniformly random index in [0, size) for which `taken` is false, so an index says nothing about
 * when, or for whom, it was given out. Random picks first (almost always enough); on a nearly full
 * list, counts the free indexes and picks one of them at random. Throws when the list is full.
 */
export function randomFreeIndex(
  taken: (index: number) => boolean,
  size: number = STATUS_LIST_SIZE,
  rng: RandomInt = randomInt,
): number {
  if (!Number.isSafeInteger(size) || size <= 0) {
    throw new RangeError(`a status list size must be a positive whole number (got ${size})`);
  }
  for (let attempt = 0; attempt < RANDOM_TRIES; attempt += 1) {
    const index = rng(size);
    if (!taken(index)) return index;
  }
  const free: number[] = [];
  for (let index = 0; index < size; index += 1) if (!taken(index)) free.push(index);
  if (free.length === 0) throw new Error(`the status list is full: all ${size} indexes are in use`);
  return free[rng(free.length)] as number;
}
