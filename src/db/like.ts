/**
 * A `LIKE` pattern matching text that contains `query`, compared lower-case. The wildcard
 * characters a person might type (`%`, `_`, `\`) are dropped rather than obeyed, so a search finds
 * what it says on every database.
 */
export const containsPattern = (query: string) => `%${query.toLowerCase().replace(/[%_\\]/g, '')}%`;
