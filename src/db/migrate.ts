import { Migrator, type Migration } from 'kysely';
import type { Db } from './database.js';
import * as foundation from './migrations/2026_11_23_0001_foundation.js';
import * as catalogSpeed from './migrations/2026_11_23_0002_catalog_speed.js';
import * as oneOpenSubmission from './migrations/2026_11_23_0003_one_open_submission.js';
import * as credentialEcosystem from './migrations/2026_11_23_0004_credential_ecosystem.js';
import * as assessmentWorkforce from './migrations/2026_11_23_0005_assessment_workforce.js';
import * as queueHistory from './migrations/2026_11_23_0006_queue_history.js';
import * as evidenceWorkspace from './migrations/2026_11_23_0007_evidence_workspace.js';
import * as districtsAndStates from './migrations/2026_11_23_0008_districts_and_states.js';

/** Listed here rather than read from disk, so the same list works from src/ and from dist/. */
const migrations: Record<string, Migration> = {
  '2026_11_23_0001_foundation': foundation,
  '2026_11_23_0002_catalog_speed': catalogSpeed,
  '2026_11_23_0003_one_open_submission': oneOpenSubmission,
  '2026_11_23_0004_credential_ecosystem': credentialEcosystem,
  '2026_11_23_0005_assessment_workforce': assessmentWorkforce,
  '2026_11_23_0006_queue_history': queueHistory,
  '2026_11_23_0007_evidence_workspace': evidenceWorkspace,
  '2026_11_23_0008_districts_and_states': districtsAndStates,
};

/** Brings the schema up to date; returns the names of the migrations it applied. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
