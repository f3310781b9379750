// Typings for the presentation half of @digitalbazaar/vc (merged into the module declared in
// vendor.d.ts), limited to what sign-presentation.ts and verify-presentation.ts use.

declare module '@digitalbazaar/vc' {
  import type { DataIntegrityProof } from '@digitalbazaar/data-integrity';

  export interface PresentationProofResult {
    verified: boolean;
    error?: Error & { errors?: Error[] };
    results?: ProofResult[];
  }

  export interface VerifyPresentationResult {
    verified: boolean;
    error?: Error & { errors?: Error[] };
    presentationResult?: PresentationProofResult;
    credentialResults?: VerifyCredentialResult[];
  }

  /** Verifies a presentation's proof (AuthenticationProofPurpose from challenge/domain) and its credentials. */
  export function verify(options: {
    presentation: object;
    suite: DataIntegrityProof | DataIntegrityProof[];
    documentLoader: DocumentLoader;
    challenge?: string;
    domain?: string;
    unsignedPresentation?: boolean;
    now?: string | Date;
    checkStatus?: (options: object) => Promise<{ verified: boolean }>;
  }): Promise<VerifyPresentationResult>;

  /** Adds an authentication proof (with `challenge`, and `domain` when given) to a presentation. */
  export function signPresentation(options: {
    presentation: object;
    suite: DataIntegrityProof;
    documentLoader: DocumentLoader;
    challenge: string;
    domain?: string;
  }): Promise<Record<string, unknown>>;
}
