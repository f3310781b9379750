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
  /** Largest evidence file of each kind, in bytes (audio counts as video; anything else as a document). */
  uploadLimits: UploadLimits;
  /** `smtp://user:pass@host:port` (or smtps://); without it, emails wait in the in-app outbox. */
  smtpUrl: string | null;
  /** The From: of every email. */
  mailFrom: string;
  /** Days after a "not yet" decision within which the educator may resubmit. */
  resubmitWindowDays: number;
  logLevel: string;
  /**
   * Which proxies to believe about the client's address (X-Forwarded-For): false (none), their
   * addresses/CIDRs (comma-separated), or true (every hop). Sign-in throttling counts by that address.
   */
  trustProxy: boolean | string;
  /** Verifying others' credentials: hosts fetched even when private or over http (tests, on-premise). */
  fetchAllowHosts: string[];
  /** How long a DID document, key or status list fetch may take. */
  fetchTimeoutMs: number;
  /** How long a fetched, verified status list of another issuer is reused. */
  statusCacheSeconds: number;
};

export type UploadLimits = { video: number; image: number; document: number };

export class ConfigError extends Error {}

const MB = 1024 * 1024;

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
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL ?? 'sqlite:./data/microcred.sqlite',
    dataDir: path.resolve(env.MICROCRED_DATA_DIR ?? './data'),
    publicUrl,
    demo: env.MICROCRED_DEMO !== '0',
    production: env.NODE_ENV === 'production',
    uploadLimits: {
      video: Math.round(positive(env, 'MICROCRED_MAX_VIDEO_MB', 2048) * MB),
      image: Math.round(positive(env, 'MICROCRED_MAX_IMAGE_MB', 25) * MB),
      document: Math.round(positive(env, 'MICROCRED_MAX_DOCUMENT_MB', 50) * MB),
    },
    smtpUrl: env.MICROCRED_SMTP_URL?.trim() || null,
    mailFrom: env.MICROCRED_MAIL_FROM?.trim() || 'microcred <no-reply@localhost>',
    resubmitWindowDays: positive(env, 'MICROCRED_RESUBMIT_WINDOW_DAYS', 90),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    fetchAllowHosts: (env.MICROCRED_FETCH_ALLOWLIST ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    fetchTimeoutMs: positive(env, 'MICROCRED_FETCH_TIMEOUT_MS', 5000),
    statusCacheSeconds: positive(env, 'MICROCRED_STATUS_CACHE_SECONDS', 60, true),
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number, zeroAllowed = false): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || (n === 0 && !zeroAllowed))
    throw new ConfigError(
      `${name} must be a ${zeroAllowed ? 'non-negative' : 'positive'} number, got "${raw}"`,
    );
  return n;
}

function parseTrustProxy(raw: string | undefined): boolean | string {
  if (!raw || raw === 'false' || raw === '0') return false;
  return raw === 'true' ? true : raw;
}
