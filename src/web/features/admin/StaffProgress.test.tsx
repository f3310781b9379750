// @vitest-environment jsdom
import { renderWithQuery } from '../../test-support/render-with-query.js';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StaffProgressPageView } from './staff-progress-api.js';
import { StaffProgress } from './StaffProgress.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const PAGE: StaffProgressPageView = {
  items: [
    {
      id: 'u1',
      name: 'Maya Thompson',
      email: 'maya@example.org',
      organizations: ['Riverside Elementary School'],
      inProgress: 1,
      inReview: 1,
      notYet: 1,
      earned: 3,
      lastActivityAt: '2025-03-04T10:00:00.000Z',
    },
    {
      id: 'u2',
      name: 'Sam Lee',
      email: 'sam@example.org',
      organizations: [],
      inProgress: 0,
      inReview: 0,
      notYet: 0,
      earned: 0,
      lastActivityAt: null,
    },
  ],
  total: 2,
  totals: { educators: 2, inProgress: 1, inReview: 1, notYet: 1, earned: 3 },
};

const renderWithClient = () => renderWithQuery(<StaffProgress />);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('StaffProgress', () => {
  it('shows the totals as text and each educator with their counts', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, PAGE)),
    );
    renderWithClient();
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('educators')).toBeTruthy();
    const legend = within(summary).getByRole('list');
    expect(legend.textContent).toContain('Earned3 (50%)');
    expect(legend.textContent).toContain('In progress1 (17%)');
    const table = screen.getByRole('table');
    const maya = within(table)
      .getByRole('rowheader', { name: /Maya Thompson/ })
      .closest('tr')!;
    expect(maya.textContent).toContain('Riverside Elementary School');
    const sam = within(table)
      .getByRole('rowheader', { name: /Sam Lee/ })
      .closest('tr')!;
    expect(within(sam).getByText('No activity yet')).toBeTruthy();
    expect(screen.getByText('Showing 1–2 of 2 educators')).toBeTruthy();
  });

  it('searches after typing pauses and says when nobody matches', async () => {
    const fetch = vi.fn(async (url: string) =>
      json(
        200,
        url.includes('q=zzz')
          ? { ...PAGE, items: [], total: 0, totals: { ...PAGE.totals, educators: 0 } }
          : PAGE,
      ),
    );
    vi.stubGlobal('fetch', fetch);
    renderWithClient();
    await screen.findByRole('table');
    fireEvent.change(screen.getByLabelText('Search educators by name or email'), {
      target: { value: 'zzz' },
    });
    expect(await screen.findByText('No educators match')).toBeTruthy();
    expect(fetch.mock.calls.map(([url]) => url)).toContain('/api/v1/admin/progress?q=zzz&limit=25&offset=0');
  });

  it('offers to try again when loading fails', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(json(500, { error: { code: 'INTERNAL', message: 'Something broke' } }))
      .mockResolvedValue(json(200, PAGE));
    vi.stubGlobal('fetch', fetch);
    renderWithClient();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Staff progress could not be loaded');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('table')).toBeTruthy());
  });

  it('pages through educators with the shared pagination', async () => {
    const fetch = vi.fn(async (_url: string) => json(200, { ...PAGE, total: 60 }));
    vi.stubGlobal('fetch', fetch);
    renderWithClient();
    const pages = await screen.findByRole('navigation', { name: 'Staff progress pages' });
    expect(pages.textContent).toContain('Page 1 of 3');
    fireEvent.click(within(pages).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(pages.textContent).toContain('Page 2 of 3'));
    expect(fetch.mock.calls.map(([url]) => url)).toContain('/api/v1/admin/progress?limit=25&offset=25');
  });
});
