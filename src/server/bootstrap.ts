import path from 'node:path';
import { pino } from 'pino';
import { openDatabase } from '../db/database.js';
import { createCatalogCache } from '../features/catalog/catalog-cache.js';
import { createAppVerifier } from '../features/credentials/verifier.js';
import { diskBlobStore } from '../storage/blob-store.js';
import { systemClock } from './clock.js';
import type { Config } from './config.js';
import type { Deps } from './deps.js';
import { loadSecret } from './secret.js';

/** Opens the database and assembles the dependencies of a running instance (not yet migrated). */
export async function bootstrap(
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Deps & { close: () => Promise<void> }> {
  const log = pino({ level: config.logLevel });
  const handle = openDatabase(config.databaseUrl);
  return {
    verifier: createAppVerifier({ db: handle.db, config, clock: systemClock }),
    db: handle.db,
    dialect: handle.dialect,
    config,
    clock: systemClock,
    blobs: diskBlobStore(path.join(config.dataDir, 'blobs')),
    catalogCache: createCatalogCache(handle.db),
    log,
    secret: loadSecret(env, config.dataDir, config.production, log),
    readiness: { ready: false },
    close: handle.close,
  };
}
