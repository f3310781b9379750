import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import { signAnyCredential } from '../../openbadges/sign-any.js';
import type { JsonObject } from '../../openbadges/index.js';
import { orgsWithRole, requireAuth, type Auth } from '../auth/auth-context.js';
import { appDocumentLoader } from '../issuance/document-loader.js';
import {
  currentDidOf,
  ensureIssuerKey,
  findSigner,
  signingKeyOf,
  type SignerRef,
} from '../issuance/issuer-keys.js';

const issuerIdIn = (credential: unknown): string | undefined => {
  if (typeof credential !== 'object' || credential === null) return undefined;
  const issuer = (credential as JsonObject).issuer;
  if (typeof issuer === 'string') return issuer;
  if (typeof issuer === 'object' && issuer !== null && typeof (issuer as JsonObject).id === 'string')
    return (issuer as JsonObject).id as string;
  return undefined;
};

/**
 * VC-API issuance for an issuer's own integrations: signs the credential it is given with the key
 * of the issuer the token's owner administers — named in the credential, or the only one they have.
 */
export async function issueAnyCredential(
  deps: Pick<Deps, 'db' | 'config' | 'secret' | 'clock'>,
  auth: Auth | null,
  credential: unknown,
) {
  const a = requireAuth(auth);
  const signers: { signer: SignerRef; did: string | undefined }[] = [];
  for (const orgId of orgsWithRole(a, 'issuer_admin')) {
    const signer = await findSigner(deps.db, orgId);
    if (signer) signers.push({ signer, did: await currentDidOf(deps.db, deps.config, signer) });
  }
  if (signers.length === 0)
    throw new AppError('FORBIDDEN', 'Only an issuer administrator’s API token can issue credentials.');
  const named = issuerIdIn(credential);
  const chosen =
    named === undefined
      ? signers.length === 1
        ? signers[0]
        : undefined
      : signers.find((s) => s.did === named);
  if (!chosen) {
    throw new AppError(
      'UNPROCESSABLE',
      named === undefined
        ? 'You administer several issuers: name the one that issues in "issuer".'
        : `The issuer "${named}" is not one you administer; credentials can only be issued as your own issuer.`,
      { problems: [named === undefined ? 'issuer missing' : 'issuer not yours'] },
    );
  }
  await ensureIssuerKey(deps.db, deps.secret, chosen.signer.id, deps.clock.now().toISOString());
  const key = await signingKeyOf(deps.db, deps.config, deps.secret, chosen.signer);
  const result = await signAnyCredential(
    credential,
    key,
    key.issuerDid,
    appDocumentLoader(deps.db, deps.config),
    {
      now: deps.clock.now(),
    },
  );
  if (!result.ok) {
    throw new AppError(
      result.status === 400 ? 'VALIDATION_FAILED' : 'UNPROCESSABLE',
      `The credential cannot be issued: ${result.problems.join('; ')}`,
      { problems: result.problems },
    );
  }
  return result.verifiableCredential;
}
