import type { MicroCredentialContentInput } from '../src/contracts/micro-credential.js';

/** A fictional organization that authors and issues demo micro-credentials. */
export type DemoIssuer = {
  slug: string;
  name: string;
  description: string;
  url: string;
  email: string;
  /** How credentials name the issuer: its did:web on this server (default) or a did:key. */
  didMethod?: 'web' | 'key';
};

/** One demo micro-credential as an issuer would author it. */
export type DemoMicroCredential = {
  slug: string;
  /** The `slug` of a DemoIssuer. */
  issuer: string;
  content: MicroCredentialContentInput;
};

/**
 * A demo educator submission. Keys are question ids (part1, part3) and artifact requirement ids (part2)
 * of the micro-credential the response belongs to.
 */
export type DemoResponse = {
  part1: Record<string, string>;
  part2: Record<string, { kind: 'text' | 'link'; text?: string; url?: string; title: string }[]>;
  part3: Record<string, string>;
};
