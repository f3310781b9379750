import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import type { Config } from '../../server/config.js';
import {
  buildDidDocument,
  decryptSecret,
  didWebFor,
  encryptSecret,
  generateIssuerKeyPair,
  type SigningKey,
} from '../../openbadges/index.js';

export const issuerDid = (config: Pick<Config, 'publicUrl'>, slug: string) =>
  didWebFor(config.publicUrl, slug);
export const issuerPageUrl = (config: Pick<Config, 'publicUrl'>, slug: string) =>
  `${config.publicUrl}/issuers/${slug}`;

/** Creates the issuer's first Ed25519 key if it has none in use. Secret keys never leave the server. */
export async function ensureIssuerKey(db: Queryable, secret: Buffer, issuerId: string, at: string) {
  const active = await db
    .selectFrom('issuer_keys')
    .select('id')
    .where('issuer_id', '=', issuerId)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  if (active) return;
  const count = await db
    .selectFrom('issuer_keys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('issuer_id', '=', issuerId)
    .executeTakeFirstOrThrow();
  const pair = await generateIssuerKeyPair();
  await db
    .insertInto('issuer_keys')
    .values({
      id: randomUUID(),
      issuer_id: issuerId,
      key_id: `key-${Number(count.n) + 1}`,
      public_key_multibase: pair.publicKeyMultibase,
      secret_key_encrypted: encryptSecret(pair.secretKeyMultibase, secret),
      created_at: at,
      retired_at: null,
    })
    .execute();
}

/** Gives every issuer organization a key; run at start. */
export async function ensureAllIssuerKeys(db: Queryable, secret: Buffer, at: string) {
  const issuers = await db.selectFrom('organizations').select('id').where('kind', '=', 'issuer').execute();
  for (const { id } of issuers) await ensureIssuerKey(db, secret, id, at);
}

/** The newest key in use, decrypted, for signing. */
export async function signingKeyOf(
  db: Queryable,
  config: Pick<Config, 'publicUrl'>,
  secret: Buffer,
  issuer: { id: string; slug: string },
): Promise<SigningKey> {
  const key = await db
    .selectFrom('issuer_keys')
    .selectAll()
    .where('issuer_id', '=', issuer.id)
    .where('retired_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  return {
    verificationMethod: `${issuerDid(config, issuer.slug)}#${key.key_id}`,
    publicKeyMultibase: key.public_key_multibase,
    secretKeyMultibase: decryptSecret(key.secret_key_encrypted, secret),
  };
}

/** The issuer's DID document: every key it ever used stays published, so old credentials verify. */
export async function didDocumentOf(db: Queryable, config: Pick<Config, 'publicUrl'>, slug: string) {
  const issuer = await db
    .selectFrom('organizations')
    .select(['id', 'kind'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!issuer || issuer.kind !== 'issuer') return undefined;
  const keys = await db
    .selectFrom('issuer_keys')
    .select(['key_id', 'public_key_multibase'])
    .where('issuer_id', '=', issuer.id)
    .orderBy('created_at')
    .execute();
  return buildDidDocument(
    issuerDid(config, slug),
    keys.map((k) => ({ id: k.key_id, publicKeyMultibase: k.public_key_multibase })),
  );
}
