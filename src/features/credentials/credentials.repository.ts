import type { Queryable } from '../../db/database.js';

export const findCredential = (db: Queryable, id: string) =>
  db
    .selectFrom('credentials as c')
    .innerJoin('organizations as o', 'o.id', 'c.issuer_id')
    .innerJoin('users as u', 'u.id', 'c.educator_id')
    .select([
      'c.id',
      'c.title',
      'c.status',
      'c.issued_at',
      'c.valid_until',
      'c.document',
      'c.version_id',
      'c.micro_credential_id',
      'c.educator_id',
      'o.id as issuer_id',
      'o.name as issuer_name',
      'o.slug as issuer_slug',
      'o.url as issuer_url',
      'u.name as recipient_name',
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();

export const findDocument = (db: Queryable, id: string) =>
  db.selectFrom('credentials').select(['document', 'status']).where('id', '=', id).executeTakeFirst();

export const listForEducator = (db: Queryable, educatorId: string) =>
  db
    .selectFrom('credentials as c')
    .innerJoin('organizations as o', 'o.id', 'c.issuer_id')
    .select([
      'c.id',
      'c.title',
      'c.status',
      'c.issued_at',
      'c.valid_until',
      'c.version_id',
      'o.id as issuer_id',
      'o.name as issuer_name',
    ])
    .where('c.educator_id', '=', educatorId)
    .orderBy('c.issued_at', 'desc')
    .orderBy('c.id', 'desc')
    .execute();

export const statusOf = (db: Queryable, id: string) =>
  db.selectFrom('credentials').select(['status', 'valid_until']).where('id', '=', id).executeTakeFirst();
