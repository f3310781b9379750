import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../server/paths.js';

/**
 * The official 1EdTech Open Badges 3.0 files tests compare against: `../shared/ob3` beside the
 * project (as CI lays it out), or OB3_OFFICIAL_DIR. The application never reads them.
 */
export const OFFICIAL_OB3_DIR =
  process.env.OB3_OFFICIAL_DIR ?? path.resolve(packageRoot, '..', 'shared', 'ob3');

export const readOfficialOb3 = (relative: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(OFFICIAL_OB3_DIR, relative), 'utf8'));
