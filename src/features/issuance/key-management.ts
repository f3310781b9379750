import type { DidMethod } from '../../db/schema.js';
import type { Deps } from '../../server/deps.js';
import { notFound } from '../../server/errors.js';
import { requireRole, type Auth } from '../auth/auth-context.js';
import {
  createKey,
  currentDidOf,
  didOfKey,
  findSigner,
  verificationMethodOf,
  verificationMethodsOfKey,
  type SignerRef,
} from './issuer-keys.js';
import { reissueSignedBy } from './reissue-credentials.js';

type Ctx = Pick<Deps, 'db' | 'config' | 'secret' | 'dialect' | 'clock' | 'verifier'>;

async function issuerFor(ctx: Ctx, auth: Auth | null, issuerId: string): Promise<SignerRef> {
  requireRole(auth, 'issuer_admin', issuerId);
  const signer = await findSigner(ctx.db, issuerId);
  const org = await ctx.db
    .selectFrom('organizations')
    .select('kind')
    .where('id', '=', issuerId)
    .executeTakeFirst();
  if (!signer || org?.kind !== 'issuer') throw notFound('That issuer');
  return signer;
}

/** The issuer's identity and every key it has had, with what each signed. */
export async function listKeys(ctx: Ctx, auth: Auth | null, issuerId: string) {
  const signer = await issuerFor(ctx, auth, issuerId);
  const keys = await ctx.db
    .selectFrom('issuer_keys')
    .select(['id', 'key_id', 'public_key_multibase', 'created_at', 'retired_at', 'compromised_at'])
    .where('issuer_id', '=', issuerId)
    .orderBy('created_at', 'desc')
    .orderBy('key_id', 'desc')
    .execute();
  const counts = await ctx.db
    .selectFrom('credentials')
    .select(['verification_method', (eb) => eb.fn.countAll<number>().as('n')])
    .where('issuer_id', '=', issuerId)
    .groupBy('verification_method')
    .execute();
  const signed = new Map(counts.map((c) => [c.verification_method, Number(c.n)]));
  const signedBy = (k: { key_id: string; public_key_multibase: string }) =>
    verificationMethodsOfKey(ctx.config, signer, k).reduce((n, vm) => n + (signed.get(vm) ?? 0), 0);
  return {
    didMethod: signer.did_method,
    did: (await currentDidOf(ctx.db, ctx.config, signer)) ?? null,
    keys: keys.map((k) => {
      const vm = verificationMethodOf(ctx.config, signer, k);
      return {
        id: k.id,
        keyId: k.key_id,
        did: didOfKey(ctx.config, signer, k),
        verificationMethod: vm,
        publicKeyMultibase: k.public_key_multibase,
        status: k.compromised_at
          ? ('compromised' as const)
          : k.retired_at
            ? ('retired' as const)
            : ('active' as const),
        createdAt: k.created_at,
        retiredAt: k.retired_at,
        compromisedAt: k.compromised_at,
        credentialsSigned: signedBy(k),
      };
    }),
  };
}

/** A new key signs from now on; the old one stays published so what it signed keeps verifying. */
export async function rotateKey(ctx: Ctx, auth: Auth | null, issuerId: string) {
  await issuerFor(ctx, auth, issuerId);
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('issuer_keys')
      .set({ retired_at: at })
      .where('issuer_id', '=', issuerId)
      .where('retired_at', 'is', null)
      .execute();
    await createKey(trx, ctx.secret, issuerId, at);
  });
  return listKeys(ctx, auth, issuerId);
}

/**
 * A key that may have leaked: withdrawn from the DID document at once (a new key is made if it was
 * the one in use), and everything it signed is signed again with the current key.
 */
export async function retireCompromisedKey(ctx: Ctx, auth: Auth | null, issuerId: string, keyRowId: string) {
  const signer = await issuerFor(ctx, auth, issuerId);
  const key = await ctx.db
    .selectFrom('issuer_keys')
    .selectAll()
    .where('id', '=', keyRowId)
    .where('issuer_id', '=', issuerId)
    .executeTakeFirst();
  if (!key) throw notFound('That key');
  const at = ctx.clock.now().toISOString();
  // Asked again for a key already retired: finish any re-signing an interruption left undone.
  if (!key.compromised_at)
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('issuer_keys')
        .set({ compromised_at: at, retired_at: key.retired_at ?? at })
        .where('id', '=', key.id)
        .execute();
      if (!key.retired_at) await createKey(trx, ctx.secret, issuerId, at);
    });
  // Cached verdicts on what this key signed must not outlive it.
  ctx.verifier.clear();
  const reissued = await reissueSignedBy(ctx, signer, verificationMethodsOfKey(ctx.config, signer, key));
  // And once more: a verification that was under way during the clear may have stored an old verdict.
  ctx.verifier.clear();
  return { ...(await listKeys(ctx, auth, issuerId)), reissued };
}

/** did:web (this server's domain) or did:key (no domain needed); applies to credentials issued from now on. */
export async function setIdentity(ctx: Ctx, auth: Auth | null, issuerId: string, didMethod: DidMethod) {
  await issuerFor(ctx, auth, issuerId);
  await ctx.db
    .updateTable('organizations')
    .set({ did_method: didMethod })
    .where('id', '=', issuerId)
    .execute();
  return listKeys(ctx, auth, issuerId);
}
