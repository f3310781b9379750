import type { Db } from '../../db/database.js';
import type { Clock } from '../../server/clock.js';
import type { Config } from '../../server/config.js';
import {
  createDocumentLoader,
  verifyCredential,
  type DocumentLoader,
  type JsonObject,
  type StatusCheckResult,
  type VerificationResult,
} from '../../openbadges/index.js';
import { createRemoteResolver } from '../../openbadges/remote-resolver.js';
import { createSafeFetcher, type FetchJson } from '../../openbadges/safe-fetch.js';
import { createStatusChecker } from '../../openbadges/status-check.js';
import { createCachedVerifier } from '../../openbadges/verify-cache.js';
import { issuerIdOf } from '../../openbadges/verify-format.js';
import { ownDidResolver } from '../issuance/document-loader.js';
import { isOwnDid } from '../issuance/issuer-keys.js';
import { credentialUrl } from '../issuance/issue-credential.js';
import { isRevokedInList, statusListUrl } from '../issuance/status-lists.js';
import * as repo from './credentials.repository.js';

export type AppVerifier = {
  /** Verifies anyone's credential (JSON, object or VC-JWT); each check is reported, nothing thrown. */
  verify(input: unknown): Promise<VerificationResult>;
  /** Forgets cached outcomes, e.g. after one of our keys was retired as compromised. */
  clear(): void;
  /** Contexts from memory, our DIDs from the database, others' keys fetched safely. */
  documentLoader: DocumentLoader;
};

export type VerifierOptions = {
  /** Documents answered without fetching, e.g. another issuer's keys in tests. */
  extraDocuments?: Record<string, object>;
  /** Replaces the SSRF-safe fetcher (tests). */
  fetchJson?: FetchJson;
};

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/**
 * The verifier of this instance. Contexts come only from memory; this instance's issuers and
 * status lists from the database (so a revocation shows everywhere at once); anyone else's
 * did:web documents, key URLs and status lists through an SSRF-safe fetcher with time and size
 * limits. Repeated verification of the same bytes answers from a cache, re-checking dates and status.
 */
export function createAppVerifier(
  { db, config, clock }: { db: Db; config: Config; clock: Clock },
  options: VerifierOptions = {},
): AppVerifier {
  const fetchJson =
    options.fetchJson ??
    createSafeFetcher({ timeoutMs: config.fetchTimeoutMs, allowHosts: config.fetchAllowHosts });
  const remote = createRemoteResolver({ fetchJson, local: ownDidResolver(db, config) });
  const documentLoader = createDocumentLoader({
    resolveDid: remote.resolveDid,
    resolveUrl: remote.resolveUrl,
    ...(options.extraDocuments ? { extraDocuments: options.extraDocuments } : {}),
  });
  const remoteStatus = createStatusChecker({
    fetchListCredential: fetchJson,
    documentLoader,
    cacheSeconds: config.statusCacheSeconds,
    now: () => clock.now(),
  });
  const listPrefix = statusListUrl(config.publicUrl, '');
  const ownPrefix = credentialUrl(config.publicUrl, '');

  async function ownStatus(credential: JsonObject): Promise<StatusCheckResult | undefined> {
    const id =
      typeof credential.id === 'string' && credential.id.startsWith(ownPrefix)
        ? credential.id.slice(ownPrefix.length)
        : null;
    const entries = asArray(credential.credentialStatus) as JsonObject[];
    const entry = entries.find(
      (e) => typeof e?.statusListCredential === 'string' && e.statusListCredential.startsWith(listPrefix),
    );
    if (!id && !entry) return undefined;
    const row = id ? await repo.statusOf(db, id) : undefined;
    if (id && !row) return { valid: false, message: 'This credential is not on record with its issuer.' };
    if (row && row.status !== 'valid')
      return { valid: false, message: `The issuer has ${row.status} this credential.` };
    if (entry) {
      const index = Number(entry.statusListIndex);
      const revoked = await isRevokedInList(
        db,
        String(entry.statusListCredential).slice(listPrefix.length),
        Number.isSafeInteger(index) ? index : -1,
      );
      if (revoked === undefined)
        return { valid: false, message: 'The status list named by the credential does not exist here.' };
      if (revoked) {
        return {
          valid: false,
          message: row
            ? 'This copy was replaced by a newer one (the issuer signed it again): get the current copy from its page.'
            : 'The issuer has revoked this credential.',
        };
      }
    }
    return { valid: true, message: row ? 'Not revoked or suspended.' : 'Not revoked.' };
  }

  // Our own issuers' statuses come from the database, live; anyone else's from their lists.
  const checkStatus = async (credential: JsonObject) =>
    (await isOwnDid(db, config, issuerIdOf(credential) ?? ''))
      ? ownStatus(credential)
      : remoteStatus(credential);
  const cached = createCachedVerifier({ verify: verifyCredential, maxAgeMs: 10 * 60_000 });
  return {
    verify: (input) => cached(input, { documentLoader, now: clock.now(), checkStatus }),
    clear: () => cached.clear(),
    documentLoader,
  };
}
