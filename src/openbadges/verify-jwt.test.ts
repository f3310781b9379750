import { CompactSign, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { buildOpenBadgeCredential } from './build-credential.js';
import { DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT } from './contexts.js';
import { createDocumentLoader } from './document-loader.js';
import { secretKeyMultibaseToJwk } from './jwk.js';
import { generateIssuerKeyPair } from './keys.js';
import { buildTestCredentialInput } from './test-fixtures.js';
import { verifyCredential } from './verify.js';

const VICTIM = 'did:web:victim.example';
const EVIL = 'https://evil.example/k';

/**
 * An issuer whose DID document lists its key by a relative id (`#key-1`) must not lend that
 * authority to a key of the same fragment published somewhere else.
 */
describe('VC-JWT key authority', () => {
  it('refuses a key published elsewhere under the fragment the issuer lists', async () => {
    const victimKey = await generateIssuerKeyPair();
    const attacker = await generateIssuerKeyPair();
    const victimDocument = {
      '@context': [DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT],
      id: VICTIM,
      verificationMethod: [
        {
          id: '#key-1',
          type: 'Multikey',
          controller: VICTIM,
          publicKeyMultibase: victimKey.publicKeyMultibase,
        },
      ],
      assertionMethod: ['#key-1'],
    };
    const evilDocument = {
      '@context': [DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT],
      id: EVIL,
      verificationMethod: [
        {
          id: '#key-1',
          type: 'Multikey',
          controller: VICTIM,
          publicKeyMultibase: attacker.publicKeyMultibase,
        },
      ],
      assertionMethod: ['#key-1'],
    };
    const documentLoader = createDocumentLoader({
      resolveDid: (did) => Promise.resolve(did === VICTIM ? victimDocument : undefined),
      extraDocuments: { [EVIL]: evilDocument },
    });
    const credential = buildOpenBadgeCredential(buildTestCredentialInput(VICTIM));
    const sign = async (kid: string, secret: typeof attacker) =>
      new CompactSign(
        new TextEncoder().encode(JSON.stringify({ ...credential, iss: VICTIM, jti: credential.id })),
      )
        .setProtectedHeader({ alg: 'EdDSA', kid, typ: 'JWT' })
        .sign(
          await importJWK(
            secretKeyMultibaseToJwk(secret.secretKeyMultibase, secret.publicKeyMultibase),
            'EdDSA',
          ),
        );

    const forged = await verifyCredential(await sign(`${EVIL}#key-1`, attacker), { documentLoader });
    expect(forged.verified).toBe(false);
    expect(forged.checks.find((c) => c.id === 'issuer')?.valid).toBe(false);

    // The same issuer's genuine key, listed by the same relative id, is accepted.
    const genuine = await verifyCredential(await sign(`${VICTIM}#key-1`, victimKey), { documentLoader });
    expect(genuine.checks.find((c) => c.id === 'proof')?.valid).toBe(true);
    expect(genuine.checks.find((c) => c.id === 'issuer')?.valid).toBe(true);
  });
});
