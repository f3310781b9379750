import type { VerifyResult } from '../../contracts/credentials.js';
import type { Deps } from '../../server/deps.js';

/** Verifies anyone's credential for people and API clients: each check, and the proof format. */
export async function verifyAny(
  { verifier }: Pick<Deps, 'verifier'>,
  credential: unknown,
): Promise<VerifyResult> {
  const result = await verifier.verify(credential);
  return {
    verified: result.verified,
    checks: result.checks.map((c) => ({ id: c.id, valid: c.valid, message: c.message })),
  };
}
