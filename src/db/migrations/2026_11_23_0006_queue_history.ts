import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any> */
export async function up(db: Kysely<any>): Promise<void> {
  // An assessor's recent completed reviews are read newest first without touching older ones.
  await db.schema
    .createIndex('reviews_assessor_completed')
    .on('reviews')
    .columns(['assessor_id', 'status', 'completed_at'])
    .execute();
  // reviews_queue (assessor_id, status, due_at) serves every query this one did.
  await db.schema.dropIndex('reviews_assessor_status').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('reviews_assessor_status')
    .on('reviews')
    .columns(['assessor_id', 'status'])
    .execute();
  await db.schema.dropIndex('reviews_assessor_completed').execute();
}
