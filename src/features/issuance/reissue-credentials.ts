import type { Queryable } from '../../db/database.js';
import type { Deps } from '../../server/deps.js';
import type { JsonObject } from '../../openbadges/index.js';
import {
  createSigningPool,
  type SignedBoth,
  type SigningJob,
  type SigningPool,
} from '../../openbadges/signing-pool.js';
import { signBoth } from '../../openbadges/sign-both.js';
import { notify } from '../notifications/notify.js';
import { credentialUrl } from './issue-credential.js';
import { signingKeyOf, type SignerRef } from './issuer-keys.js';
import { allocateStatusEntry, setRevokedBits } from './status-lists.js';

type Ctx = Pick<Deps, 'db' | 'config' | 'secret' | 'dialect' | 'clock'>;

/** Below this many credentials, signing in this thread is quicker than starting workers. */
const POOL_THRESHOLD = 24;
/**
 * Credentials re-signed per transaction. Small, because a batch holds its rows and the issuer's
 * status lists while it signs (on SQLite, every write): about half a second at a time, so other
 * requests keep going between batches.
 */
const BATCH = 64;

type Signer = (jobs: SigningJob[]) => Promise<SignedBoth[]>;

/** Signs in this thread, or on a worker pool (started once, on first need) for larger batches. */
function lazySigner(poolThreshold: number): { sign: Signer; close: () => Promise<void> } {
  let pool: SigningPool | undefined;
  return {
    sign: async (jobs) => {
      if (jobs.length < poolThreshold && !pool) {
        const out: SignedBoth[] = [];
        for (const job of jobs) out.push(await signBoth(job.unsigned, job.key, job.created));
        return out;
      }
      pool ??= createSigningPool();
      return pool.sign(jobs);
    },
    close: async () => pool?.close(),
  };
}

/**
 * Signs again, with the issuer's current key, every credential the given key signed: same id,
 * subject, achievement and dates, a new proof and a new place in a status list. The old place is
 * revoked, so copies signed with the old key show as replaced (to outside verifiers too, for a
 * did:web issuer; a did:key list whose key was compromised cannot be signed again, so there only
 * our own pages and verifier show it). Educators are told to download the
 * new copy. Bulk signing runs on every core through worker threads. Returns how many were reissued.
 */
export async function reissueSignedBy(
  ctx: Ctx,
  issuer: SignerRef,
  verificationMethods: string[],
  options: { poolThreshold?: number } = {},
): Promise<number> {
  let total = 0;
  const signer = lazySigner(options.poolThreshold ?? POOL_THRESHOLD);
  try {
    for (;;) {
      // Read and re-sign in one transaction, rows locked, so a revocation cannot slip in between.
      const done = await ctx.db.transaction().execute(async (trx) => {
        let query = trx
          .selectFrom('credentials')
          .select(['id', 'document', 'status', 'status_list_id', 'status_index', 'educator_id', 'title'])
          .where('issuer_id', '=', issuer.id)
          .where('verification_method', 'in', verificationMethods)
          .orderBy('id')
          .limit(BATCH);
        if (ctx.dialect === 'postgres') query = query.forUpdate();
        const rows = await query.execute();
        if (rows.length > 0) await reissueBatch(trx, ctx, issuer, rows, signer.sign);
        return rows.length;
      });
      if (done === 0) return total;
      total += done;
    }
  } finally {
    await signer.close();
  }
}

async function reissueBatch(
  trx: Queryable,
  ctx: Ctx,
  signer: SignerRef,
  rows: {
    id: string;
    document: string;
    status: string;
    status_list_id: string | null;
    status_index: number | null;
    educator_id: string;
    title: string;
  }[],
  signAll: Signer,
) {
  const now = ctx.clock.now();
  const at = now.toISOString();
  const key = await signingKeyOf(trx, ctx.config, ctx.secret, signer);
  const jobs: SigningJob[] = [];
  const entries: { listId: string; index: number }[] = [];
  const oldBits = new Map<string, number[]>();
  for (const row of rows) {
    const unsigned = JSON.parse(row.document) as JsonObject;
    delete unsigned.proof;
    const issuer = unsigned.issuer;
    if (typeof issuer === 'object' && issuer !== null) (issuer as JsonObject).id = key.issuerDid;
    else unsigned.issuer = key.issuerDid;
    const entry = await allocateStatusEntry(trx, ctx, signer, key.issuerDid, now);
    unsigned.credentialStatus = { ...entry.entry };
    entries.push({ listId: entry.listId, index: entry.index });
    jobs.push({ unsigned, key, created: at });
    if (row.status_list_id !== null && row.status_index !== null) {
      oldBits.set(row.status_list_id, [...(oldBits.get(row.status_list_id) ?? []), row.status_index]);
    }
    // A revoked credential stays revoked in its new place too.
    if (row.status === 'revoked')
      oldBits.set(entry.listId, [...(oldBits.get(entry.listId) ?? []), entry.index]);
  }
  const signed = await signAll(jobs);
  for (const [i, row] of rows.entries()) {
    await trx
      .updateTable('credentials')
      .set({
        document: signed[i]!.document,
        jwt: signed[i]!.jwt,
        verification_method: key.verificationMethod,
        status_list_id: entries[i]!.listId,
        status_index: entries[i]!.index,
        reissued_at: at,
      })
      .where('id', '=', row.id)
      .execute();
    await notify(trx, at, {
      userId: row.educator_id,
      kind: 'credential.reissued',
      title: `Your credential “${row.title}” was signed again`,
      body: 'The issuer replaced one of its signing keys. Download the new copy; copies saved earlier no longer verify.',
      link: credentialUrl(ctx.config.publicUrl, row.id),
    });
  }
  for (const [listId, indexes] of oldBits) await setRevokedBits(trx, ctx, listId, indexes, now);
}
