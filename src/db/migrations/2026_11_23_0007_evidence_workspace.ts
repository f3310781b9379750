import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any> */
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  // Every autosave is kept, so an earlier draft can be looked at and restored. The small columns
  // come first: thinning the history reads them without stepping over each version's text.
  await db.schema
    .createTable('draft_revisions')
    .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'text')
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('attestation', 'text', (c) => c.notNull())
    .addColumn('resubmission_note', 'text')
    .addPrimaryKeyConstraint('draft_revisions_pk', ['attempt_id', 'revision'])
    .execute();
  if (isPostgres(db)) {
    // A 5,000-word draft is written twice a save (the draft and its version): kept out of line
    // uncompressed, so an autosave does not spend its time compressing text.
    await sql`alter table attempts alter column answers set storage external`.execute(db);
    await sql`alter table draft_revisions alter column answers set storage external`.execute(db);
  }

  // Evidence files: a thumbnail for images, the privacy checklist, and when retention purged it.
  await db.schema.alterTable('artifacts').addColumn('thumbnail_sha256', 'text').execute();
  await db.schema
    .alterTable('artifacts')
    .addColumn('privacy', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.alterTable('artifacts').addColumn('purged_at', 'text').execute();
  // Identical files are stored once: before deleting bytes, look for anyone else still using them.
  await db.schema.createIndex('artifacts_blob').on('artifacts').column('blob_sha256').execute();
  await db.schema.createIndex('artifacts_thumbnail').on('artifacts').column('thumbnail_sha256').execute();

  // Organizations may delete evidence some months after the decision (credentials are kept).
  await db.schema.alterTable('organizations').addColumn('evidence_retention_months', 'integer').execute();

  // Which emails each person wants, by notification kind (no row: the default, email on).
  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('email', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pk', ['user_id', 'kind'])
    .execute();

  // Emails are written in the same transaction as what they tell, then delivered (or, without
  // SMTP, read by the platform admin in the app).
  await db.schema
    .createTable('email_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('tries', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_try_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
  await db.schema
    .createIndex('email_outbox_pending')
    .on('email_outbox')
    .columns(['sent_at', 'next_try_at'])
    .execute();
  await db.schema.createIndex('email_outbox_created').on('email_outbox').column('created_at').execute();

  // A person's request to have their account data deleted, and what became of it.
  await db.schema
    .createTable('data_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addColumn('completed_by', 'text')
    .execute();
  await db.schema.createIndex('data_requests_user').on('data_requests').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await sql`alter table attempts alter column answers set storage extended`.execute(db);
  await db.schema.dropTable('data_requests').execute();
  await db.schema.dropTable('email_outbox').execute();
  await db.schema.dropTable('notification_preferences').execute();
  await db.schema.alterTable('organizations').dropColumn('evidence_retention_months').execute();
  await db.schema.dropIndex('artifacts_thumbnail').execute();
  await db.schema.dropIndex('artifacts_blob').execute();
  await db.schema.alterTable('artifacts').dropColumn('purged_at').execute();
  await db.schema.alterTable('artifacts').dropColumn('privacy').execute();
  await db.schema.alterTable('artifacts').dropColumn('thumbnail_sha256').execute();
  await db.schema.dropTable('draft_revisions').execute();
}
