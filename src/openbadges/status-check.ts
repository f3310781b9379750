// Checking whether anyone's credential is revoked or suspended, from the issuer's signed Bitstring
// Status List (W3C v1.0; the older StatusList2021 shape is read the same way). Plugs into
// `verifyCredential({ checkStatus })`. A list counts only when its proof verifies and the credential's
// own issuer signed it: anyone can host a list, only the issuer can say a credential is revoked.
import { formatDateForPeople } from './verify-dates.js';
import { checkIssuer } from './verify-issuer.js';
import { checkProof } from './verify-proof.js';
import { decodeStatusList, STATUS_LIST_SIZE } from './status-list.js';
import type { DocumentLoader, JsonObject } from './types.js';
import type { StatusCheckResult } from './verification-types.js';

/** Options of `createStatusChecker`. */
export interface StatusCheckerOptions {
  /** Fetches the status list credential at a URL (e.g. `createSafeFetcher()`); rejects when it cannot. */
  fetchListCredential: (url: string) => Promise<unknown>;
  /** Resolves the list issuer's keys, as for `verifyCredential`. */
  documentLoader: DocumentLoader;
  /**
   * How long a verified list is reused for the same URL; 0 = fetch every time. A list's own `ttl`
   * (milliseconds), when shorter, wins. 60 by default.
   */
  cacheSeconds?: number;
  /** The clock (tests); the current time by default. */
  now?: () => Date;
}

/** A `VerifyOptions.checkStatus`: undefined when the credential has no status entry this understands. */
export type StatusChecker = (credential: JsonObject) => Promise<StatusCheckResult | undefined>;

const ENTRY_TYPES = new Set(['BitstringStatusListEntry', 'StatusList2021Entry']);
const LIST_CREDENTIAL_TYPES = new Set(['BitstringStatusListCredential', 'StatusList2021Credential']);
const LIST_TYPES = new Set(['BitstringStatusList', 'StatusList2021']);
const PURPOSES = new Set(['revocation', 'suspension']);
/** Issuing and verifying clocks drift; a list signed "now" must still count. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
/** Lists larger than this once decoded are checked but not kept in memory. */
const MAX_CACHED_LIST_BYTES = 1024 * 1024;
const MAX_CACHED_LISTS = 500;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : isObject(value) && typeof value.id === 'string' ? value.id : undefined;

const typesOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

const why = (error: unknown): string =>
  (error instanceof Error && error.message ? error.message : String(error)).replace(/\.+$/, '');

/** A status list whose proof and issuer were checked, decoded. */
interface VerifiedList {
  issuerId: string;
  purposes: string[];
  bits: Uint8Array;
  validFrom?: Date;
  validUntil?: Date;
  /** When the cached copy must be fetched again (ms since epoch). */
  expiresAt: number;
}

/** The outcome of one status entry: its bit (or value), or why it could not be read. */
type EntryOutcome = { purpose: string; set: boolean } | { problem: string };

class StatusProblem extends Error {}

function readDate(document: JsonObject, members: string[]): Date | undefined {
  for (const member of members) {
    const value = document[member];
    if (typeof value !== 'string') continue;
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) throw new StatusProblem(`has a "${member}" that is not a date`);
    return date;
  }
  return undefined;
}

/** The entry's index as a number, or a problem: a base-10 string, as the spec requires (numbers are tolerated). */
function indexOf(entry: JsonObject): number {
  const raw = entry.statusListIndex;
  const text = typeof raw === 'number' ? String(raw) : raw;
  if (typeof text !== 'string' || !/^\d+$/.test(text)) {
    throw new StatusProblem(`its statusListIndex ${JSON.stringify(raw)} is not a whole number`);
  }
  return Number(text);
}

function statusSizeOf(entry: JsonObject): number {
  const size = entry.statusSize ?? 1;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > 32) {
    throw new StatusProblem(`its statusSize ${JSON.stringify(entry.statusSize)} is not supported`);
  }
  return size;
}

/** The value of `size` bits starting at entry `index` (most significant bit first). */
function readValue(bits: Uint8Array, index: number, size: number): number {
  let value = 0;
  for (let bit = index * size; bit < (index + 1) * size; bit += 1) {
    value = value * 2 + (((bits[bit >> 3] ?? 0) >> (7 - (bit % 8))) & 1);
  }
  return value;
}

/**
 * A `checkStatus` for `verifyCredential` that reads Bitstring Status List entries (revocation and
 * suspension) of credentials from any issuer. Never throws: an unreachable, unsigned, tampered or
 * foreign list, or an index outside it, is `{ valid: false, message }`.
 */
export function createStatusChecker(options: StatusCheckerOptions): StatusChecker {
  const { fetchListCredential, documentLoader } = options;
  const cacheMs = Math.max(0, options.cacheSeconds ?? 60) * 1000;
  const now = options.now ?? (() => new Date());
  const cache = new Map<string, VerifiedList>();
  const pending = new Map<string, Promise<VerifiedList>>();

  async function fetchAndVerify(url: string): Promise<VerifiedList> {
    let document: unknown;
    try {
      document = await fetchListCredential(url);
    } catch (error) {
      throw new StatusProblem(`The status list ${url} could not be fetched: ${why(error)}.`);
    }
    const problem = (text: string): StatusProblem => new StatusProblem(`The status list ${url} ${text}.`);
    if (!isObject(document)) throw problem('is not a JSON object');
    if (!typesOf(document.type).some((type) => LIST_CREDENTIAL_TYPES.has(type as string))) {
      throw problem('is not a BitstringStatusListCredential');
    }
    if (document.id !== undefined && document.id !== url) {
      throw problem(`names itself "${String(document.id)}", so it is not the list the credential points to`);
    }
    const subject = document.credentialSubject;
    if (!isObject(subject) || !typesOf(subject.type).some((type) => LIST_TYPES.has(type as string))) {
      throw problem('has no BitstringStatusList as its subject');
    }
    const issuerId = idOf(document.issuer);
    if (!issuerId) throw problem('does not say who issued it');

    const proof = await checkProof(structuredClone(document), documentLoader);
    if (!proof.valid) throw problem(`cannot be trusted: ${proof.message.replace(/\.+$/, '')}`);
    const issuer = await checkIssuer(structuredClone(document), documentLoader);
    if (!issuer.valid) throw problem(`cannot be trusted: ${issuer.message.replace(/\.+$/, '')}`);

    if (typeof subject.encodedList !== 'string') throw problem('has no encodedList');
    let bits: Uint8Array;
    try {
      bits = decodeStatusList(subject.encodedList);
    } catch (error) {
      throw problem(`cannot be read: ${why(error)}`);
    }
    const purposes = typesOf(subject.statusPurpose).filter((p): p is string => typeof p === 'string');
    let validFrom: Date | undefined;
    let validUntil: Date | undefined;
    try {
      validFrom = readDate(document, ['validFrom', 'issuanceDate']);
      validUntil = readDate(document, ['validUntil', 'expirationDate']);
    } catch (error) {
      throw problem(why(error));
    }
    const ttl = typeof subject.ttl === 'number' && subject.ttl >= 0 ? subject.ttl : Infinity;
    const keepMs = Math.min(cacheMs, ttl);
    return { issuerId, purposes, bits, validFrom, validUntil, expiresAt: now().getTime() + keepMs };
  }

  /** The verified list at `url`, from the cache while it is fresh; one fetch at a time per URL. */
  async function listAt(url: string): Promise<VerifiedList> {
    const cached = cache.get(url);
    if (cached && cached.expiresAt > now().getTime()) return cached;
    cache.delete(url);
    let inFlight = pending.get(url);
    if (!inFlight) {
      inFlight = fetchAndVerify(url).finally(() => pending.delete(url));
      pending.set(url, inFlight);
    }
    const list = await inFlight;
    if (list.expiresAt > now().getTime() && list.bits.length <= MAX_CACHED_LIST_BYTES) {
      if (cache.size >= MAX_CACHED_LISTS) cache.delete(cache.keys().next().value as string);
      cache.set(url, list);
    }
    return list;
  }

  async function checkEntry(entry: JsonObject, issuerId: string | undefined): Promise<EntryOutcome> {
    const url = entry.statusListCredential;
    try {
      if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) {
        throw new StatusProblem('its statusListCredential is not an http(s) URL');
      }
      if (entry.id !== undefined && entry.id === url) {
        throw new StatusProblem('its id is the status list URL itself, which the standard forbids');
      }
      const purpose = entry.statusPurpose;
      if (typeof purpose !== 'string') throw new StatusProblem('it does not say its statusPurpose');
      if (!PURPOSES.has(purpose)) {
        throw new StatusProblem(`its purpose "${purpose}" is not one this verifier understands`);
      }
      const index = indexOf(entry);
      const size = statusSizeOf(entry);
      const list = await listAt(url);
      if (!issuerId || list.issuerId !== issuerId) {
        return {
          problem: `The status list ${url} was issued by ${list.issuerId}, not by the credential's issuer ${String(issuerId)}, so it cannot say whether this credential is valid.`,
        };
      }
      const at = now();
      if (list.validFrom && list.validFrom.getTime() > at.getTime() + CLOCK_SKEW_MS) {
        return {
          problem: `The status list ${url} is not valid yet (from ${formatDateForPeople(list.validFrom)}).`,
        };
      }
      if (list.validUntil && list.validUntil.getTime() < at.getTime()) {
        return {
          problem: `The status list ${url} expired on ${formatDateForPeople(list.validUntil)}, so the credential's current status is unknown.`,
        };
      }
      if (!list.purposes.includes(purpose)) {
        return {
          problem: `The status list ${url} is a ${list.purposes.join('/') || 'purposeless'} list, but the credential looks in it for ${purpose}.`,
        };
      }
      const entries = Math.floor((list.bits.length * 8) / size);
      if (entries < STATUS_LIST_SIZE / size) {
        return {
          problem: `The status list ${url} has only ${entries} entries; the standard requires at least ${STATUS_LIST_SIZE / size} so that an entry does not reveal whose it is.`,
        };
      }
      if (index >= entries) {
        return {
          problem: `The credential's status is at position ${index}, beyond the end of the status list ${url} (${entries} entries).`,
        };
      }
      return { purpose, set: readValue(list.bits, index, size) !== 0 };
    } catch (error) {
      if (error instanceof StatusProblem && /^The /.test(error.message)) return { problem: error.message };
      const detail = error instanceof StatusProblem ? error.message : why(error);
      return { problem: `The credential's status entry cannot be checked: ${detail}.` };
    }
  }

  return async function checkStatus(credential: JsonObject): Promise<StatusCheckResult | undefined> {
    try {
      const raw = credential.credentialStatus;
      const entries = (Array.isArray(raw) ? raw : [raw]).filter(
        (entry): entry is JsonObject => isObject(entry) && ENTRY_TYPES.has(entry.type as string),
      );
      if (entries.length === 0) return undefined;
      const issuerId = idOf(credential.issuer);
      const outcomes = await Promise.all(entries.map((entry) => checkEntry(entry, issuerId)));
      const isSet = (purpose: string): boolean =>
        outcomes.some((outcome) => 'set' in outcome && outcome.purpose === purpose && outcome.set);
      if (isSet('revocation')) return { valid: false, message: 'The issuer has revoked this credential.' };
      if (isSet('suspension')) return { valid: false, message: 'The issuer has suspended this credential.' };
      const failed = outcomes.find((outcome): outcome is { problem: string } => 'problem' in outcome);
      if (failed) return { valid: false, message: failed.problem };
      const checked = new Set(entries.map((entry) => entry.statusPurpose));
      return {
        valid: true,
        message: checked.has('suspension')
          ? checked.has('revocation')
            ? 'The issuer has neither revoked nor suspended this credential (checked against its signed status lists).'
            : 'The issuer has not suspended this credential (checked against its signed status list).'
          : 'The issuer has not revoked this credential (checked against its signed status list).',
      };
    } catch (error) {
      return { valid: false, message: `The credential's status could not be checked: ${why(error)}.` };
    }
  };
}
