import type { Queryable } from '../../db/database.js';
import type { Config } from '../../server/config.js';
import { createDocumentLoader, type DocumentLoader } from '../../openbadges/index.js';
import { didDocumentOf, ownDidWebPrefix } from './issuer-keys.js';

/**
 * Contexts from memory and this instance's own issuer DIDs from the database — never over HTTP,
 * so signing and verifying our own credentials work behind a firewall and on localhost.
 */
export function appDocumentLoader(db: Queryable, config: Pick<Config, 'publicUrl'>): DocumentLoader {
  return createDocumentLoader({ resolveDid: ownDidResolver(db, config) });
}

/** Resolves this instance's did:web DIDs from the database; undefined for any other DID. */
export function ownDidResolver(db: Queryable, config: Pick<Config, 'publicUrl'>) {
  const prefix = ownDidWebPrefix(config);
  return async (did: string) => {
    if (!did.startsWith(prefix)) return undefined;
    return didDocumentOf(db, config, did.slice(prefix.length));
  };
}
