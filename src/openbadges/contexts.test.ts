import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTEXTS, SHIPPED_CONTEXTS } from './contexts.js';
import shippedSchema from './schema/ob_v3p0_achievementcredential_schema.json' with { type: 'json' };
import { OFFICIAL_OB3_DIR } from '../test-support/official-ob3.js';

// Official copies of the OB 3.0 / VC files (provenance in SOURCES.md there); only tests read them.
const OFFICIAL_DIR = OFFICIAL_OB3_DIR;
const readOfficial = (path: string): unknown => JSON.parse(readFileSync(join(OFFICIAL_DIR, path), 'utf8'));
const officialIndex = readOfficial('contexts/index.json') as Record<string, string>;

describe('contexts', () => {
  it.each(Object.entries(officialIndex))('serves %s exactly as officially published', (url, file) => {
    expect(CONTEXTS.get(url)).toEqual(readOfficial(`contexts/${file}`));
  });

  it('serves only contexts whose official copy it is checked against', () => {
    expect([...CONTEXTS.keys()].sort()).toEqual(Object.keys(officialIndex).sort());
  });

  it.each([...SHIPPED_CONTEXTS.keys()])(
    'ships its own copy of %s only because no package carries it',
    (url) => {
      expect(SHIPPED_CONTEXTS.get(url)).toEqual(readOfficial(`contexts/${officialIndex[url]}`));
    },
  );

  it('ships the official OB 3.0 AchievementCredential JSON schema unchanged', () => {
    expect(shippedSchema).toEqual(readOfficial('ob_v3p0_achievementcredential_schema.json'));
  });
});
