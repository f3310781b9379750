// @vitest-environment jsdom
import { renderWithQuery } from '../../test-support/render-with-query.js';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OutboxItem, OutboxPage } from '../notifications/outbox-api.js';
import { Outbox } from './OutboxPage.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const item = (over: Partial<OutboxItem>): OutboxItem => ({
  id: 'e1',
  to: 'dana@example.org',
  subject: 'Feedback on “Checks for Understanding”',
  kind: 'submission_decided',
  body: 'Feedback on “Checks for Understanding”\n\nNot yet.\n\nOpen it: https://mc.example/submissions/s1\n',
  createdAt: '2026-11-02T09:00:00.000Z',
  status: 'pending',
  sentAt: null,
  tries: 0,
  nextTryAt: '2026-11-02T09:00:00.000Z',
  lastError: null,
  gaveUp: false,
  ...over,
});

const PAGE: OutboxPage = {
  delivery: 'in_app',
  total: 3,
  items: [
    item({}),
    item({
      id: 'e2',
      kind: 'credential.revoke',
      subject: 'Your credential was revoked',
      status: 'sent',
      sentAt: '2026-11-02T09:01:00.000Z',
      tries: 1,
    }),
    item({
      id: 'e3',
      subject: 'Given up',
      status: 'failed',
      tries: 8,
      gaveUp: true,
      nextTryAt: null,
      lastError: '451 4.7.1 Try again later',
    }),
  ],
};

const renderWithClient = () => renderWithQuery(<Outbox />);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Outbox', () => {
  it('lists to, subject, kind, date and status, with the body on expand', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, PAGE)),
    );
    renderWithClient();
    expect(await screen.findByText('Emails are not being sent')).toBeTruthy();
    const entries = screen.getAllByRole('listitem');
    expect(entries).toHaveLength(3);
    const first = entries[0]!;
    expect(first.textContent).toContain('To dana@example.org · Decision on your submission');
    expect(within(first).getByText('Not sent (no SMTP)')).toBeTruthy();
    expect(within(entries[1]!).getByText(/Changes to your credentials/)).toBeTruthy();
    expect(within(entries[1]!).getByText('Sent')).toBeTruthy();
    expect(within(entries[2]!).getByText('Failed')).toBeTruthy();
    expect(within(entries[2]!).getByText('451 4.7.1 Try again later')).toBeTruthy();
    const details = first.querySelector('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(within(first).getByText(/Feedback on/, { selector: 'span' }));
    expect(details.open).toBe(true);
    expect(within(first).getByText(/Open it: https:\/\/mc\.example\/submissions\/s1/)).toBeTruthy();
  });

  it('asks the server for one status at a time, from the first page', async () => {
    const fetch = vi.fn(async () => json(200, { ...PAGE, items: [], total: 0 }));
    vi.stubGlobal('fetch', fetch);
    renderWithClient();
    await screen.findByText('No emails here');
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'failed' } });
    await screen.findByText(/0 emails · failed/);
    expect(fetch.mock.calls.map((c) => (c as unknown[])[0])).toEqual([
      '/api/v1/admin/outbox?limit=25&offset=0',
      '/api/v1/admin/outbox?status=failed&limit=25&offset=0',
    ]);
  });
});
