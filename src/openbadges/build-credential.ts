import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { CREDENTIALS_V2_CONTEXT, OB_V3_CONTEXT, OB_V3_EXTENSIONS_CONTEXT } from './contexts.js';
import {
  ACHIEVEMENT_TYPES,
  type AchievementType,
  type ObAchievement,
  type ObAlignment,
  type ObCredentialStatus,
  type ObEvidence,
  type ObIdentityObject,
  type ObImage,
  type ObProfile,
  type OpenBadgeCredential,
} from './credential-types.js';
import { compact, requireText, requireUri, requireWebUrl } from './input-checks.js';

/** An image by URL (https or a `data:` URI), with optional alt text. */
export interface ImageInput {
  id: string;
  caption?: string;
}

/** A person or organization (OB `Profile`). */
export interface ProfileInput {
  /** A URI naming the profile: a DID or an https URL. */
  id: string;
  name: string;
  /** Their public web page. */
  url?: string;
  description?: string;
  email?: string;
  image?: ImageInput;
}

/** The issuing organization. */
export interface IssuerInput extends ProfileInput {
  /** The issuer's DID (e.g. from `didWebFor`); its DID document must hold the signing key. */
  id: string;
  /** The issuer's web page. */
  url: string;
}

/** A link from the achievement to a framework entry (e.g. a teaching standard). */
export interface AlignmentInput {
  targetName: string;
  targetUrl: string;
  targetCode?: string;
  targetDescription?: string;
  targetFramework?: string;
  targetType?: string;
}

/** What was earned. */
export interface AchievementInput {
  /** A stable https URL (or URI) of the achievement, the same for every earner. */
  id: string;
  name: string;
  description: string;
  /** How it is earned, in words; `id` may point to a page with the full criteria. */
  criteria: { id?: string; narrative: string };
  image?: ImageInput;
  alignment?: AlignmentInput[];
  /** Who designed the achievement, when not the issuer. */
  creator?: ProfileInput;
  tag?: string[];
  /** OB vocabulary term or `ext:Name`; defaults to `Competency`. */
  achievementType?: AchievementType;
  humanCode?: string;
  version?: string;
}

/** Who earned it. At least one of `id` and `email` is required. */
export interface RecipientInput {
  /** The earner's DID or other URI, when known. */
  id?: string;
  /** The earner's email; the credential carries only a salted SHA-256 hash of it. */
  email?: string;
  /** Salt for the email hash; a random one is made when absent. */
  emailSalt?: string;
}

/** One piece of evidence shown with the credential. */
export interface EvidenceInput {
  /** URL of the evidence, when it is published. */
  id?: string;
  name?: string;
  narrative?: string;
  description?: string;
  genre?: string;
  audience?: string;
}

/** Everything `buildOpenBadgeCredential` needs. */
export interface OpenBadgeCredentialInput {
  /** `urn:uuid:…` or an https URL; a new `urn:uuid:` is made when absent. */
  id?: string;
  /** Display name of the credential; defaults to the achievement's name. */
  name?: string;
  description?: string;
  issuer: IssuerInput;
  /** When the credential starts to be valid (usually the award time). */
  validFrom: Date | string;
  /** When it stops being valid, if it expires. */
  validUntil?: Date | string;
  recipient: RecipientInput;
  achievement: AchievementInput;
  evidence?: EvidenceInput[];
  /** Where its revocation status is published, e.g. a `BitstringStatusListEntry`. */
  credentialStatus?: ObCredentialStatus;
  /** Name the official OB 3.0 JSON schema in `credentialSchema` (default true). */
  credentialSchema?: boolean;
}

/** The official 1EdTech JSON schema of an OB 3.0 AchievementCredential / OpenBadgeCredential. */
export const OB3_SCHEMA_URL =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

/** An ISO 8601 date-time in UTC, to the second (`2026-01-02T03:04:05Z`). */
export function toIsoSeconds(value: Date | string, what = 'date'): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new TypeError(`${what} is not a valid date (got "${String(value)}")`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function buildImage(image: ImageInput | undefined, what: string): ObImage | undefined {
  if (!image) return undefined;
  return compact({
    id: requireUri(image.id, `${what} image id`),
    type: 'Image' as const,
    caption: image.caption,
  });
}

function buildProfile(profile: ProfileInput, what: string): ObProfile {
  return compact({
    id: requireUri(profile.id, `${what} id`),
    type: ['Profile'] as ['Profile'],
    name: requireText(profile.name, `${what} name`),
    url: profile.url === undefined ? undefined : requireWebUrl(profile.url, `${what} url`),
    description: profile.description,
    email: profile.email,
    image: buildImage(profile.image, what),
  });
}

function buildAlignment(alignment: AlignmentInput): ObAlignment {
  return compact({
    type: ['Alignment'] as ['Alignment'],
    targetName: requireText(alignment.targetName, 'alignment targetName'),
    targetUrl: requireUri(alignment.targetUrl, 'alignment targetUrl'),
    targetCode: alignment.targetCode,
    targetDescription: alignment.targetDescription,
    targetFramework: alignment.targetFramework,
    targetType: alignment.targetType,
  });
}

function assertAchievementType(value: string): AchievementType {
  const known: readonly string[] = ACHIEVEMENT_TYPES;
  if (known.includes(value) || /^ext:[A-Za-z0-9._-]+$/.test(value)) return value as AchievementType;
  throw new TypeError(`achievementType "${value}" is not an Open Badges achievement type (or "ext:Name")`);
}

function buildAchievement(achievement: AchievementInput): ObAchievement {
  return compact({
    id: requireUri(achievement.id, 'achievement id'),
    type: ['Achievement'] as ['Achievement'],
    name: requireText(achievement.name, 'achievement name'),
    description: requireText(achievement.description, 'achievement description'),
    criteria: compact({
      id:
        achievement.criteria?.id === undefined
          ? undefined
          : requireUri(achievement.criteria.id, 'criteria id'),
      narrative: requireText(achievement.criteria?.narrative, 'achievement criteria narrative'),
    }),
    achievementType: assertAchievementType(achievement.achievementType ?? 'Competency'),
    image: buildImage(achievement.image, 'achievement'),
    alignment: achievement.alignment?.length ? achievement.alignment.map(buildAlignment) : undefined,
    creator: achievement.creator ? buildProfile(achievement.creator, 'achievement creator') : undefined,
    tag: achievement.tag?.length ? [...achievement.tag] : undefined,
    humanCode: achievement.humanCode,
    version: achievement.version,
  });
}

function buildEvidence(evidence: EvidenceInput): ObEvidence {
  return compact({
    id: evidence.id === undefined ? undefined : requireUri(evidence.id, 'evidence id'),
    type: ['Evidence'] as ['Evidence'],
    name: evidence.name,
    narrative: evidence.narrative,
    description: evidence.description,
    genre: evidence.genre,
    audience: evidence.audience,
  });
}

/**
 * The OB 3.0 IdentityHash of an email: `sha256$` + hex SHA-256 of the trimmed, lower-cased address
 * followed by the salt.
 */
export function hashEmailIdentifier(email: string, salt: string): string {
  const normalized = email.trim().toLowerCase();
  return `sha256$${createHash('sha256')
    .update(normalized + salt, 'utf8')
    .digest('hex')}`;
}

function buildEmailIdentifier(email: string, salt: string | undefined): ObIdentityObject {
  requireText(email, 'recipient email');
  const useSalt = salt ?? randomBytes(16).toString('hex');
  return {
    type: 'IdentityObject',
    identityHash: hashEmailIdentifier(email, useSalt),
    identityType: 'emailAddress',
    hashed: true,
    salt: useSalt,
  };
}

function credentialId(id: string | undefined): string {
  if (id === undefined) return `urn:uuid:${randomUUID()}`;
  if (/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return id;
  return requireWebUrl(id, 'credential id');
}

/** Builds an unsigned OB 3.0 OpenBadgeCredential (VC 2.0 form). Throws TypeError on unusable input. */
export function buildOpenBadgeCredential(input: OpenBadgeCredentialInput): OpenBadgeCredential {
  const { recipient } = input;
  if (!recipient || (recipient.id === undefined && recipient.email === undefined)) {
    throw new TypeError('the recipient needs an id or an email');
  }
  const issuer = buildProfile(input.issuer, 'issuer');
  requireWebUrl(input.issuer.url, 'issuer url');
  const achievement = buildAchievement(input.achievement);
  const validFrom = toIsoSeconds(input.validFrom, 'validFrom');
  const validUntil =
    input.validUntil === undefined ? undefined : toIsoSeconds(input.validUntil, 'validUntil');
  if (validUntil !== undefined && validUntil <= validFrom)
    throw new TypeError('validUntil must be after validFrom');

  return compact({
    '@context': [CREDENTIALS_V2_CONTEXT, OB_V3_CONTEXT, OB_V3_EXTENSIONS_CONTEXT],
    id: credentialId(input.id),
    type: ['VerifiableCredential', 'OpenBadgeCredential'] as ['VerifiableCredential', 'OpenBadgeCredential'],
    name: input.name ?? achievement.name,
    description: input.description,
    issuer,
    validFrom,
    validUntil,
    credentialSubject: compact({
      id: recipient.id === undefined ? undefined : requireUri(recipient.id, 'recipient id'),
      type: ['AchievementSubject'] as ['AchievementSubject'],
      achievement,
      identifier:
        recipient.email === undefined
          ? undefined
          : [buildEmailIdentifier(recipient.email, recipient.emailSalt)],
    }),
    evidence: input.evidence?.length ? input.evidence.map(buildEvidence) : undefined,
    credentialSchema:
      input.credentialSchema === false
        ? undefined
        : [{ id: OB3_SCHEMA_URL, type: '1EdTechJsonSchemaValidator2019' as const }],
    credentialStatus: input.credentialStatus
      ? compact({
          ...input.credentialStatus,
          id: requireUri(input.credentialStatus.id, 'credentialStatus id'),
          type: requireText(input.credentialStatus.type, 'credentialStatus type'),
        })
      : undefined,
  });
}
