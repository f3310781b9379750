import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { compactVerify, decodeProtectedHeader, importJWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenBadgeCredential } from './build-credential.js';
import { generateIssuerKeyPair } from './keys.js';
import { signBoth } from './sign-both.js';
import { createSigningPool, SigningJobError, type SigningJob, type SigningPool } from './signing-pool.js';
import {
  buildTestCredentialInput,
  buildTestIssuer,
  independentLoader,
  type TestIssuer,
} from './test-fixtures.js';

let issuer: TestIssuer;
let publicKey: Awaited<ReturnType<typeof importJWK>>;
let pool: SigningPool;

/** The issuer's public key as a JWK, decoded by the key library rather than by our code. */
async function publicJwkOf(publicKeyMultibase: string) {
  const keyPair = await Ed25519Multikey.from({
    '@context': 'https://w3id.org/security/multikey/v1',
    type: 'Multikey',
    publicKeyMultibase,
  });
  return { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(keyPair.publicKey).toString('base64url') };
}

const uuid = (n: number) => `urn:uuid:00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

function jobs(count: number): SigningJob[] {
  return Array.from({ length: count }, (_, n) => ({
    unsigned: buildOpenBadgeCredential(
      buildTestCredentialInput(issuer.did, {
        id: uuid(n),
        recipient: { id: `did:example:teacher-${n}`, email: `teacher${n}@school.example`, emailSalt: 's' },
      }),
    ),
    key: issuer.signingKey,
    created: '2025-09-01T08:30:00Z',
  }));
}

async function verifyWithLibrary(credential: object) {
  return vc.verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader: independentLoader(issuer.didDocument),
    checkStatus: () => Promise.resolve({ verified: true }),
  });
}

beforeAll(async () => {
  issuer = await buildTestIssuer();
  publicKey = await importJWK(await publicJwkOf(issuer.signingKey.publicKeyMultibase), 'EdDSA');
  pool = createSigningPool({ size: 2 });
});

afterAll(() => pool.close());

describe('createSigningPool', () => {
  it('signs 20 credentials on 2 workers, in input order, each verifiable by @digitalbazaar/vc and jose', async () => {
    const input = jobs(20);
    const signed = await pool.sign(input);

    expect(pool.size).toBe(2);
    expect(signed).toHaveLength(20);
    for (const [n, { credential, jwt }] of signed.entries()) {
      expect(credential.id).toBe(uuid(n));
      expect(credential.proof).toHaveLength(1);
      expect(credential.proof[0]).toMatchObject({
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-rdfc-2022',
        created: '2025-09-01T08:30:00Z',
        verificationMethod: issuer.signingKey.verificationMethod,
      });
      const result = await verifyWithLibrary(credential);
      expect(result.verified, JSON.stringify(result.error)).toBe(true);

      expect(decodeProtectedHeader(jwt)).toEqual({
        alg: 'EdDSA',
        kid: issuer.signingKey.verificationMethod,
        typ: 'JWT',
      });
      const { payload } = await compactVerify(jwt, publicKey);
      const claims = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
      expect(claims).toMatchObject({ jti: uuid(n), iss: issuer.did, sub: `did:example:teacher-${n}` });
      expect(claims.proof).toBeUndefined();
    }
    const stats = pool.stats();
    expect(stats.reduce((sum, s) => sum + s.jobs, 0)).toBeGreaterThanOrEqual(20);
    expect(stats.every((s) => s.jobs > 0)).toBe(true);
  });

  it('signs what signBoth signs in-process', async () => {
    const [job] = jobs(1);
    const [fromPool] = await pool.sign([job!]);
    const inProcess = await signBoth(job!.unsigned, job!.key, job!.created);
    // Ed25519 signatures are deterministic: the same input gives the same bytes.
    expect(fromPool).toEqual(inProcess);
  });

  it('names the failing job and why, when a key does not match', async () => {
    const input = jobs(10);
    const stranger = await generateIssuerKeyPair();
    input[7] = {
      ...input[7]!,
      key: { ...issuer.signingKey, secretKeyMultibase: stranger.secretKeyMultibase },
    };
    const error = await pool.sign(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SigningJobError);
    expect((error as SigningJobError).index).toBe(7);
    expect((error as Error).message).toMatch(/^credential 7 could not be signed: .*does not match/);
    // The pool is still usable afterwards.
    await expect(pool.sign(jobs(2))).resolves.toHaveLength(2);
  });

  it('refuses a job without a key before sending anything', async () => {
    const input = jobs(3);
    input[2] = { unsigned: input[2]!.unsigned } as SigningJob;
    await expect(pool.sign(input)).rejects.toThrow(
      /^credential 2 could not be signed: it has no signing key/,
    );
  });

  it('reports a credential the library refuses to sign (JSON-LD safe mode)', async () => {
    const input = jobs(2);
    input[1] = { ...input[1]!, unsigned: { ...input[1]!.unsigned, undefinedTerm: 'dropped?' } };
    await expect(pool.sign(input)).rejects.toThrow(
      /^credential 1 could not be signed: cannot sign this credential/,
    );
  });

  it('answers an empty list at once', async () => {
    await expect(pool.sign([])).resolves.toEqual([]);
  });

  it('close() stops the workers and rejects what is still waiting', async () => {
    const own = createSigningPool({ size: 1 });
    const pending = own.sign(jobs(40)).catch((error: unknown) => error);
    await own.close();
    expect(String(await pending)).toMatch(/closed before these credentials were signed/);
    await expect(own.sign(jobs(1))).rejects.toThrow(/the signing pool is closed/);
  });

  it('refuses a size that is not a whole number ≥ 1', () => {
    expect(() => createSigningPool({ size: 0 })).toThrow(/whole number ≥ 1/);
  });
});
