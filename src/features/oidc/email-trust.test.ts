import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OIDC_KINDS } from '../../contracts/oidc.js';
import { safeReturnPath, trustedEmail } from './email-trust.js';

const kind = fc.constantFrom(...OIDC_KINDS);
const email = fc.emailAddress();

describe('trustedEmail', () => {
  it('never trusts an address a provider says is unverified', () => {
    fc.assert(
      fc.property(kind, email, fc.constantFrom(false, 'false'), (k, e, v) => {
        expect(trustedEmail(k, { email: e, email_verified: v })).toBeNull();
      }),
    );
  });

  it('trusts any provider that says the address is verified, lower-cased', () => {
    fc.assert(
      fc.property(kind, email, (k, e) => {
        expect(trustedEmail(k, { email: e.toUpperCase(), email_verified: true })).toBe(e.toLowerCase());
      }),
    );
  });

  it('without email_verified: only the roster-fed providers (Clever, ClassLink) are trusted', () => {
    fc.assert(
      fc.property(kind, email, (k, e) => {
        const got = trustedEmail(k, { email: e });
        expect(got !== null).toBe(k === 'clever' || k === 'classlink');
      }),
    );
  });

  it('Microsoft: trusted with the domain-owner claim', () => {
    expect(trustedEmail('microsoft', { email: 'A@district.example', xms_edov: true })).toBe(
      'a@district.example',
    );
    expect(trustedEmail('microsoft', { email: 'a@district.example', xms_edov: false })).toBeNull();
  });

  it('refuses what is not an address', () => {
    fc.assert(
      fc.property(kind, fc.oneof(fc.string(), fc.integer(), fc.constant(null)), (k, e) => {
        const got = trustedEmail(k, { email: e, email_verified: true });
        if (got !== null) expect(got).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
      }),
    );
  });
});

describe('safeReturnPath', () => {
  it('keeps paths on this site', () => {
    expect(safeReturnPath('/catalog?topic=math#x')).toBe('/catalog?topic=math#x');
    expect(safeReturnPath(undefined)).toBe('/');
  });

  it('never leads to another site', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const got = safeReturnPath(s);
        const url = new URL(got, 'https://microcred.example');
        expect(url.origin).toBe('https://microcred.example');
      }),
    );
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)'])
      expect(safeReturnPath(bad)).toBe('/');
  });

  it('always answers with something a Location header can carry: printable ASCII, on this site', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(safeReturnPath(`/${s}`)).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
      }),
    );
    expect(safeReturnPath('/\u2713')).toBe('/%E2%9C%93');
    expect(safeReturnPath('/a\x7fb')).toBe('/');
    expect(safeReturnPath('/a b?q=é#x')).toBe('/a%20b?q=%C3%A9#x');
    expect(safeReturnPath('/.//evil.example')).toBe('/');
  });
});
