import { describe, expect, it } from 'vitest';
import type { MeView } from '../../../contracts/auth.js';
import { chooseIssuer, parseIssuerSearch, toIssuedQuery } from './issuer-search.js';
import { actionsFor, reasonProblem } from './status-actions.js';

describe('what an issuer admin may do to a credential', () => {
  it('follows the API: suspend or revoke a valid one, lift or revoke a suspension, nothing after revoking', () => {
    expect(actionsFor('valid')).toEqual(['suspend', 'revoke']);
    expect(actionsFor('expired')).toEqual(['suspend', 'revoke']);
    expect(actionsFor('suspended')).toEqual(['unsuspend', 'revoke']);
    expect(actionsFor('revoked')).toEqual([]);
  });

  it('asks for a reason of 3 to 500 characters, not counting surrounding spaces', () => {
    expect(reasonProblem('  ab  ')).toMatch(/at least 3/);
    expect(reasonProblem('abc')).toBeNull();
    expect(reasonProblem('x'.repeat(500))).toBeNull();
    expect(reasonProblem('x'.repeat(501))).toMatch(/500 characters \(now 501\)/);
  });
});

describe('the issued-credentials URL', () => {
  it('keeps what the API accepts and drops the rest', () => {
    expect(parseIssuerSearch({ status: 'revoked', q: '  maya ', page: '3', issuer: 'org-1' })).toEqual({
      issuer: 'org-1',
      status: 'revoked',
      q: 'maya',
      page: 3,
    });
    expect(parseIssuerSearch({ status: 'expired' }).status).toBe('expired');
    expect(parseIssuerSearch({ status: 'lapsed', page: '0', q: '   ' })).toEqual({
      issuer: undefined,
      status: undefined,
      q: undefined,
      page: undefined,
    });
    expect(parseIssuerSearch({ page: 2.5 }).page).toBeUndefined();
    expect(toIssuedQuery({})).toEqual({ status: '', q: '', page: 1 });
  });

  it('shows the issuer named in the URL only when the user administers it', () => {
    const me: MeView = {
      id: 'u',
      name: 'Lena',
      email: 'l@example.org',
      memberships: [
        { orgId: 'a', orgName: 'A', orgKind: 'issuer', orgSlug: 'a', role: 'issuer_admin' },
        { orgId: 'b', orgName: 'B', orgKind: 'issuer', orgSlug: 'b', role: 'assessor' },
        { orgId: 'c', orgName: 'C', orgKind: 'issuer', orgSlug: 'c', role: 'issuer_admin' },
      ],
    };
    expect(chooseIssuer(me, 'c').current?.orgId).toBe('c');
    expect(chooseIssuer(me, 'b').current?.orgId).toBe('a');
    expect(chooseIssuer(me, undefined).issuers.map((m) => m.orgId)).toEqual(['a', 'c']);
    expect(chooseIssuer({ ...me, memberships: [] }, 'a').current).toBeNull();
  });
});
