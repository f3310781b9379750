/** A parsed JSON object. */
export type JsonObject = Record<string, unknown>;

/** What a JSON-LD document loader returns (the `jsonld` library's RemoteDocument). */
export interface RemoteDocument {
  contextUrl: null;
  documentUrl: string;
  document: JsonObject;
}

/** The `documentLoader` signature jsonld, jsonld-signatures and @digitalbazaar/vc expect. */
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/** A verification method (public key) as published in a DID or controller document. */
export interface VerificationMethod {
  '@context'?: string | (string | JsonObject)[];
  id: string;
  type: string;
  controller: string;
  publicKeyMultibase?: string;
  [extra: string]: unknown;
}

/** A DID document (only the members we build or read). */
export interface DidDocument {
  '@context': string | (string | JsonObject)[];
  id: string;
  verificationMethod?: VerificationMethod[];
  assertionMethod?: (string | VerificationMethod)[];
  authentication?: (string | VerificationMethod)[];
  [extra: string]: unknown;
}

/** An embedded Data Integrity proof as we emit it. */
export interface DataIntegrityProofJson {
  type: 'DataIntegrityProof';
  cryptosuite: string;
  created?: string;
  verificationMethod: string;
  proofPurpose: string;
  proofValue: string;
  [extra: string]: unknown;
}
