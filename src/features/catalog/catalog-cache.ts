import type { Queryable } from '../../db/database.js';

/**
 * Serialized catalog pages, kept while the catalog's generation is unchanged. Reads dominate and
 * the catalog changes only when an issuer publishes or retires, so repeated searches cost a map
 * lookup. This process sees its own changes at once (`invalidate`); changes made by other app
 * processes are noticed within `freshnessMs`, when the generation row is read again.
 */
export type CatalogCache = {
  get: (key: string, compute: () => Promise<string>) => Promise<string>;
  /** Drops every page now (after this process changed the catalog). */
  invalidate: () => void;
};

export function createCatalogCache(
  db: Queryable,
  options: { maxPages?: number; freshnessMs?: number; now?: () => number } = {},
): CatalogCache {
  const maxPages = options.maxPages ?? 2000;
  const freshnessMs = options.freshnessMs ?? 1000;
  const now = options.now ?? (() => performance.now());
  const pages = new Map<string, string>();
  let generation: number | null = null;
  let checkedAt = -Infinity;
  let pending: Promise<void> | null = null;

  const refresh = async () => {
    const row = await db
      .selectFrom('catalog_state')
      .select('generation')
      .where('id', '=', 1)
      .executeTakeFirst();
    const g = Number(row?.generation ?? 0);
    if (g !== generation) pages.clear();
    generation = g;
    checkedAt = now();
  };

  return {
    async get(key, compute) {
      if (now() - checkedAt > freshnessMs) await (pending ??= refresh().finally(() => (pending = null)));
      const hit = pages.get(key);
      if (hit !== undefined) {
        // Map order is insertion order: re-inserting keeps the most recently used last.
        pages.delete(key);
        pages.set(key, hit);
        return hit;
      }
      const seenGeneration = generation;
      const value = await compute();
      if (maxPages > 0 && generation === seenGeneration) {
        pages.set(key, value);
        if (pages.size > maxPages) pages.delete(pages.keys().next().value!);
      }
      return value;
    },
    invalidate() {
      pages.clear();
      // Forget the generation too: a page computed before the change must not be stored as current.
      generation = null;
      checkedAt = -Infinity;
    },
  };
}

/** Moves the catalog's generation; call inside the transaction that changes the catalog. */
export const bumpCatalogGeneration = (db: Queryable) =>
  db
    .updateTable('catalog_state')
    .set((eb) => ({ generation: eb('generation', '+', 1) }))
    .where('id', '=', 1)
    .execute();
