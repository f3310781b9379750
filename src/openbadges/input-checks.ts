// Checks on the input of the document builders (OB 3.0, OB 2.0, CLR): each throws a TypeError that
// names the field, so a caller learns exactly what to fix.

const URI = /^[a-z][a-z0-9+.-]*:[^\s]+$/i;

export function requireText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new TypeError(`${what} is required`);
  return value;
}

export function requireUri(value: unknown, what: string): string {
  requireText(value, what);
  if (!URI.test(value as string)) throw new TypeError(`${what} must be a URI (got "${String(value)}")`);
  return value as string;
}

/** An http(s) address: what people and hosted verification fetch. */
export function requireWebUrl(value: unknown, what: string): string {
  requireText(value, what);
  let url: URL;
  try {
    url = new URL(value as string);
  } catch {
    throw new TypeError(`${what} must be a web address (got "${String(value)}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new TypeError(`${what} must start with https:// (got "${String(value)}")`);
  return value as string;
}

/** Copies only the keys whose value is defined (the OB schema rejects explicit nulls). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
