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
 * One piece of evidence: written, a link, or a file made when the demo is seeded (a one-page PDF,
 * or a photo of a page of student work) from a title and its lines, uploaded as an educator would.
 */
export type DemoArtifact =
  | { kind: 'text'; title: string; text: string }
  | { kind: 'link'; title: string; url: string }
  | { kind: 'pdf' | 'photo'; title: string; filename: string; lines: string[] };

/**
 * A demo educator submission. Keys are question ids (part1, part3) and artifact requirement ids (part2)
 * of the micro-credential the response belongs to.
 */
export type DemoResponse = {
  part1: Record<string, string>;
  part2: Record<string, DemoArtifact[]>;
  part3: Record<string, string>;
};
