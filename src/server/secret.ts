import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';

/**
 * The 32-byte instance secret: from MICROCRED_SECRET when set (any string, hashed to 32 bytes),
 * otherwise generated once into the data folder.
 */
export function loadSecret(
  env: NodeJS.ProcessEnv,
  dataDir: string,
  production: boolean,
  log: Logger,
): Buffer {
  if (env.MICROCRED_SECRET) return createHash('sha256').update(env.MICROCRED_SECRET).digest();
  const file = path.join(dataDir, 'secret');
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32);
  fs.writeFileSync(file, secret.toString('base64'), { mode: 0o600 });
  const say = production ? log.error.bind(log) : log.warn.bind(log);
  say(
    `MICROCRED_SECRET is not set: generated one into ${file}. Issuer keys are encrypted with it; back it up with the database` +
      (production ? ' — and set MICROCRED_SECRET explicitly in production.' : '.'),
  );
  return secret;
}
