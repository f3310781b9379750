// Fetching other issuers' DID documents, keys and status lists without letting a credential turn
// the server into a probe of its own network (SSRF): https only, public addresses only, the address
// that was checked is the one connected to (DNS rebinding cannot swap it), bounded in time and size.
import { promises as dns } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { rootCertificates } from 'node:tls';
import { forbiddenAddressKind } from './address-policy.js';

/** One answer of a DNS lookup, as `dns.promises.lookup(host, { all: true })` gives them. */
export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Options of `createSafeFetcher`. */
export interface SafeFetcherOptions {
  /** Whole fetch, DNS and redirects included; 5000 by default. */
  timeoutMs?: number;
  /** Largest body read; 1,000,000 bytes by default. */
  maxBytes?: number;
  /**
   * Host names (or IP literals) fetched even when they resolve to private or loopback addresses,
   * and also over plain http: for tests and on-premise deployments. Compared case-insensitively.
   */
  allowHosts?: string[];
  /** DNS lookup; `dns.promises.lookup(host, { all: true })` by default. */
  lookup?: (hostname: string) => Promise<ResolvedAddress[]>;
  /** Redirects followed, each checked like the first URL; 3 by default, 0 to follow none. */
  maxRedirects?: number;
  /**
   * Further certificate authorities (PEM) trusted besides the usual public ones: for on-premise
   * hosts whose certificates a private CA signed.
   */
  extraCaCertificates?: string[];
}

/** Fetches a URL and parses its JSON body; rejects with an Error a person can read. */
export type FetchJson = (url: string) => Promise<unknown>;

const ACCEPT = 'application/did+json, application/json, application/ld+json';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** 1000000 → "1 MB", 2500 → "2.5 kB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${Number((bytes / 1e6).toFixed(2))} MB`;
  if (bytes >= 1e3) return `${Number((bytes / 1e3).toFixed(2))} kB`;
  return `${bytes} bytes`;
}

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(2))} s`;

interface Target {
  url: URL;
  address: string;
  family: number;
}

type Outcome = { redirect: string } | { body: Buffer };

const defaultLookup = (hostname: string): Promise<ResolvedAddress[]> =>
  dns.lookup(hostname, { all: true, verbatim: true });

/** A readable reason for a failed connection (the codes Node reports). */
function connectionProblem(host: string, error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'ECONNREFUSED') return `${host} refused the connection`;
  if (code === 'ECONNRESET' || code === 'EPIPE') return `${host} closed the connection`;
  if (code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return `${host} could not be reached`;
  }
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO/.test(code)) {
    return `${host} has no valid TLS certificate (${code})`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `${host} could not be reached (${message})`;
}

/**
 * A `fetchJson(url)` for remote DID documents, keys and status lists. Refuses non-https URLs,
 * hosts that resolve to loopback, private, link-local (cloud metadata), CGNAT, multicast or other
 * non-public addresses (unless in `allowHosts`), answers over `maxBytes`, and anything slower than
 * `timeoutMs` overall. Redirects are followed up to `maxRedirects`, each checked again.
 */
export function createSafeFetcher(options: SafeFetcherOptions = {}): FetchJson {
  const timeoutMs = options.timeoutMs ?? 5000;
  const maxBytes = options.maxBytes ?? 1_000_000;
  const maxRedirects = options.maxRedirects ?? 3;
  const lookup = options.lookup ?? defaultLookup;
  const allowHosts = new Set((options.allowHosts ?? []).map((host) => bare(host)));
  const ca = options.extraCaCertificates?.length
    ? [...rootCertificates, ...options.extraCaCertificates]
    : undefined;

  function bare(host: string): string {
    const lower = host.trim().toLowerCase();
    return lower.startsWith('[') && lower.endsWith(']') ? lower.slice(1, -1) : lower;
  }

  function parse(text: string): URL {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new Error(`"${text}" is not a URL`);
    }
    if (url.username || url.password) throw new Error(`${url.origin} URLs with a user name are not fetched`);
    return url;
  }

  /** Checks scheme and every address of the host; returns the address to connect to. */
  async function check(url: URL): Promise<Target> {
    const host = bare(url.hostname);
    const allowed = allowHosts.has(host);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowed)) {
      throw new Error(`${url.href} is not an https URL; only https is fetched`);
    }
    const family = isIP(host);
    if (family !== 0) {
      const kind = forbiddenAddressKind(host);
      if (kind && !allowed) {
        throw new Error(`the host ${host} is a private or loopback address (${kind}); it is never contacted`);
      }
      return { url, address: host, family };
    }
    let addresses: ResolvedAddress[];
    try {
      addresses = await lookup(host);
    } catch {
      throw new Error(`the host ${host} could not be found (no DNS answer)`);
    }
    if (addresses.length === 0) throw new Error(`the host ${host} could not be found (no DNS answer)`);
    if (!allowed) {
      for (const { address } of addresses) {
        const kind = forbiddenAddressKind(address);
        if (kind) {
          throw new Error(
            `the host ${host} is a private or loopback address (${address}, ${kind}); it is never contacted`,
          );
        }
      }
    }
    const [first] = addresses as [ResolvedAddress];
    return { url, address: first.address, family: first.family };
  }

  /** One GET to the checked address, never re-resolving the host name. */
  function get(target: Target, signal: AbortSignal): Promise<Outcome> {
    const { url, address, family } = target;
    const host = url.host;
    const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
      if (lookupOptions.all) callback(null, [{ address, family }]);
      else callback(null, address, family);
    };
    const client = url.protocol === 'https:' ? https : http;
    return new Promise<Outcome>((resolve, reject) => {
      const request = client.request(
        url,
        {
          method: 'GET',
          headers: { accept: ACCEPT, 'user-agent': 'microcred-verifier' },
          lookup: pinned,
          agent: false,
          signal,
          ...(ca ? { ca } : {}),
        },
        (response) => {
          const status = response.statusCode ?? 0;
          const location = response.headers.location;
          if (REDIRECTS.has(status) && location) {
            response.resume();
            resolve({ redirect: location });
            return;
          }
          if (status < 200 || status > 299) {
            response.resume();
            reject(new Error(`${url.href} answered HTTP ${status}`));
            return;
          }
          const tooLarge = (): Error => new Error(`${url.href} is larger than ${formatBytes(maxBytes)}`);
          const declared = Number(response.headers['content-length']);
          if (Number.isFinite(declared) && declared > maxBytes) {
            reject(tooLarge());
            response.destroy();
            return;
          }
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBytes) {
              // Settle first: destroying the response also reports the cut connection.
              reject(tooLarge());
              response.destroy();
              return;
            }
            chunks.push(chunk);
          });
          response.on('end', () => resolve({ body: Buffer.concat(chunks) }));
          response.on('error', (error) => reject(new Error(connectionProblem(host, error))));
          response.on('aborted', () =>
            reject(new Error(`${host} cut the connection before the whole answer arrived`)),
          );
        },
      );
      request.on('error', (error) => reject(new Error(connectionProblem(host, error))));
      request.end();
    });
  }

  async function run(text: string, signal: AbortSignal): Promise<unknown> {
    let url = parse(text);
    for (let hop = 0; ; hop += 1) {
      const outcome = await get(await check(url), signal);
      if ('redirect' in outcome) {
        if (hop >= maxRedirects) {
          throw new Error(
            maxRedirects === 0
              ? `${text} redirects elsewhere, and redirects are not followed`
              : `${text} redirected more than ${maxRedirects} times`,
          );
        }
        url = parse(new URL(outcome.redirect, url).href);
        continue;
      }
      const body = outcome.body.toString('utf8').replace(/^\uFEFF/, '');
      try {
        return JSON.parse(body) as unknown;
      } catch {
        throw new Error(`${url.href} did not answer with JSON`);
      }
    }
  }

  return async function fetchJson(url: string): Promise<unknown> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`${url} did not answer within ${seconds(timeoutMs)}`));
        controller.abort();
      }, timeoutMs);
    });
    const work = run(url, controller.signal);
    // After a timeout the aborted request rejects too; that second rejection is expected.
    work.catch(() => undefined);
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
  };
}
