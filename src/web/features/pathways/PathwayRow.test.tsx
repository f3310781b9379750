// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeView } from '../../../contracts/auth.js';
import { renderWithQuery } from '../../test-support/render-with-query.js';
import { PathwayRow } from './PathwayRow.js';
import type { PathwayView } from './pathways-api.js';

const DRAFT: PathwayView = {
  id: 'p1',
  slug: 'teacher-leader',
  title: 'Teacher Leader: Evidence of Learning',
  description: 'Three practices that lead to the Teacher Leader role.',
  rule: 'all',
  requiredCount: 1,
  ordered: false,
  roleTitle: 'Teacher Leader',
  payStep: null,
  status: 'draft',
  org: { id: 'riverside', name: 'Riverside USD' },
  issuer: { id: 'nf', name: 'Northfield School of Education' },
  imageUrl: '/images/pathways/p1.svg',
  items: [
    { microCredentialId: 'a', title: 'Checking for Understanding', issuerName: 'Northfield', position: 0 },
  ],
};

const person = (orgId: string, orgKind: 'district' | 'issuer', role: 'district_admin' | 'issuer_admin') =>
  ({
    id: 'u1',
    name: 'Someone',
    email: 'someone@example.org',
    memberships: [{ orgId, orgName: orgId, orgKind, role }],
  }) as MeView;

afterEach(cleanup);

describe('PathwayRow', () => {
  it('tells a district admin their draft waits for the signing issuer to publish it', () => {
    renderWithQuery(
      <PathwayRow me={person('riverside', 'district', 'district_admin')} p={DRAFT} onEdit={() => {}} />,
    );
    expect(screen.queryByRole('button', { name: /Publish/ })).toBeNull();
    expect(screen.getByText(/Waiting for Northfield School of Education to publish/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Edit/ })).toBeTruthy();
  });

  it('offers the signing issuer’s admin to publish it', () => {
    renderWithQuery(<PathwayRow me={person('nf', 'issuer', 'issuer_admin')} p={DRAFT} onEdit={() => {}} />);
    expect(screen.getByRole('button', { name: /Publish Teacher Leader/ })).toBeTruthy();
    expect(screen.queryByText(/Waiting for/)).toBeNull();
  });
});
