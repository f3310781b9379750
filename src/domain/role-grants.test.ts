import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganizationKind, Role } from '../db/schema.js';
import { grantableRoles } from './role-grants.js';

const KINDS: OrganizationKind[] = ['platform', 'state', 'district', 'school', 'issuer'];
const ROLES: Role[] = [
  'educator',
  'assessor',
  'issuer_admin',
  'district_admin',
  'state_admin',
  'platform_admin',
];

describe('role grants', () => {
  it('follows the tree: state admins staff districts and schools, district admins their own, issuers their pools', () => {
    expect(grantableRoles('school', ['district_admin'], false)).toEqual(['educator']);
    expect(grantableRoles('district', ['state_admin'], false)).toEqual(['district_admin', 'educator']);
    expect(grantableRoles('state', ['district_admin'], false)).toEqual([]);
    expect(grantableRoles('issuer', ['issuer_admin'], false)).toEqual(['issuer_admin', 'assessor']);
    expect(grantableRoles('issuer', ['state_admin', 'district_admin'], false)).toEqual([]);
    expect(grantableRoles('platform', ['state_admin'], false)).toEqual([]);
    expect(grantableRoles('issuer', [], true)).toEqual(['issuer_admin', 'assessor']);
  });

  it('never grants platform admin, never grants without an admin role, never more than the kind carries', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.subarray(ROLES), (kind, held) => {
        const granted = grantableRoles(kind, held, false);
        expect(granted).not.toContain('platform_admin');
        if (!held.some((r) => r.endsWith('_admin'))) expect(granted).toEqual([]);
        expect(granted.every((r) => grantableRoles(kind, [], true).includes(r))).toBe(true);
      }),
    );
  });
});
