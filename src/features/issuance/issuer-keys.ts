import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import type { DidMethod } from '../../db/schema.js';
import type { Config } from '../../server/config.js';
import {
  buildDidDocument,
  decryptSecret,
  didWebFor,
  encryptSecret,
  generateIssuerKeyPair,
  type SigningKey,
} from '../../openbadges/index.js';

/** An organization that signs: an issuer, or the platform itself (for learner records). */
export type SignerRef = { id: string; slug: string; did_method: DidMethod };
type KeyRow = { key_id: string; public_key_multibase: string };

export const issuerPageUrl = (config: Pick<Config, 'publicUrl'>, slug: string) =>
  `${config.publicUrl}/issuers/${slug}`;

/** The prefix every did:web of this instance starts with; the slug follows it. */
export const ownDidWebPrefix = (config: Pick<Config, 'publicUrl'>) =>
  didWebFor(config.publicUrl, 'x').slice(0, -1);

/**
 * The DID a key signs as: the issuer's did:web (the same for all its keys), or, for a did:key
 * identity, the key itself — so rotating a did:key issuer's key gives it a new DID.
 */
export const didOfKey = (config: Pick<Config, 'publicUrl'>, signer: SignerRef, key: KeyRow) =>
  signer.did_method === 'key'
    ? `did:key:${key.public_key_multibase}`
    : didWebFor(config.publicUrl, signer.slug);

/** The DID URL of a key, as its DID document lists it. */
export const verificationMethodOf = (config: Pick<Config, 'publicUrl'>, signer: SignerRef, key: KeyRow) =>
  signer.did_method === 'key'
    ? `${didOfKey(config, signer, key)}#${key.public_key_multibase}`
    : `${didOfKey(config, signer, key)}#${key.key_id}`;

/** Creates a new Ed25519 key for the organization; returns its row id. */
export async function createKey(db: Queryable, secret: Buffer, orgId: string, at: string) {
  const count = await db
    .selectFrom('issuer_keys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('issuer_id', '=', orgId)
    .executeTakeFirstOrThrow();
  const pair = await generateIssuerKeyPair();
  const id = randomUUID();
  await db
    .insertInto('issuer_keys')
    .values({
      id,
      issuer_id: orgId,
      key_id: `key-${Number(count.n) + 1}`,
      public_key_multibase: pair.publicKeyMultibase,
      secret_key_encrypted: encryptSecret(pair.secretKeyMultibase, secret),
      created_at: at,
      retired_at: null,
    })
    .execute();
  return id;
}

/** Creates the organization's first key if none is in use. Secret keys never leave the server. */
export async function ensureIssuerKey(db: Queryable, secret: Buffer, orgId: string, at: string) {
  const active = await db
    .selectFrom('issuer_keys')
    .select('id')
    .where('issuer_id', '=', orgId)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  if (!active) await createKey(db, secret, orgId, at);
}

/** Gives every issuer, and the platform, a key; run at start. */
export async function ensureAllIssuerKeys(db: Queryable, secret: Buffer, at: string) {
  const orgs = await db
    .selectFrom('organizations')
    .select('id')
    .where('kind', 'in', ['issuer', 'platform'])
    .execute();
  for (const { id } of orgs) await ensureIssuerKey(db, secret, id, at);
}

export const findSigner = (db: Queryable, orgId: string): Promise<SignerRef | undefined> =>
  db
    .selectFrom('organizations')
    .select(['id', 'slug', 'did_method'])
    .where('id', '=', orgId)
    .executeTakeFirst();

/** The key that signs what the organization issues now, decrypted, with the DID it signs as. */
export async function signingKeyOf(
  db: Queryable,
  config: Pick<Config, 'publicUrl'>,
  secret: Buffer,
  signer: SignerRef,
): Promise<SigningKey & { issuerDid: string; keyRowId: string }> {
  const key = await db
    .selectFrom('issuer_keys')
    .selectAll()
    .where('issuer_id', '=', signer.id)
    .where('retired_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('key_id', 'desc')
    .executeTakeFirstOrThrow();
  return keyForSigning(config, secret, signer, key);
}

/**
 * The key that may sign as `did` now: a did:key signs only as itself (and not once compromised);
 * the did:web identity signs with the newest key in use, named by its did:web DID URL — even when
 * the organization has since chosen did:key for new credentials (its did:web lists stay did:web).
 */
export async function signingKeyForDid(
  db: Queryable,
  config: Pick<Config, 'publicUrl'>,
  secret: Buffer,
  signer: SignerRef,
  did: string,
) {
  if (!did.startsWith('did:key:')) return signingKeyOf(db, config, secret, { ...signer, did_method: 'web' });
  const key = await db
    .selectFrom('issuer_keys')
    .selectAll()
    .where('issuer_id', '=', signer.id)
    .where('public_key_multibase', '=', did.slice('did:key:'.length))
    .where('compromised_at', 'is', null)
    .executeTakeFirst();
  return key ? keyForSigning(config, secret, signer, key) : undefined;
}

/** Every DID URL a key may have signed under: as part of the did:web identity, and as a did:key. */
export const verificationMethodsOfKey = (
  config: Pick<Config, 'publicUrl'>,
  signer: SignerRef,
  key: KeyRow,
) => [
  verificationMethodOf(config, { ...signer, did_method: 'web' }, key),
  verificationMethodOf(config, { ...signer, did_method: 'key' }, key),
];

/** Whether `did` is one of this instance's issuers: its did:web, or a did:key of one of its keys. */
export async function isOwnDid(db: Queryable, config: Pick<Config, 'publicUrl'>, did: string) {
  if (did.startsWith(ownDidWebPrefix(config))) return true;
  if (!did.startsWith('did:key:')) return false;
  const key = await db
    .selectFrom('issuer_keys')
    .select('id')
    .where('public_key_multibase', '=', did.slice('did:key:'.length))
    .executeTakeFirst();
  return key !== undefined;
}

function keyForSigning(
  config: Pick<Config, 'publicUrl'>,
  secret: Buffer,
  signer: SignerRef,
  key: KeyRow & { id: string; secret_key_encrypted: string },
) {
  return {
    keyRowId: key.id,
    issuerDid: didOfKey(config, signer, key),
    verificationMethod: verificationMethodOf(config, signer, key),
    publicKeyMultibase: key.public_key_multibase,
    secretKeyMultibase: decryptSecret(key.secret_key_encrypted, secret),
  };
}

/** The DID the organization signs as now. */
export async function currentDidOf(db: Queryable, config: Pick<Config, 'publicUrl'>, signer: SignerRef) {
  if (signer.did_method === 'web') return didWebFor(config.publicUrl, signer.slug);
  const key = await db
    .selectFrom('issuer_keys')
    .select(['key_id', 'public_key_multibase'])
    .where('issuer_id', '=', signer.id)
    .where('retired_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('key_id', 'desc')
    .executeTakeFirst();
  return key ? didOfKey(config, signer, key) : undefined;
}

/**
 * The did:web document of an issuer (or the platform): every key it used stays published so old
 * credentials verify, except keys retired as compromised.
 */
export async function didDocumentOf(db: Queryable, config: Pick<Config, 'publicUrl'>, slug: string) {
  const org = await db
    .selectFrom('organizations')
    .select(['id', 'kind'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  // Served whatever the identity is now: credentials signed while it was did:web still need it.
  if (!org || (org.kind !== 'issuer' && org.kind !== 'platform')) return undefined;
  const keys = await db
    .selectFrom('issuer_keys')
    .select(['key_id', 'public_key_multibase'])
    .where('issuer_id', '=', org.id)
    .where('compromised_at', 'is', null)
    .orderBy('created_at')
    .orderBy('key_id')
    .execute();
  return buildDidDocument(
    didWebFor(config.publicUrl, slug),
    keys.map((k) => ({ id: k.key_id, publicKeyMultibase: k.public_key_multibase })),
  );
}
