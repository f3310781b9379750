// @vitest-environment jsdom
import { renderWithQuery } from '../../test-support/render-with-query.js';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EmailPreferences as Page } from './email-preferences-api.js';
import { EmailPreferences } from './EmailPreferences.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const PAGE: Page = {
  items: [
    {
      kind: 'submission_decided',
      label: 'Decision on your submission',
      description: 'Earned or not yet, with feedback to read.',
      audience: 'educator',
      email: true,
    },
    {
      kind: 'appeal_decided',
      label: 'Appeal outcome',
      description: 'When a senior assessor has decided your appeal.',
      audience: 'educator',
      email: false,
    },
    {
      kind: 'review_assigned',
      label: 'Review assigned to you',
      description: 'A submission or an appeal is waiting in your review queue.',
      audience: 'assessor',
      email: true,
    },
  ],
};

const renderWithClient = () => renderWithQuery(<EmailPreferences />);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('EmailPreferences', () => {
  it('groups a labelled checkbox per kind under the person’s roles', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, PAGE)),
    );
    renderWithClient();
    expect(screen.getByRole('heading', { name: 'Email notifications' })).toBeTruthy();
    const decision = await screen.findByRole('checkbox', { name: 'Decision on your submission' });
    expect((decision as HTMLInputElement).checked).toBe(true);
    expect(decision.getAttribute('aria-describedby')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Appeal outcome' }) as HTMLInputElement).checked).toBe(
      false,
    );
    const reviews = screen.getByRole('group', { name: 'Your reviews' });
    expect(within(reviews).getAllByRole('checkbox')).toHaveLength(1);
  });

  it('saves a change at once and says it was saved', async () => {
    const fetch = vi.fn(async (_url: string, init?: RequestInit) => {
      if (init?.method === 'PUT')
        return json(200, {
          items: PAGE.items.map((i) => (i.kind === 'submission_decided' ? { ...i, email: false } : i)),
        });
      return json(200, PAGE);
    });
    vi.stubGlobal('fetch', fetch);
    renderWithClient();
    const decision = await screen.findByRole('checkbox', { name: 'Decision on your submission' });
    fireEvent.click(decision);
    await waitFor(() => expect((decision as HTMLInputElement).checked).toBe(false));
    await screen.findByText(/Saved at/);
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(put[0]).toBe('/api/v1/me/notification-preferences');
    expect(JSON.parse(put[1]!.body as string)).toEqual({
      items: [{ kind: 'submission_decided', email: false }],
    });
    expect(screen.getByRole('status').textContent).toMatch(/Saved at/);
  });

  it('puts the box back and says why when the save fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init?: RequestInit) =>
        init?.method === 'PUT'
          ? json(409, { error: { code: 'CONFLICT', message: 'Try again in a moment.' } })
          : json(200, PAGE),
      ),
    );
    renderWithClient();
    const appeal = await screen.findByRole('checkbox', { name: 'Appeal outcome' });
    fireEvent.click(appeal);
    await screen.findByText(/Couldn’t save: Try again in a moment\./);
    await waitFor(() => expect((appeal as HTMLInputElement).checked).toBe(false));
  });
});
