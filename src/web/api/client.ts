import { ApiError, networkError, toApiError } from './api-error.js';

export { ApiError, errorMessage } from './api-error.js';

/** A list answer: `{items}`, with `total` where the endpoint pages (API.md "Lists"). */
export type ListPage<T> = { items: T[]; total?: number };

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RequestOptions = {
  method?: Method;
  /** Sent as JSON. Omit for requests without a body (no Content-Type is sent then). */
  body?: unknown;
  signal?: AbortSignal;
  /** Do not send the user to the sign-in page on 401 (e.g. "who am I?" or the sign-in form itself). */
  allowAnonymous?: boolean;
};

let onUnauthenticated: () => void = () => {};

/** The app installs what a 401 on a page needing sign-in does (go to /signin?next=…). */
export function setUnauthenticatedHandler(handler: () => void) {
  onUnauthenticated = handler;
}

export function reportUnauthenticated(err: unknown) {
  if (err instanceof ApiError && err.status === 401 && err.code !== 'INVALID_CREDENTIALS')
    onUnauthenticated();
}

async function readBody(res: Response): Promise<unknown> {
  const type = res.headers.get('content-type') ?? '';
  if (res.status === 204 || !type.includes('json')) return undefined;
  try {
    return await res.json();
  } catch {
    return undefined;
  }
}

/** One fetch wrapper for the whole app: JSON in and out, same-origin cookies, typed errors. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal, allowAnonymous = false } = options;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw networkError();
  }
  const data = await readBody(res);
  if (!res.ok) {
    const error = toApiError(res.status, data);
    if (!allowAnonymous) reportUnauthenticated(error);
    throw error;
  }
  return data as T;
}

type Query = Record<string, string | number | boolean | null | undefined>;

/** `path?k=v…`, leaving out empty values. */
export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export const api = {
  get: <T>(path: string, options: Omit<RequestOptions, 'method' | 'body'> = {}) => request<T>(path, options),
  post: <T>(path: string, body?: unknown) => request<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body: unknown) => request<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body: unknown) => request<T>(path, { method: 'PATCH', body }),
  delete: <T = void>(path: string) => request<T>(path, { method: 'DELETE' }),
};
