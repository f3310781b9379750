import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OB2_CONTEXT, ob2Assertion, ob2BadgeClass, ob2Issuer, type Ob2AssertionInput } from './ob2.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

const assertionInput: Ob2AssertionInput = {
  assertionUrl: 'https://microcred.example.org/credentials/42/ob2',
  badgeClassUrl: 'https://microcred.example.org/ob2/badges/formative-assessment',
  recipientEmail: 'Jo.Teacher@School.example',
  salt: 'deadbeef',
  issuedOn: new Date('2026-01-15T09:30:00.250Z'),
};

describe('ob2Assertion', () => {
  it('has every property OB 2.0 requires of a hosted Assertion', () => {
    const assertion = ob2Assertion(assertionInput);
    expect(assertion).toEqual({
      '@context': 'https://w3id.org/openbadges/v2',
      type: 'Assertion',
      id: assertionInput.assertionUrl,
      recipient: {
        type: 'email',
        hashed: true,
        salt: 'deadbeef',
        identity: assertion.recipient?.identity,
      },
      badge: assertionInput.badgeClassUrl,
      verification: { type: 'hosted' },
      issuedOn: '2026-01-15T09:30:00Z',
    });
    expect(assertion['@context']).toBe(OB2_CONTEXT);
  });

  it('hashes the email with its salt as sha256$ + hex, as a backpack recomputes it', () => {
    const expected = createHash('sha256').update('jo.teacher@school.exampledeadbeef').digest('hex');
    expect(ob2Assertion(assertionInput).recipient?.identity).toBe(`sha256$${expected}`);
    expect(ob2Assertion({ ...assertionInput, salt: 'other' }).recipient?.identity).not.toBe(
      `sha256$${expected}`,
    );
    expect(JSON.stringify(ob2Assertion(assertionInput))).not.toMatch(/school\.example/i);
  });

  it('adds expiry, evidence and narrative as ISO dates and URLs', () => {
    const assertion = ob2Assertion({
      ...assertionInput,
      expires: '2028-01-15T09:30:00+02:00',
      evidenceUrl: 'https://microcred.example.org/credentials/42/evidence',
      narrative: 'Two lesson plans with exit tickets.',
    });
    expect(assertion.expires).toBe('2028-01-15T07:30:00Z');
    expect(assertion.issuedOn).toMatch(ISO);
    expect(assertion.evidence).toBe('https://microcred.example.org/credentials/42/evidence');
    expect(assertion.narrative).toBe('Two lesson plans with exit tickets.');
  });

  it('strips a revoked Assertion to its id, revoked and the reason', () => {
    expect(ob2Assertion({ ...assertionInput, revoked: true, revocationReason: 'Awarded in error' })).toEqual({
      '@context': OB2_CONTEXT,
      type: 'Assertion',
      id: assertionInput.assertionUrl,
      revoked: true,
      revocationReason: 'Awarded in error',
    });
    expect(ob2Assertion({ ...assertionInput, revoked: false })).not.toHaveProperty('revoked');
  });

  it('refuses unusable input', () => {
    expect(() => ob2Assertion({ ...assertionInput, assertionUrl: 'urn:uuid:1' })).toThrow(/assertion URL/);
    expect(() => ob2Assertion({ ...assertionInput, recipientEmail: 'nobody' })).toThrow(/not an email/);
    expect(() => ob2Assertion({ ...assertionInput, salt: '' })).toThrow(/salt is required/);
    expect(() => ob2Assertion({ ...assertionInput, issuedOn: 'soon' })).toThrow(/issuedOn/);
    expect(() => ob2Assertion({ ...assertionInput, expires: '2020-01-01T00:00:00Z' })).toThrow(
      /after issuedOn/,
    );
  });
});

describe('ob2BadgeClass', () => {
  const input = {
    url: 'https://microcred.example.org/ob2/badges/formative-assessment',
    issuerUrl: 'https://microcred.example.org/ob2/issuers/acme',
    name: 'Formative Assessment in Practice',
    description: 'Uses short, frequent checks for understanding to adjust instruction.',
    imageUrl: 'https://microcred.example.org/badges/formative-assessment.png',
    criteriaUrl: 'https://microcred.example.org/micro-credentials/formative-assessment',
    criteriaNarrative: 'Submit two lesson plans with exit tickets and a reflection.',
  };

  it('has every property OB 2.0 requires of a BadgeClass', () => {
    expect(ob2BadgeClass(input)).toEqual({
      '@context': OB2_CONTEXT,
      type: 'BadgeClass',
      id: input.url,
      name: input.name,
      description: input.description,
      image: input.imageUrl,
      criteria: { id: input.criteriaUrl, narrative: input.criteriaNarrative },
      issuer: input.issuerUrl,
    });
  });

  it('adds alignments (targetName and targetUrl required) and tags', () => {
    const badge = ob2BadgeClass({
      ...input,
      alignment: [
        {
          targetName: 'Standard 5: Assessment',
          targetUrl: 'https://standards.example.org/teaching/5',
          targetCode: 'TS5',
          targetFramework: 'Example Teaching Standards',
        },
      ],
      tags: ['assessment', ' ', 'pedagogy'],
    });
    expect(badge.alignment).toEqual([
      {
        targetName: 'Standard 5: Assessment',
        targetUrl: 'https://standards.example.org/teaching/5',
        targetCode: 'TS5',
        targetFramework: 'Example Teaching Standards',
      },
    ]);
    expect(badge.tags).toEqual(['assessment', 'pedagogy']);
    expect(() => ob2BadgeClass({ ...input, alignment: [{ targetName: 'x', targetUrl: 'nope' }] })).toThrow(
      /alignment 1 targetUrl/,
    );
  });

  it('refuses a BadgeClass missing what the spec requires', () => {
    expect(() => ob2BadgeClass({ ...input, name: ' ' })).toThrow(/badge name/);
    expect(() => ob2BadgeClass({ ...input, description: '' })).toThrow(/badge description/);
    expect(() => ob2BadgeClass({ ...input, imageUrl: 'badge.png' })).toThrow(/badge image URL/);
    expect(() => ob2BadgeClass({ ...input, issuerUrl: 'did:web:example.org' })).toThrow(/issuer URL/);
  });
});

describe('ob2Issuer', () => {
  it('has every property OB 2.0 requires of an issuing Profile', () => {
    expect(
      ob2Issuer({
        url: 'https://microcred.example.org/ob2/issuers/acme',
        name: 'Acme Teacher Academy',
        homepageUrl: 'https://acme.example.org',
        email: 'badges@acme.example.org',
        description: 'Professional learning for classroom teachers.',
      }),
    ).toEqual({
      '@context': OB2_CONTEXT,
      type: 'Issuer',
      id: 'https://microcred.example.org/ob2/issuers/acme',
      name: 'Acme Teacher Academy',
      url: 'https://acme.example.org',
      email: 'badges@acme.example.org',
      description: 'Professional learning for classroom teachers.',
    });
  });

  it('refuses an issuer without a name or a home page, or with a bad email', () => {
    const base = {
      url: 'https://microcred.example.org/ob2/issuers/acme',
      name: 'Acme',
      homepageUrl: 'https://acme.example.org',
    };
    expect(ob2Issuer(base)).not.toHaveProperty('email');
    expect(() => ob2Issuer({ ...base, name: '' })).toThrow(/issuer name/);
    expect(() => ob2Issuer({ ...base, homepageUrl: 'acme.example.org' })).toThrow(/home page/);
    expect(() => ob2Issuer({ ...base, email: 'acme' })).toThrow(/not an email/);
  });
});
