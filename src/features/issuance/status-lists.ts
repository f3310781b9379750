import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import type { Deps } from '../../server/deps.js';
import { isoSeconds } from '../../server/clock.js';
import { signCredential } from '../../openbadges/index.js';
import {
  STATUS_LIST_SIZE,
  buildStatusEntry,
  buildStatusListCredential,
  encodeStatusList,
  getStatusBit,
  newStatusBits,
  randomFreeIndex,
  setStatusBit,
  type StatusEntry,
} from '../../openbadges/status-list.js';
import { appDocumentLoader } from './document-loader.js';
import { findSigner, signingKeyForDid, type SignerRef } from './issuer-keys.js';

type Ctx = Pick<Deps, 'config' | 'secret' | 'dialect'>;

/**
 * A list takes new credentials until half its indexes are used: a random index among many free
 * ones keeps the herd large, so a position says nothing about whose credential it is.
 */
const FILL_LIMIT = STATUS_LIST_SIZE / 2;

export const statusListUrl = (publicUrl: string, listId: string) => `${publicUrl}/status-lists/${listId}`;

const bitsOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
const base64Of = (bits: Uint8Array) => Buffer.from(bits).toString('base64');

async function signList(
  db: Queryable,
  ctx: Ctx,
  signer: SignerRef,
  list: { id: string; issuer_did: string },
  revoked: Uint8Array,
  at: Date,
) {
  const key = await signingKeyForDid(db, ctx.config, ctx.secret, signer, list.issuer_did);
  // A did:key list whose key was compromised cannot be signed again: nothing it says is trusted.
  if (!key) return undefined;
  const unsigned = buildStatusListCredential({
    id: statusListUrl(ctx.config.publicUrl, list.id),
    issuer: list.issuer_did,
    validFrom: isoSeconds(at),
    statusPurpose: 'revocation',
    encodedList: encodeStatusList(revoked),
  });
  return JSON.stringify(await signCredential(unsigned, key, appDocumentLoader(db, ctx.config), at));
}

async function createList(db: Queryable, ctx: Ctx, signer: SignerRef, issuerDid: string, at: Date) {
  const id = randomUUID();
  const revoked = newStatusBits();
  const document = await signList(db, ctx, signer, { id, issuer_did: issuerDid }, revoked, at);
  if (!document) throw new Error(`no key can sign a status list for ${issuerDid}`);
  const row = {
    id,
    issuer_id: signer.id,
    issuer_did: issuerDid,
    purpose: 'revocation' as const,
    size: STATUS_LIST_SIZE,
    used: 0,
    allocated: base64Of(newStatusBits()),
    revoked: base64Of(revoked),
    document,
    revision: 0,
    created_at: at.toISOString(),
    updated_at: at.toISOString(),
  };
  await db.insertInto('status_lists').values(row).execute();
  return row;
}

/**
 * Hands out a random free position in one of the issuer's revocation lists (making a list when
 * none has room) and returns the `credentialStatus` entry. Call inside the issuing transaction.
 */
export async function allocateStatusEntry(
  db: Queryable,
  ctx: Ctx,
  signer: SignerRef,
  issuerDid: string,
  at: Date,
): Promise<{ entry: StatusEntry; listId: string; index: number }> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    let query = db
      .selectFrom('status_lists')
      .select(['id', 'allocated', 'used', 'size', 'revision'])
      .where('issuer_did', '=', issuerDid)
      .where('purpose', '=', 'revocation')
      .where('used', '<', FILL_LIMIT)
      .orderBy('created_at')
      .limit(1);
    if (ctx.dialect === 'postgres') query = query.forUpdate();
    const list = (await query.executeTakeFirst()) ?? (await createList(db, ctx, signer, issuerDid, at));
    const allocated = bitsOf(list.allocated);
    const index = randomFreeIndex((i) => getStatusBit(allocated, i), list.size);
    setStatusBit(allocated, index, true);
    const moved = await db
      .updateTable('status_lists')
      .set({ allocated: base64Of(allocated), used: list.used + 1, revision: list.revision + 1 })
      .where('id', '=', list.id)
      .where('revision', '=', list.revision)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) continue;
    const listUrl = statusListUrl(ctx.config.publicUrl, list.id);
    return {
      entry: buildStatusEntry({ listUrl, index, statusPurpose: 'revocation' }),
      listId: list.id,
      index,
    };
  }
  throw new Error('the status list was busy; please try again');
}

/** Sets revocation bits in a list and signs it again, so verifiers everywhere see the change. */
export async function setRevokedBits(
  db: Queryable,
  ctx: Ctx,
  listId: string,
  indexes: number[],
  at: Date,
): Promise<void> {
  let query = db.selectFrom('status_lists').selectAll().where('id', '=', listId);
  if (ctx.dialect === 'postgres') query = query.forUpdate();
  const list = await query.executeTakeFirstOrThrow();
  const signer = await findSigner(db, list.issuer_id);
  if (!signer) throw new Error(`the status list ${listId} has no issuer`);
  const revoked = bitsOf(list.revoked);
  for (const index of indexes) setStatusBit(revoked, index, true);
  const document = (await signList(db, ctx, signer, list, revoked, at)) ?? list.document;
  await db
    .updateTable('status_lists')
    .set({ revoked: base64Of(revoked), document, revision: list.revision + 1, updated_at: at.toISOString() })
    .where('id', '=', listId)
    .execute();
}

/** Whether the list has the position's revocation bit set (for this instance's own credentials). */
export async function isRevokedInList(db: Queryable, listId: string, index: number) {
  const list = await db
    .selectFrom('status_lists')
    .select(['revoked', 'size'])
    .where('id', '=', listId)
    .executeTakeFirst();
  if (!list || index < 0 || index >= list.size) return undefined;
  return getStatusBit(bitsOf(list.revoked), index);
}

export const findStatusList = (db: Queryable, listId: string) =>
  db
    .selectFrom('status_lists')
    .select(['document', 'updated_at', 'revision'])
    .where('id', '=', listId)
    .executeTakeFirst();
