import type { Queryable } from '../../db/database.js';
import type { Config } from '../../server/config.js';
import { createDocumentLoader, type DocumentLoader } from '../../openbadges/index.js';
import { didDocumentOf, issuerDid } from './issuer-keys.js';

/**
 * Contexts from memory and this instance's own issuer DIDs from the database — never over HTTP,
 * so signing and verifying work behind a firewall and on localhost.
 */
export function appDocumentLoader(db: Queryable, config: Pick<Config, 'publicUrl'>): DocumentLoader {
  const ownPrefix = issuerDid(config, 'x').slice(0, -1);
  return createDocumentLoader({
    resolveDid: async (did) => {
      if (!did.startsWith(ownPrefix)) return undefined;
      return didDocumentOf(db, config, did.slice(ownPrefix.length));
    },
  });
}
