// @vitest-environment jsdom
import { renderWithQuery, fakeModalDialogs } from '../../test-support/render-with-query.js';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AdminDataRequestView } from './privacy-api.js';
import { DataRequestsPage } from './DataRequestsPage.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const me = (role: string) => ({
  id: 'admin',
  name: 'Pat Admin',
  email: 'pat@example.org',
  memberships: [{ orgId: 'p', orgName: 'Platform', orgKind: 'platform', orgSlug: 'platform', role }],
});

const request = (over: Partial<AdminDataRequestView>): AdminDataRequestView => ({
  id: 'r1',
  kind: 'delete_account',
  status: 'pending',
  reason: null,
  createdAt: '2026-11-20T10:00:00.000Z',
  completedAt: null,
  user: { id: 'u1', name: 'Dana Okafor', email: 'dana@example.org' },
  workUnderReview: 0,
  credentials: 2,
  ...over,
});

const renderIt = () => renderWithQuery(<DataRequestsPage />);

beforeEach(() => {
  fakeModalDialogs();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('DataRequestsPage', () => {
  it('lists waiting requests; one with work under review waits; completing says credentials are kept', async () => {
    let pending = [
      request({ reason: 'Leaving teaching' }),
      request({
        id: 'r2',
        user: { id: 'u2', name: 'Rui Tanaka', email: 'rui@example.org' },
        workUnderReview: 1,
      }),
    ];
    const completed: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        if (url === '/api/v1/me') return json(200, me('platform_admin'));
        if (init?.method === 'POST') {
          completed.push(url);
          pending = pending.filter((r) => !url.includes(`/${r.id}/`));
          return json(200, request({ status: 'completed', completedAt: '2026-11-23T10:00:00.000Z' }));
        }
        expect(url).toBe('/api/v1/admin/data-requests?status=pending');
        return json(200, { items: pending });
      }),
    );
    renderIt();
    const list = await screen.findByRole('list');
    const [dana, rui] = within(list).getAllByRole('listitem');
    expect(dana!.textContent).toContain('Leaving teaching');
    expect(dana!.textContent).toContain('2 credentials kept');
    expect(rui!.textContent).toContain('1 submission under review');
    expect(
      (within(rui!).getByRole('button', { name: /Delete their data/ }) as HTMLButtonElement).disabled,
    ).toBe(true);

    fireEvent.click(within(dana!).getByRole('button', { name: /Delete their data \(Dana Okafor\)/ }));
    const dialog = screen.getByRole('dialog', { name: /Delete the account data of Dana Okafor/ });
    expect(dialog.textContent).toContain('2 issued credentials are kept exactly as signed');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete their data' }));
    expect(await screen.findByText(/The account data of Dana Okafor is deleted/)).toBeTruthy();
    expect(completed).toEqual(['/api/v1/admin/data-requests/r1/complete']);
  });

  it('is not shown to other admins', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, me('district_admin'))),
    );
    renderIt();
    expect(await screen.findByText('This page is not part of your role')).toBeTruthy();
  });
});
