// Open Badges 2.0 hosted documents (IMS Final Release, 2018): the Assertion, BadgeClass and Issuer
// JSON that LMSs and backpacks which still read 2.0 fetch by URL. Pure builders: no signing (hosted
// verification means the Assertion is trusted because it is served at its own `id`).
import { hashEmailIdentifier, toIsoSeconds } from './build-credential.js';
import { compact, requireText, requireWebUrl } from './input-checks.js';

export const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';

/** An OB 2.0 hosted Assertion; when revoked, only `id` and `revoked` (and the reason) remain. */
export interface Ob2Assertion {
  '@context': typeof OB2_CONTEXT;
  type: 'Assertion';
  id: string;
  recipient?: { type: 'email'; hashed: true; salt: string; identity: string };
  badge?: string;
  verification?: { type: 'hosted' };
  issuedOn?: string;
  expires?: string;
  evidence?: string;
  narrative?: string;
  revoked?: true;
  revocationReason?: string;
}

export interface Ob2AssertionInput {
  /** Where this Assertion is served; hosted verification fetches it there. */
  assertionUrl: string;
  /** Where its BadgeClass is served. */
  badgeClassUrl: string;
  /** The earner's email; the Assertion carries only `sha256$` of the (trimmed, lower-cased) email + salt. */
  recipientEmail: string;
  salt: string;
  issuedOn: Date | string;
  expires?: Date | string;
  /** A public page showing the evidence, when the earner chose to publish it. */
  evidenceUrl?: string;
  /** What the evidence shows, in words. */
  narrative?: string;
  revoked?: boolean;
  revocationReason?: string;
}

export interface Ob2Alignment {
  targetName: string;
  targetUrl: string;
  targetDescription?: string;
  targetFramework?: string;
  targetCode?: string;
}

export interface Ob2BadgeClass {
  '@context': typeof OB2_CONTEXT;
  type: 'BadgeClass';
  id: string;
  name: string;
  description: string;
  image: string;
  criteria: { id: string; narrative: string };
  issuer: string;
  alignment?: Ob2Alignment[];
  tags?: string[];
}

export interface Ob2BadgeClassInput {
  /** Where this BadgeClass is served. */
  url: string;
  /** Where the issuer's Profile is served. */
  issuerUrl: string;
  name: string;
  description: string;
  /** A PNG or SVG image of the badge. */
  imageUrl: string;
  /** A page describing how the badge is earned. */
  criteriaUrl: string;
  /** How the badge is earned, in words (Markdown allowed). */
  criteriaNarrative: string;
  alignment?: Ob2Alignment[];
  tags?: string[];
}

export interface Ob2Issuer {
  '@context': typeof OB2_CONTEXT;
  type: 'Issuer';
  id: string;
  name: string;
  url: string;
  email?: string;
  description?: string;
}

export interface Ob2IssuerInput {
  /** Where this Profile is served. */
  url: string;
  name: string;
  /** The organization's home page. */
  homepageUrl: string;
  /** Contact address. OB 2.0 lists it among the properties an issuing Profile must have: give it. */
  email?: string;
  description?: string;
}

/**
 * An OB 2.0 hosted Assertion: hashed email recipient (`sha256$` + hex of email + salt), ISO dates,
 * `verification: { type: 'hosted' }`. A revoked Assertion keeps only `id`, `revoked` and the reason,
 * as the spec allows and as most issuers do, so a revoked badge stops showing the earner's data.
 */
export function ob2Assertion(input: Ob2AssertionInput): Ob2Assertion {
  const id = requireWebUrl(input.assertionUrl, 'assertion URL');
  if (input.revoked) {
    return compact({
      '@context': OB2_CONTEXT,
      type: 'Assertion' as const,
      id,
      revoked: true as const,
      revocationReason: input.revocationReason,
    });
  }
  requireText(input.recipientEmail, 'recipient email');
  if (!input.recipientEmail.includes('@'))
    throw new TypeError(`recipient email "${input.recipientEmail}" is not an email address`);
  const salt = requireText(input.salt, 'salt');
  const issuedOn = toIsoSeconds(input.issuedOn, 'issuedOn');
  const expires = input.expires === undefined ? undefined : toIsoSeconds(input.expires, 'expires');
  if (expires !== undefined && expires <= issuedOn) throw new TypeError('expires must be after issuedOn');
  return compact({
    '@context': OB2_CONTEXT,
    type: 'Assertion' as const,
    id,
    recipient: {
      type: 'email' as const,
      hashed: true as const,
      salt,
      identity: hashEmailIdentifier(input.recipientEmail, salt),
    },
    badge: requireWebUrl(input.badgeClassUrl, 'BadgeClass URL'),
    verification: { type: 'hosted' as const },
    issuedOn,
    expires,
    evidence: input.evidenceUrl === undefined ? undefined : requireWebUrl(input.evidenceUrl, 'evidence URL'),
    narrative: input.narrative,
  });
}

function buildAlignment(alignment: Ob2Alignment, index: number): Ob2Alignment {
  const what = `alignment ${index + 1}`;
  return compact({
    targetName: requireText(alignment.targetName, `${what} targetName`),
    targetUrl: requireWebUrl(alignment.targetUrl, `${what} targetUrl`),
    targetDescription: alignment.targetDescription,
    targetFramework: alignment.targetFramework,
    targetCode: alignment.targetCode,
  });
}

/** An OB 2.0 BadgeClass with embedded criteria (page URL and narrative). */
export function ob2BadgeClass(input: Ob2BadgeClassInput): Ob2BadgeClass {
  const tags = input.tags?.filter((tag) => tag.trim() !== '');
  return compact({
    '@context': OB2_CONTEXT,
    type: 'BadgeClass' as const,
    id: requireWebUrl(input.url, 'BadgeClass URL'),
    name: requireText(input.name, 'badge name'),
    description: requireText(input.description, 'badge description'),
    image: requireWebUrl(input.imageUrl, 'badge image URL'),
    criteria: {
      id: requireWebUrl(input.criteriaUrl, 'criteria URL'),
      narrative: requireText(input.criteriaNarrative, 'criteria narrative'),
    },
    issuer: requireWebUrl(input.issuerUrl, 'issuer URL'),
    alignment: input.alignment?.length ? input.alignment.map(buildAlignment) : undefined,
    tags: tags?.length ? tags : undefined,
  });
}

/** An OB 2.0 issuer Profile (`type: 'Issuer'`). */
export function ob2Issuer(input: Ob2IssuerInput): Ob2Issuer {
  if (input.email !== undefined && !requireText(input.email, 'issuer email').includes('@'))
    throw new TypeError(`issuer email "${input.email}" is not an email address`);
  return compact({
    '@context': OB2_CONTEXT,
    type: 'Issuer' as const,
    id: requireWebUrl(input.url, 'issuer URL'),
    name: requireText(input.name, 'issuer name'),
    url: requireWebUrl(input.homepageUrl, 'issuer home page'),
    email: input.email,
    description: input.description,
  });
}
