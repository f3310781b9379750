import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocumentLoader } from './document-loader.js';
import type { JsonObject } from './types.js';
import { verifyCredential } from './verify.js';
import { OFFICIAL_OB3_DIR } from '../test-support/official-ob3.js';

// Signed credentials published by 1EdTech (see SOURCES.md beside them). Their verification methods
// are https URLs; 1edtech-resolve.json holds the controller documents those URLs stand for.
const VECTORS_DIR = join(OFFICIAL_OB3_DIR, 'vectors');
const readVector = (file: string) => JSON.parse(readFileSync(join(VECTORS_DIR, file), 'utf8')) as JsonObject;
const { $comment: _comment, ...keyDocuments } = readVector('1edtech-resolve.json') as Record<string, object>;

describe('1EdTech test vectors', () => {
  const documentLoader = createDocumentLoader({ extraDocuments: keyDocuments });

  it.each(['1edtech-impl-guide-eddsa-rdfc-2022.json', '1edtech-validator-simple.json'])(
    '%s: proof and issuer verify',
    async (file) => {
      const result = await verifyCredential(readVector(file), { documentLoader });
      const byId = Object.fromEntries(result.checks.map((check) => [check.id, check]));
      expect(byId.format?.valid).toBe(true);
      expect(byId.proof).toMatchObject({ valid: true });
      expect(byId.issuer).toMatchObject({ valid: true });
      expect(byId.dates).toMatchObject({ valid: true });
    },
  );

  it.each(['1edtech-impl-guide-eddsa-rdfc-2022.json', '1edtech-validator-simple.json'])(
    '%s: passes every check (a single proof object is read as a one-proof array)',
    async (file) => {
      const result = await verifyCredential(readVector(file), { documentLoader });
      expect(result.checks.filter((check) => !check.valid)).toEqual([]);
      expect(result.verified).toBe(true);
    },
  );

  it('fails `proof` when the key documents are missing', async () => {
    const result = await verifyCredential(readVector('1edtech-impl-guide-eddsa-rdfc-2022.json'), {
      documentLoader: createDocumentLoader(),
    });
    const proof = result.checks.find((check) => check.id === 'proof');
    expect(proof?.valid).toBe(false);
    expect(proof?.message).toMatch(/signing key could not be found/);
  });
});
