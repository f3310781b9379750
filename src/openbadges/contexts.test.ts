import { createHash } from 'node:crypto';
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

// Contexts the official folder does not carry (CLR 2.0) are shipped with their source and SHA-256
// recorded in contexts/SOURCES.md: table rows of | file | URL | source | sha256 |.
const ownSources = new Map(
  readFileSync(new URL('./contexts/SOURCES.md', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim().replace(/^`|`$/g, '')))
    .filter((cells) => /^https:\/\//.test(cells[2] ?? '') && /^[0-9a-f]{64}$/.test(cells[4] ?? ''))
    .map((cells) => [cells[2]!.split(' ')[0]!, { file: cells[1]!, sha256: cells[4]! }]),
);

describe('contexts', () => {
  it.each(Object.entries(officialIndex))('serves %s exactly as officially published', (url, file) => {
    expect(CONTEXTS.get(url)).toEqual(readOfficial(`contexts/${file}`));
  });

  it('serves only contexts whose official copy, or recorded source, it is checked against', () => {
    expect([...CONTEXTS.keys()].sort()).toEqual([...Object.keys(officialIndex), ...ownSources.keys()].sort());
  });

  it.each([...SHIPPED_CONTEXTS.keys()])(
    'ships its own copy of %s only because no package carries it',
    (url) => {
      const own = ownSources.get(url);
      if (!own) {
        expect(SHIPPED_CONTEXTS.get(url)).toEqual(readOfficial(`contexts/${officialIndex[url]}`));
        return;
      }
      const bytes = readFileSync(new URL(`./contexts/${own.file}`, import.meta.url));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(own.sha256);
      expect(SHIPPED_CONTEXTS.get(url)).toEqual(JSON.parse(bytes.toString('utf8')));
    },
  );

  it('ships the official OB 3.0 AchievementCredential JSON schema unchanged', () => {
    expect(shippedSchema).toEqual(readOfficial('ob_v3p0_achievementcredential_schema.json'));
  });
});
