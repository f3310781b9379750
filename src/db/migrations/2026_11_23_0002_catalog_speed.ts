import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any> */
export async function up(db: Kysely<any>): Promise<void> {
  // The catalog joins micro-credentials to their current version and filters by topic.
  await db.schema
    .createIndex('micro_credentials_current_version')
    .on('micro_credentials')
    .column('current_version_id')
    .execute();
  await db.schema
    .createIndex('mcv_current_topic_title')
    .on('micro_credential_versions')
    .columns(['is_current', 'topic', 'title'])
    .execute();
  // One row whose generation every publish and retire bumps: app processes cache catalog pages
  // and drop them when it moves.
  await db.schema
    .createTable('catalog_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('generation', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('catalog_state').values({ id: 1, generation: 0 }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('catalog_state').execute();
  await db.schema.dropIndex('mcv_current_topic_title').execute();
  await db.schema.dropIndex('micro_credentials_current_version').execute();
}
