// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithQuery } from '../../test-support/render-with-query.js';
import { LicenseForm } from './LicenseForm.js';
import { RenewalCreditLine } from './RenewalCreditLine.js';
import { RenewalItemsTable } from './RenewalItemsTable.js';
import { RenewalProgressCard } from './RenewalProgressCard.js';
import type { RenewalView } from './renewal-api.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const ME = {
  id: 'u1',
  name: 'Maya',
  email: 'educator@example.org',
  memberships: [{ orgId: 's1', orgName: 'School', orgKind: 'school', orgSlug: 'school', role: 'educator' }],
};

const RENEWAL: RenewalView = {
  policy: {
    id: 'p1',
    name: 'Lakeland Professional Educator renewal',
    orgId: 'st',
    orgName: 'Lakeland',
    hoursMode: 'fixed',
    fixedHours: 6,
    capHours: 30,
    requiredHours: 60,
    cycleYears: 5,
  },
  districtPolicy: null,
  license: null,
  cycle: { index: 0, start: '2024-09-01', end: '2029-09-01' },
  earnedHours: 36,
  countedHours: 30,
  cappedHours: 6,
  requiredHours: 60,
  remainingHours: 30,
  pace: 'on track',
  message: null,
  items: [
    {
      credentialId: 'c1',
      microCredentialId: 'm1',
      title: 'Checking for Understanding',
      issuerId: 'i1',
      issuerName: 'Northfield',
      issuedAt: '2025-01-10T10:00:00.000Z',
      counts: true,
      countedBy: 'state',
      hours: 6,
      countedHours: 0,
      cappedHours: 6,
      reason: null,
      verifyUrl: 'http://localhost/credentials/c1',
    },
    {
      credentialId: 'c2',
      microCredentialId: 'm2',
      title: 'Old one',
      issuerId: 'i1',
      issuerName: 'Northfield',
      issuedAt: '2020-01-10T10:00:00.000Z',
      counts: false,
      countedBy: null,
      hours: 6,
      countedHours: 0,
      cappedHours: 0,
      reason: 'outside cycle',
      verifyUrl: 'http://localhost/credentials/c2',
    },
  ],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('renewal credit in the catalog', () => {
  it('tells a signed-in educator how many hours a micro-credential counts', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url === '/api/v1/me' ? json(200, ME) : json(200, { hours: { m1: 6, m2: 2.5 } }),
      ),
    );
    renderWithQuery(
      <>
        <RenewalCreditLine microCredentialId="m1" />
        <RenewalCreditLine microCredentialId="m2" />
        <RenewalCreditLine microCredentialId="m3" />
      </>,
    );
    expect(await screen.findByText('Counts for 6 hours toward your renewal')).toBeTruthy();
    expect(screen.getByText('Counts for 2.5 hours toward your renewal')).toBeTruthy();
    expect(screen.getAllByText(/toward your renewal/)).toHaveLength(2);
  });

  it('says nothing, and asks nothing, when nobody is signed in', async () => {
    const fetch = vi.fn(async (_url: string) =>
      json(401, { error: { code: 'UNAUTHENTICATED', message: 'Please sign in first.' } }),
    );
    vi.stubGlobal('fetch', fetch);
    const { container } = renderWithQuery(<RenewalCreditLine microCredentialId="m1" />);
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(container.textContent).toBe('');
    expect(fetch.mock.calls.map((c) => c[0])).toEqual(['/api/v1/me']);
  });
});

describe('renewal progress', () => {
  it('shows counted against required hours, the cap, the cycle and why items do not count', () => {
    render(
      <>
        <RenewalProgressCard renewal={RENEWAL} />
        <RenewalItemsTable items={RENEWAL.items} />
      </>,
    );
    expect(
      screen.getByRole('progressbar', { name: 'Hours counted toward renewal' }).getAttribute('aria-valuenow'),
    ).toBe('30');
    expect(screen.getByText(/6 hours earned this cycle are over the cap/)).toBeTruthy();
    expect(screen.getByText('On track')).toBeTruthy();
    expect(screen.getByText('Over the cap')).toBeTruthy();
    expect(screen.getByText('Earned outside this cycle')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Checking for Understanding' }).getAttribute('href')).toBe(
      'http://localhost/credentials/c1',
    );
    expect(screen.getByRole('link', { name: /Transcript \(CSV\)/ }).getAttribute('href')).toBe(
      '/api/v1/me/renewal/transcript.csv',
    );
  });

  it('shows the API’s reason beside the license field it concerns', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json(400, {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'The license must expire after it was issued.',
            details: {
              problems: [{ path: 'body.expiresOn', message: 'The license must expire after it was issued.' }],
            },
          },
        }),
      ),
    );
    renderWithQuery(
      <LicenseForm
        states={[{ id: 'st', name: 'Lakeland', licenseTypes: ['Professional Educator'] }]}
        onDone={() => undefined}
      />,
    );
    fireEvent.change(screen.getByLabelText(/License type/), { target: { value: 'Professional Educator' } });
    fireEvent.change(screen.getByLabelText(/License number/), { target: { value: 'PE-1' } });
    fireEvent.change(screen.getByLabelText(/Issued on/), { target: { value: '2024-01-01' } });
    fireEvent.change(screen.getByLabelText(/Expires on/), { target: { value: '2023-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add license' }));
    const field = screen.getByLabelText(/Expires on/);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('The license must expire after it was issued.')).toBeTruthy();
  });
});
