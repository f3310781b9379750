import type { Logger } from 'pino';
import type { Db, DialectName } from '../db/database.js';
import type { CatalogCache } from '../features/catalog/catalog-cache.js';
import type { AppVerifier } from '../features/credentials/verifier.js';
import type { BlobStore } from '../storage/blob-store.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';

/** Everything a use case may touch, passed in rather than imported, so tests can swap the edges. */
export type Deps = {
  db: Db;
  dialect: DialectName;
  config: Config;
  clock: Clock;
  blobs: BlobStore;
  /** Serialized catalog pages, dropped when the catalog changes. */
  catalogCache: CatalogCache;
  log: Logger;
  /** 32-byte instance secret: encrypts issuer keys at rest, salts identifiers. */
  secret: Buffer;
  /** Set once migrations and the demo seed are complete; /healthz reports it. */
  readiness: { ready: boolean };
  /** Verifies anyone's credentials; caches by exact bytes. */
  verifier: AppVerifier;
};
