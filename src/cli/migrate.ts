import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Config } from '../server/config.js';

export async function migrate(config: Config) {
  const handle = openDatabase(config.databaseUrl);
  try {
    const applied = await migrateToLatest(handle.db);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
  } finally {
    await handle.close();
  }
}
