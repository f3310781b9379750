import path from 'node:path';

/** Settings read once from the environment; see README "Configuration". */
export type Config = {
  port: number;
  host: string;
  /** `sqlite:./data/microcred.sqlite`, `sqlite:/abs/path`, `sqlite::memory:` or `postgres://…`. */
  databaseUrl: string;
  /** Blobs, keys and the generated secret live here. */
  dataDir: string;
  /** Base URL used in credential, issuer and DID identifiers. No trailing slash. */
  publicUrl: string;
  /** Seed the demo organizations, catalog, users and submissions on an empty database. */
  demo: boolean;
  production: boolean;
  /** Largest uploaded file accepted, in bytes. */
  maxUploadBytes: number;
  logLevel: string;
  /**
   * Which proxies to believe about the client's address (X-Forwarded-For): false (none), their
   * addresses/CIDRs (comma-separated), or true (every hop). Sign-in throttling counts by that address.
   */
  trustProxy: boolean | string;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number, got "${env.PORT}"`);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an absolute URL, got "${env.PUBLIC_URL}"`);
  }
  const maxUploadMb = Number(env.MICROCRED_MAX_UPLOAD_MB ?? 50);
  if (!(maxUploadMb > 0)) throw new ConfigError('MICROCRED_MAX_UPLOAD_MB must be a positive number');
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL ?? 'sqlite:./data/microcred.sqlite',
    dataDir: path.resolve(env.MICROCRED_DATA_DIR ?? './data'),
    publicUrl,
    demo: env.MICROCRED_DEMO !== '0',
    production: env.NODE_ENV === 'production',
    maxUploadBytes: Math.round(maxUploadMb * 1024 * 1024),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}

function parseTrustProxy(raw: string | undefined): boolean | string {
  if (!raw || raw === 'false' || raw === '0') return false;
  return raw === 'true' ? true : raw;
}
