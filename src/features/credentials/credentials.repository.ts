import type { Queryable } from '../../db/database.js';
import { containsPattern } from '../../db/like.js';

/**
 * A credential with what its page, files and OB 2.0 documents need. A pathway's stacked credential
 * has no version: its content, topic and version are null, and its achievement is in `document`.
 */
export const findCredential = (db: Queryable, id: string) =>
  db
    .selectFrom('credentials as c')
    .innerJoin('organizations as o', 'o.id', 'c.issuer_id')
    .innerJoin('users as u', 'u.id', 'c.educator_id')
    .leftJoin('micro_credential_versions as v', 'v.id', 'c.version_id')
    .select([
      'c.id',
      'c.title',
      'c.status',
      'c.status_reason',
      'c.issued_at',
      'c.valid_until',
      'c.document',
      'c.jwt',
      'c.version_id',
      'c.pathway_id',
      'c.micro_credential_id',
      'c.educator_id',
      'v.content',
      'v.topic',
      'v.version',
      'o.id as issuer_id',
      'o.name as issuer_name',
      'o.slug as issuer_slug',
      'o.url as issuer_url',
      'o.email as issuer_email',
      'o.description as issuer_description',
      'u.name as recipient_name',
      'u.email as recipient_email',
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();

export const findDocument = (db: Queryable, id: string) =>
  db.selectFrom('credentials').select(['document', 'jwt', 'status']).where('id', '=', id).executeTakeFirst();

export const listForEducator = (db: Queryable, educatorId: string) =>
  db
    .selectFrom('credentials as c')
    .innerJoin('organizations as o', 'o.id', 'c.issuer_id')
    .select([
      'c.id',
      'c.title',
      'c.status',
      'c.status_reason',
      'c.issued_at',
      'c.valid_until',
      'c.version_id',
      'c.pathway_id',
      'c.micro_credential_id',
      'c.jwt',
      'c.document',
      'o.id as issuer_id',
      'o.name as issuer_name',
    ])
    .where('c.educator_id', '=', educatorId)
    .orderBy('c.issued_at', 'desc')
    .orderBy('c.id', 'desc')
    .execute();

export const statusOf = (db: Queryable, id: string) =>
  db.selectFrom('credentials').select(['status', 'valid_until']).where('id', '=', id).executeTakeFirst();

/** Credentials an issuer has issued, newest first, optionally by status or a name/title search. */
export function listForIssuer(
  db: Queryable,
  issuerId: string,
  filter: {
    status?: 'valid' | 'expired' | 'revoked' | 'suspended';
    q?: string;
    limit: number;
    offset: number;
  },
  now: string,
) {
  let q = db
    .selectFrom('credentials as c')
    .innerJoin('users as u', 'u.id', 'c.educator_id')
    .where('c.issuer_id', '=', issuerId);
  // "Expired" is a valid credential past its end date; "valid" leaves those out.
  if (filter.status === 'expired' || filter.status === 'valid') {
    const expired = filter.status === 'expired';
    q = q
      .where('c.status', '=', 'valid')
      .where((eb) =>
        expired
          ? eb.and([eb('c.valid_until', 'is not', null), eb('c.valid_until', '<=', now)])
          : eb.or([eb('c.valid_until', 'is', null), eb('c.valid_until', '>', now)]),
      );
  } else if (filter.status) q = q.where('c.status', '=', filter.status);
  if (filter.q) {
    const like = containsPattern(filter.q);
    q = q.where((eb) =>
      eb.or([eb(eb.fn('lower', ['u.name']), 'like', like), eb(eb.fn('lower', ['c.title']), 'like', like)]),
    );
  }
  return Promise.all([
    q
      .select([
        'c.id',
        'c.title',
        'c.status',
        'c.status_reason',
        'c.status_changed_at',
        'c.issued_at',
        'c.valid_until',
        'c.reissued_at',
        'u.name as recipient_name',
      ])
      .orderBy('c.issued_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
}
