import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any> */
export async function up(db: Kysely<any>): Promise<void> {
  // An issuer is known by a did:web (its own domain) or a did:key (no stable domain needed).
  await db.schema
    .alterTable('organizations')
    .addColumn('did_method', 'text', (c) => c.notNull().defaultTo('web'))
    .execute();
  // A compromised key leaves the DID document; a merely retired one stays for old credentials.
  await db.schema.alterTable('issuer_keys').addColumn('compromised_at', 'text').execute();

  await db.schema
    .createTable('status_lists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('issuer_id', 'text', (c) => c.notNull().references('organizations.id'))
    // The DID that signs the list: the same as the credentials' issuer, which a did:key rotation changes.
    .addColumn('issuer_did', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('used', 'integer', (c) => c.notNull())
    // Base64 bitmaps: indexes handed out, and indexes whose credential is revoked.
    .addColumn('allocated', 'text', (c) => c.notNull())
    .addColumn('revoked', 'text', (c) => c.notNull())
    // The signed BitstringStatusListCredential as served, re-signed on every change.
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('status_lists_issuer')
    .on('status_lists')
    .columns(['issuer_did', 'purpose'])
    .execute();

  for (const column of [
    'jwt',
    'status_list_id',
    'status_reason',
    'status_changed_at',
    'status_changed_by',
    'reissued_at',
  ]) {
    await db.schema.alterTable('credentials').addColumn(column, 'text').execute();
  }
  await db.schema.alterTable('credentials').addColumn('status_index', 'integer').execute();
  await db.schema
    .createIndex('credentials_status_entry')
    .on('credentials')
    .columns(['status_list_id', 'status_index'])
    .unique()
    .execute();
  await db.schema
    .createIndex('credentials_issuer')
    .on('credentials')
    .columns(['issuer_id', 'issued_at'])
    .execute();
  await db.schema
    .createIndex('credentials_verification_method')
    .on('credentials')
    .column('verification_method')
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('notifications_user')
    .on('notifications')
    .columns(['user_id', 'created_at'])
    .execute();

  // Renewal: an earned submission no longer blocks a new one for the same micro-credential.
  await db.schema.dropIndex('submissions_one_open').execute();
  await sql`create unique index submissions_one_open on submissions (educator_id, micro_credential_id) where status not in ('withdrawn', 'earned')`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('submissions_one_open').execute();
  await sql`create unique index submissions_one_open on submissions (educator_id, micro_credential_id) where status <> 'withdrawn'`.execute(
    db,
  );
  await db.schema.dropTable('notifications').execute();
  await db.schema.dropTable('api_tokens').execute();
  for (const index of ['credentials_status_entry', 'credentials_issuer', 'credentials_verification_method'])
    await db.schema.dropIndex(index).execute();
  for (const column of [
    'jwt',
    'status_list_id',
    'status_index',
    'status_reason',
    'status_changed_at',
    'status_changed_by',
    'reissued_at',
  ])
    await db.schema.alterTable('credentials').dropColumn(column).execute();
  await db.schema.dropTable('status_lists').execute();
  await db.schema.alterTable('issuer_keys').dropColumn('compromised_at').execute();
  await db.schema.alterTable('organizations').dropColumn('did_method').execute();
}
