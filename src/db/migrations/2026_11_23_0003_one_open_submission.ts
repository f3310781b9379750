import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any> */
export async function up(db: Kysely<any>): Promise<void> {
  // At most one open submission per educator and micro-credential, even when two requests race.
  await sql`create unique index submissions_one_open on submissions (educator_id, micro_credential_id) where status <> 'withdrawn'`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('submissions_one_open').execute();
}
