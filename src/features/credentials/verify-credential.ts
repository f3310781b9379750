import type { VerifyResult } from '../../contracts/credentials.js';
import type { Deps } from '../../server/deps.js';
import { verifyCredential } from '../../openbadges/index.js';
import { appDocumentLoader } from '../issuance/document-loader.js';
import { credentialUrl } from '../issuance/issue-credential.js';
import { effectiveStatus } from './credential-status.js';
import * as repo from './credentials.repository.js';

/**
 * Verifies any Open Badges 3.0 credential and reports each check. For this instance's own
 * credentials, revocation and suspension come from the database.
 */
export async function verifyAny(
  { db, config, clock }: Pick<Deps, 'db' | 'config' | 'clock'>,
  credential: unknown,
): Promise<VerifyResult> {
  const ownPrefix = credentialUrl(config.publicUrl, '');
  const now = clock.now();
  const result = await verifyCredential(credential, {
    documentLoader: appDocumentLoader(db, config),
    now,
    checkStatus: async (c) => {
      const id = typeof c.id === 'string' && c.id.startsWith(ownPrefix) ? c.id.slice(ownPrefix.length) : null;
      if (!id) return undefined;
      const row = await repo.statusOf(db, id);
      if (!row) return { valid: false, message: 'This credential is not on record with its issuer.' };
      const status = effectiveStatus(row.status, null, now);
      return status === 'valid'
        ? { valid: true, message: 'Not revoked or suspended.' }
        : { valid: false, message: `The issuer has ${status} this credential.` };
    },
  });
  return {
    verified: result.verified,
    checks: result.checks.map((c) => ({ id: c.id, valid: c.valid, message: c.message })),
  };
}
