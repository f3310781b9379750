import { createHash } from 'node:crypto';
import { checkStatus, checkTrust, guarded } from './verify-live-checks.js';
import type { DocumentLoader, JsonObject } from './types.js';
import { checkDates } from './verify-dates.js';
import {
  type CheckId,
  type VerificationCheck,
  type VerificationResult,
  type VerifyOptions,
} from './verification-types.js';

// One badge is viewed many times: the verify page, the public page, an LMS polling it. The costly
// part of verifying (canonicalizing and checking the signature, resolving the issuer's key) depends
// only on the exact bytes of the credential, so it is done once; what changes with time (validity
// dates, revocation status, whether the caller still trusts the issuer) is checked on every call.

/** The signature of `verifyCredential`. */
export type VerifyFunction = (input: unknown, options: VerifyOptions) => Promise<VerificationResult>;

export interface CachedVerifierOptions {
  /** The verifier whose outcomes are cached, normally `verifyCredential`. */
  verify: VerifyFunction;
  /** Credentials remembered; the least recently verified is forgotten first. */
  maxEntries?: number;
  /**
   * How long a cached signature and issuer outcome may be reused, in milliseconds; no limit by
   * default. An issuer may remove a compromised key from its DID document: bound this (or call
   * `clear()` when our own issuers retire a key) so that such credentials stop verifying.
   */
  maxAgeMs?: number;
}

/** A verify function with the same signature as `verifyCredential`, answering repeats from memory. */
export interface CachedVerifier extends VerifyFunction {
  /** Forgets every cached outcome (e.g. after an issuer key was retired). */
  clear(): void;
  /** Number of credentials currently remembered. */
  readonly size: number;
}

/** Checks recomputed on every call: their outcome depends on the moment or on app state. */
const LIVE_CHECKS: ReadonlySet<CheckId> = new Set<CheckId>(['dates', 'status', 'trust']);

/** Badges are kilobytes (a VC-JWT is refused above 2 MB); larger inputs are not worth remembering. */
const MAX_CACHED_INPUT_CHARS = 2 * 1024 * 1024;

interface Entry {
  /** The result's checks in order; the live ones are recomputed, the others reused as they are. */
  checks: VerificationCheck[];
  credential: JsonObject;
  /** Any other member of the result (e.g. `format`), reused as it is. */
  extra: Omit<VerificationResult, 'verified' | 'checks' | 'credential'>;
  storedAt: number;
}

/** The cache key: SHA-256 of the exact text given, or of the JSON text of an object. */
function keyOf(input: unknown): string | undefined {
  let kind: string;
  let text: string | undefined;
  if (typeof input === 'string') {
    kind = 'text';
    text = input;
  } else if (typeof input === 'object' && input !== null) {
    kind = 'object';
    try {
      text = JSON.stringify(input);
    } catch {
      return undefined; // cyclic or otherwise not JSON: the verifier explains why
    }
  } else {
    return undefined;
  }
  if (text === undefined || text.length > MAX_CACHED_INPUT_CHARS) return undefined;
  // The kind is part of the key: an object holding, say, a Date is not the same input as its JSON text.
  return createHash('sha256').update(kind).update('\n').update(text).digest('base64');
}

/**
 * Whether a result is definitive: true unless the credential could not be read, a check failed on
 * an unexpected error, or the signature or issuer check failed while a document (the issuer's DID
 * document, a key) could not be loaded — that may work next time, so it is asked again.
 */
function isDefinitive(result: VerificationResult, aLoadFailed: boolean): boolean {
  if (!result.credential) return false;
  const format = result.checks.find((check) => check.id === 'format');
  if (!format?.valid) return false;
  for (const check of result.checks) {
    if (LIVE_CHECKS.has(check.id) || check.valid) continue;
    if (check.message.startsWith('This could not be checked')) return false;
    if ((check.id === 'proof' || check.id === 'issuer') && aLoadFailed) return false;
    if (/could not be (found|looked up|resolved)/i.test(check.message)) return false;
  }
  return true;
}

/**
 * Wraps a verifier (normally `verifyCredential`) with an LRU cache keyed by the SHA-256 of the exact
 * input. A repeat reuses the format, schema, proof and issuer checks and recomputes `dates`, `status`
 * (through `options.checkStatus`) and `trust` (through `options.isTrustedIssuer`), so a revocation
 * or an expiry after the first verification is reported at once. Use one cached verifier per
 * document loader configuration: the key does not include the loader.
 */
export function createCachedVerifier(options: CachedVerifierOptions): CachedVerifier {
  const { verify, maxEntries = 10_000, maxAgeMs = Number.POSITIVE_INFINITY } = options;
  if (typeof verify !== 'function') throw new TypeError('createCachedVerifier needs a verify function');
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new RangeError(`maxEntries must be a whole number ≥ 1, got ${maxEntries}`);
  }
  if (!(maxAgeMs > 0)) throw new RangeError(`maxAgeMs must be positive, got ${maxAgeMs}`);
  // A Map iterates in insertion order: re-inserting on every hit keeps the least recent first.
  const entries = new Map<string, Entry>();

  async function fromCache(entry: Entry, verifyOptions: VerifyOptions): Promise<VerificationResult> {
    const { credential } = entry;
    const now = verifyOptions.now ?? new Date();
    const [dates, status, trust] = await Promise.all([
      guarded('dates', () => checkDates(credential, now)),
      guarded('status', () => checkStatus(structuredClone(credential), verifyOptions)),
      verifyOptions.isTrustedIssuer
        ? guarded('trust', () => checkTrust(structuredClone(credential), verifyOptions))
        : undefined,
    ]);
    const live: Partial<Record<CheckId, VerificationCheck>> = { dates, status, trust };
    const checks: VerificationCheck[] = [];
    for (const check of entry.checks) {
      if (!LIVE_CHECKS.has(check.id)) checks.push({ ...check });
      else if (live[check.id]) checks.push(live[check.id]!);
    }
    if (trust && !entry.checks.some((check) => check.id === 'trust')) checks.push(trust);
    return {
      ...structuredClone(entry.extra),
      verified: checks.every((check) => check.valid),
      checks,
      credential: structuredClone(credential),
    };
  }

  async function cachedVerify(input: unknown, verifyOptions: VerifyOptions): Promise<VerificationResult> {
    const key = keyOf(input);
    if (key === undefined) return verify(input, verifyOptions);
    const cached = entries.get(key);
    if (cached && Date.now() - cached.storedAt <= maxAgeMs) {
      entries.delete(key);
      entries.set(key, cached);
      return fromCache(cached, verifyOptions);
    }
    if (cached) entries.delete(key);

    let aLoadFailed = false;
    const documentLoader: DocumentLoader = async (url) => {
      try {
        return await verifyOptions.documentLoader(url);
      } catch (error) {
        aLoadFailed = true;
        throw error;
      }
    };
    const result = await verify(input, { ...verifyOptions, documentLoader });
    if (isDefinitive(result, aLoadFailed) && result.credential) {
      const { verified: _verified, checks, credential, ...extra } = result;
      entries.set(key, {
        checks: structuredClone(checks),
        credential: structuredClone(credential),
        extra: structuredClone(extra),
        storedAt: Date.now(),
      });
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
    }
    return result;
  }

  return Object.defineProperties(cachedVerify, {
    clear: { value: () => entries.clear() },
    size: { get: () => entries.size },
  }) as CachedVerifier;
}
