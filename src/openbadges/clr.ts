// 1EdTech Comprehensive Learner Record (CLR) 2.0: an educator's whole record as one credential that
// wraps their signed Open Badges 3.0 credentials. Built unsigned; sign it with `signCredential`.
import { randomBytes, randomUUID } from 'node:crypto';
import { hashEmailIdentifier, toIsoSeconds } from './build-credential.js';
import {
  CLR_V2_CONTEXT,
  CREDENTIALS_V2_CONTEXT,
  OB_V3_CONTEXT,
  OB_V3_EXTENSIONS_CONTEXT,
} from './contexts.js';
import type { ObIdentityObject } from './credential-types.js';
import type { JsonObject } from './types.js';
import { requireText, requireUri } from './input-checks.js';

/** Where 1EdTech publishes the CLR 2.0 JSON schema; named in `credentialSchema`. */
export const CLR_V2_SCHEMA_URL =
  'https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json';

/** The record's issuer (usually the platform's own issuer profile). */
export interface ClrIssuerInput {
  /** DID whose DID document holds the key that will sign the record. */
  id: string;
  name: string;
  url?: string;
}

/** The educator the record is about. */
export interface ClrLearnerInput {
  /** The learner's DID or other URI; every wrapped credential must be about it (or their email). */
  id: string;
  /** The learner's email; the record carries only a salted SHA-256 hash of it. */
  email?: string;
  /** Salt for the email hash; a random one is made when absent. */
  emailSalt?: string;
  /** Used in the record's default name. */
  name?: string;
}

/** Everything `buildClrCredential` needs. */
export interface ClrCredentialInput {
  /** `urn:uuid:…` or an https URL; a new `urn:uuid:` is made when absent. */
  id?: string;
  issuer: ClrIssuerInput;
  learner: ClrLearnerInput;
  /** Signed OB 3.0 credentials (OpenBadgeCredential / AchievementCredential), embedded unchanged. */
  credentials: readonly object[];
  validFrom: Date | string;
  /** Display name; defaults to "Learner record of {learner name}". */
  name?: string;
  description?: string;
  /** True when the record deliberately leaves out some of the learner's credentials (CLR `partial`). */
  partial?: boolean;
}

/** An unsigned CLR 2.0 ClrCredential as built by `buildClrCredential`. */
export interface ClrCredential {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'ClrCredential'];
  issuer: { id: string; type: ['Profile']; name: string; url?: string };
  name: string;
  description?: string;
  partial?: boolean;
  validFrom: string;
  credentialSubject: {
    id: string;
    type: ['ClrSubject'];
    identifier?: ObIdentityObject[];
    verifiableCredential: JsonObject[];
    achievement: JsonObject[];
  };
  credentialSchema: [{ id: string; type: '1EdTechJsonSchemaValidator2019' }];
  [extra: string]: unknown;
}

const OB_TYPES = ['OpenBadgeCredential', 'AchievementCredential'];

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asArray = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function recordId(id: string | undefined): string {
  if (id === undefined) return `urn:uuid:${randomUUID()}`;
  if (/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return id;
  let url: URL;
  try {
    url = new URL(id);
  } catch {
    throw new TypeError(`the record id must be a urn:uuid or a web address (got "${id}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new TypeError(`the record id must be a urn:uuid or a web address (got "${id}")`);
  return id;
}

/**
 * True when an OB credential's subject is this learner: the same `id`, or an email identifier
 * whose salted hash matches the learner's email. A record must not carry someone else's badge.
 */
function isAboutLearner(subject: JsonObject, learner: ClrLearnerInput): boolean {
  if (subject.id === learner.id) return true;
  if (learner.email === undefined) return false;
  return asArray(subject.identifier).some(
    (identifier) =>
      isObject(identifier) &&
      identifier.identityType === 'emailAddress' &&
      identifier.hashed === true &&
      typeof identifier.salt === 'string' &&
      identifier.identityHash === hashEmailIdentifier(learner.email as string, identifier.salt),
  );
}

/** Checks one credential to wrap and returns a copy of it with its achievement. */
function wrapCredential(
  credential: object,
  index: number,
  learner: ClrLearnerInput,
): { credential: JsonObject; achievement: JsonObject } {
  const what = `credential ${index + 1}`;
  if (!isObject(credential)) throw new TypeError(`${what} is not a credential object`);
  const name = typeof credential.id === 'string' ? `${what} (${credential.id})` : what;
  if (!asArray(credential.type).some((type) => OB_TYPES.includes(type as string)))
    throw new TypeError(`${name} is not an Open Badges 3.0 credential`);
  if (asArray(credential.proof).length === 0)
    throw new TypeError(`${name} is not signed: only signed credentials go into a learner record`);
  const subject = asArray(credential.credentialSubject)[0];
  if (!isObject(subject) || !isObject(subject.achievement))
    throw new TypeError(`${name} names no achievement`);
  if (!isAboutLearner(subject, learner))
    throw new TypeError(`${name} was not issued to this learner (${learner.id})`);
  return { credential: structuredClone(credential), achievement: structuredClone(subject.achievement) };
}

/**
 * Builds an unsigned CLR 2.0 `ClrCredential` holding the learner's signed OB 3.0 credentials (each
 * unchanged, so each still verifies on its own) and the list of their achievements. Throws
 * TypeError on unusable input, e.g. an unsigned credential or one issued to somebody else.
 */
export function buildClrCredential(input: ClrCredentialInput): ClrCredential {
  const { issuer, learner } = input;
  if (!isObject(issuer)) throw new TypeError('the record issuer is required');
  if (!isObject(learner)) throw new TypeError('the learner is required');
  requireUri(learner.id, 'learner id');
  if (!Array.isArray(input.credentials) || input.credentials.length === 0)
    throw new TypeError('a learner record needs at least one credential');

  const wrapped = input.credentials.map((credential, index) => wrapCredential(credential, index, learner));
  // One entry per achievement, even when it was earned twice (e.g. renewed).
  const achievements = new Map<string, JsonObject>();
  for (const { achievement } of wrapped) {
    const key = typeof achievement.id === 'string' ? achievement.id : JSON.stringify(achievement);
    if (!achievements.has(key)) achievements.set(key, achievement);
  }

  let identifier: ObIdentityObject[] | undefined;
  if (learner.email !== undefined) {
    requireText(learner.email, 'learner email');
    const salt = learner.emailSalt ?? randomBytes(16).toString('hex');
    identifier = [
      {
        type: 'IdentityObject',
        identityHash: hashEmailIdentifier(learner.email, salt),
        identityType: 'emailAddress',
        hashed: true,
        salt,
      },
    ];
  }

  const name = input.name ?? (learner.name ? `Learner record of ${learner.name}` : 'Learner record');
  const record: ClrCredential = {
    // The extensions context defines `1EdTechJsonSchemaValidator2019`, used by credentialSchema.
    '@context': [CREDENTIALS_V2_CONTEXT, CLR_V2_CONTEXT, OB_V3_CONTEXT, OB_V3_EXTENSIONS_CONTEXT],
    id: recordId(input.id),
    type: ['VerifiableCredential', 'ClrCredential'],
    issuer: {
      id: requireUri(issuer.id, 'record issuer id'),
      type: ['Profile'],
      name: requireText(issuer.name, 'record issuer name'),
      ...(issuer.url === undefined ? {} : { url: requireUri(issuer.url, 'record issuer url') }),
    },
    name,
    ...(input.description === undefined ? {} : { description: input.description }),
    ...(input.partial === undefined ? {} : { partial: input.partial }),
    validFrom: toIsoSeconds(input.validFrom, 'validFrom'),
    credentialSubject: {
      id: learner.id,
      type: ['ClrSubject'],
      ...(identifier ? { identifier } : {}),
      verifiableCredential: wrapped.map((entry) => entry.credential),
      achievement: [...achievements.values()],
    },
    credentialSchema: [{ id: CLR_V2_SCHEMA_URL, type: '1EdTechJsonSchemaValidator2019' }],
  };
  return record;
}
