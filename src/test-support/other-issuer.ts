import { randomUUID } from 'node:crypto';
import type { OpenBadgeCredentialInput } from '../openbadges/build-credential.js';
import {
  buildDidDocument,
  buildOpenBadgeCredential,
  buildStatusEntry,
  buildStatusListCredential,
  createDocumentLoader,
  encodeStatusList,
  generateIssuerKeyPair,
  newStatusBits,
  setStatusBit,
  signCredential,
  signCredentialJwt,
  type SigningKey,
} from '../openbadges/index.js';
import { buildTestCredentialInput } from '../openbadges/test-fixtures.js';
import type { KeyServer } from './key-server.js';

/**
 * Another organization's issuer, published on a local key server: its key document (an https/http
 * controller document, or a did:web document), a signed revocation list where index 7 is revoked,
 * and helpers that sign credentials with its key (or with a stranger's key under its name).
 */
export type OtherIssuer = {
  id: string;
  /** Documents a third-party loader needs: the key document and the status list, by URL. */
  documents: Record<string, object>;
  key: SigningKey;
  listUrl: string;
  /** Signs an OB 3.0 credential; `status` picks a revoked (7) or clear (3) position. */
  sign: (
    overrides?: Partial<OpenBadgeCredentialInput>,
    options?: { status?: 'valid' | 'revoked' | 'none'; key?: SigningKey },
  ) => Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  signJwt: (credential: object, key?: SigningKey) => Promise<string>;
  /** A fresh key pair claiming this issuer's verification method (a forger's key). */
  wrongKey: () => Promise<SigningKey>;
};

export const REVOKED_INDEX = 7;
export const CLEAR_INDEX = 3;
const signingLoader = createDocumentLoader();

export async function publishOtherIssuer(
  server: KeyServer,
  name: string,
  kind: 'url' | 'did:web' = 'url',
): Promise<OtherIssuer> {
  const pair = await generateIssuerKeyPair();
  const id =
    kind === 'url'
      ? `${server.origin}/issuers/${name}`
      : `did:web:127.0.0.1%3A${server.port}:issuers:${name}`;
  const keyDocPath = kind === 'url' ? `/issuers/${name}` : `/issuers/${name}/did.json`;
  const vm = `${id}#key-1`;
  const keyDoc =
    kind === 'url'
      ? {
          '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
          id,
          verificationMethod: [
            { id: vm, type: 'Multikey', controller: id, publicKeyMultibase: pair.publicKeyMultibase },
          ],
          assertionMethod: [vm],
        }
      : buildDidDocument(id, [{ id: 'key-1', publicKeyMultibase: pair.publicKeyMultibase }]);
  server.documents.set(keyDocPath, keyDoc);
  const key: SigningKey = { verificationMethod: vm, ...pair };

  const listUrl = `${server.origin}/status/${name}`;
  const bits = newStatusBits();
  setStatusBit(bits, REVOKED_INDEX, true);
  const list = await signCredential(
    buildStatusListCredential({
      id: listUrl,
      issuer: id,
      validFrom: '2025-01-01T00:00:00Z',
      statusPurpose: 'revocation',
      encodedList: encodeStatusList(bits),
    }),
    key,
    signingLoader,
  );
  server.documents.set(`/status/${name}`, list);

  return {
    id,
    key,
    listUrl,
    documents: { [id]: keyDoc, [listUrl]: list },
    sign: async (overrides = {}, options = {}) => {
      const status = options.status ?? 'valid';
      const input = buildTestCredentialInput(id, {
        id: `urn:uuid:${randomUUID()}`,
        ...(status === 'none'
          ? {}
          : {
              credentialStatus: buildStatusEntry({
                listUrl,
                index: status === 'revoked' ? REVOKED_INDEX : CLEAR_INDEX,
                statusPurpose: 'revocation',
              }),
            }),
        ...overrides,
      });
      return signCredential(buildOpenBadgeCredential(input), options.key ?? key, signingLoader);
    },
    signJwt: (credential, k = key) => signCredentialJwt(credential, k),
    wrongKey: async () => ({ verificationMethod: vm, ...(await generateIssuerKeyPair()) }),
  };
}
