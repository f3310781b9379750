import { Readable } from 'node:stream';
import { importRoster } from '../roster/import-roster.js';
import type { DemoWorld } from './assessment-context.js';

/** The demo organizations' ids in the districts' own records (what a roster's school_id names). */
export const DEMO_EXTERNAL_IDS: Record<string, string> = {
  riverside: 'RUSD',
  'riverside-elementary': 'RES-001',
  'riverside-middle': 'RMS-002',
  'pine-ridge': 'PRCS',
  'cedar-hollow': 'CHE-101',
  'pine-ridge-high': 'PRH-102',
};

/**
 * Riverside's roster of last term, imported a month ago by its district admin. Against it,
 * `demo/roster/riverside-staff.csv` (this term) shows every outcome in a dry run: unchanged,
 * changed (Daniel Park moves school), created (a new hire; an existing account matched),
 * departed (Lucas Hale) and rejected (a school of another district, a bad email).
 */
const LAST_TERM = `email,first_name,last_name,school_id,role,staff_id
educator@example.org,Maya,Thompson,RES-001,educator,R1001
daniel.park@example.org,Daniel,Park,RMS-002,educator,R1002
grace.adeyemi@example.org,Grace,Adeyemi,RMS-002,educator,R1003
lucas.hale@example.org,Lucas,Hale,RES-001,educator,R1009
`;

export async function seedRosterDemo(w: DemoWorld): Promise<void> {
  const { db } = w.deps;
  for (const [key, externalId] of Object.entries(DEMO_EXTERNAL_IDS)) {
    const id = w.orgIds.get(key);
    if (id)
      await db.updateTable('organizations').set({ external_id: externalId }).where('id', '=', id).execute();
  }
  const monthAgo = new Date(w.now.getTime() - 30 * 86_400_000);
  await importRoster({ db, clock: { now: () => monthAgo } }, await w.authOf('district@example.org'), {
    org: w.orgIds.get('riverside')!,
    files: { format: 'csv', name: 'riverside-staff-last-term.csv', staff: () => Readable.from([LAST_TERM]) },
    dryRun: false,
  });
}
