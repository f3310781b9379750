// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MyRecommendationView } from '../../../contracts/recommendations.js';
import { renderWithQuery } from '../../test-support/render-with-query.js';
import { AssignedToYou } from './AssignedToYou.js';

vi.mock('@tanstack/react-router', () => ({
  Link: ({ children, params }: { children: ReactNode; params: { id: string } }) => (
    <a href={`/micro-credentials/${params.id}`}>{children}</a>
  ),
}));

const item = (over: Partial<MyRecommendationView>): MyRecommendationView => ({
  id: 'r1',
  kind: 'assigned',
  microCredential: { id: 'mc1', title: 'Universal Design for Learning' },
  askedBy: { org: 'Riverside Unified School District', person: 'Marcus Delgado' },
  dueOn: '2026-12-14',
  daysLeft: 21,
  note: null,
  status: 'not_started',
  ...over,
});

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('assigned to you', () => {
  it('lists assignments before recommendations, overdue in words as well as red, linking to each', async () => {
    const fetch = vi.fn(async () =>
      json({
        items: [
          item({}),
          item({
            id: 'r2',
            microCredential: { id: 'mc2', title: 'Checking for Understanding' },
            dueOn: '2026-11-20',
            daysLeft: -3,
            status: 'overdue',
          }),
          item({
            id: 'r3',
            kind: 'recommended',
            microCredential: { id: 'mc3', title: 'Mentoring Beginning Teachers' },
            dueOn: null,
            daysLeft: null,
          }),
        ],
      }),
    );
    vi.stubGlobal('fetch', fetch);
    renderWithQuery(<AssignedToYou />);
    const assigned = await screen.findByRole('region', { name: 'Assigned to you' });
    const headings = within(assigned)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Universal Design for Learning', 'Checking for Understanding']);
    expect(within(assigned).getByText(/Overdue: Was due .* 3 days ago/)).toBeTruthy();
    expect(within(assigned).getByText(/in 21 days/)).toBeTruthy();
    expect(
      within(assigned).getByRole('link', { name: 'Universal Design for Learning' }).getAttribute('href'),
    ).toBe('/micro-credentials/mc1');
    const recommended = screen.getByRole('region', { name: 'Recommended for you' });
    expect(within(recommended).getByText('No due date')).toBeTruthy();
    // The educator's time zone goes with the request, so "overdue" starts at their midnight.
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toMatch(/\/api\/v1\/me\/recommendations\?tz=/);
  });

  it('shows nothing when nothing was asked', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ items: [] })),
    );
    const { container } = renderWithQuery(<AssignedToYou />);
    await vi.waitFor(() => expect(container.querySelector('[aria-busy]')).toBeNull());
    expect(screen.queryByRole('region')).toBeNull();
  });
});
