// @vitest-environment jsdom
import { renderWithQuery, fakeModalDialogs } from '../../test-support/render-with-query.js';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataRequestView } from './privacy-api.js';
import { YourData } from './YourData.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const PENDING: DataRequestView = {
  id: 'r1',
  kind: 'delete_account',
  status: 'pending',
  reason: 'Leaving teaching',
  createdAt: '2026-11-20T10:00:00.000Z',
  completedAt: null,
};

const renderIt = () => renderWithQuery(<YourData />);

beforeEach(() => {
  fakeModalDialogs();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('YourData', () => {
  it('explains what is deleted and what is kept before sending a deletion request, then shows it waiting', async () => {
    let requests: DataRequestView[] = [];
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/v1/me/data-requests' && init?.method === 'POST') {
        expect(JSON.parse(String(init.body))).toEqual({ kind: 'delete_account', reason: 'Leaving teaching' });
        requests = [PENDING];
        return json(201, PENDING);
      }
      return json(200, { items: requests });
    });
    vi.stubGlobal('fetch', fetch);
    renderIt();
    fireEvent.click(await screen.findByRole('button', { name: /Request deletion of my data/ }));
    const dialog = screen.getByRole('dialog', { name: 'Delete your account data?' });
    expect(dialog.textContent).toContain('The credentials you earned');
    expect(dialog.textContent).toContain('keep verifying');
    fireEvent.change(within(dialog).getByLabelText(/Anything we should know/), {
      target: { value: 'Leaving teaching' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send the request' }));
    expect(await screen.findByText('Waiting for an administrator')).toBeTruthy();
    expect(screen.getByText(/Your reason: “Leaving teaching”/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Request deletion/ })).toBeNull();
  });

  it('cancels a waiting request after a confirmation', async () => {
    let requests: DataRequestView[] = [PENDING];
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === 'DELETE') {
        expect(url).toBe('/api/v1/me/data-requests/r1');
        requests = [{ ...PENDING, status: 'cancelled' }];
        return json(200, requests[0]);
      }
      return json(200, { items: requests });
    });
    vi.stubGlobal('fetch', fetch);
    renderIt();
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel the request' }));
    const dialog = screen.getByRole('dialog', { name: /Cancel your deletion request/ });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel the request' }));
    expect(await screen.findByRole('button', { name: /Request deletion of my data/ })).toBeTruthy();
  });

  it('downloads the export with a progress bar and saves it under the server’s name', async () => {
    const bytes = new Uint8Array(1000).fill(7);
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fetch = vi.fn(async (url: string) => {
      if (url !== '/api/v1/me/export.zip') return json(200, { items: [] });
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(bytes.slice(0, 400));
          await gate;
          controller.enqueue(bytes.slice(400));
          controller.close();
        },
      });
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': 'application/zip',
          'content-length': '1000',
          'content-disposition': 'attachment; filename="microcred-export-2026-11-23.zip"',
        },
      });
    });
    vi.stubGlobal('fetch', fetch);
    renderIt();
    fireEvent.click(screen.getByRole('button', { name: /Download my data/ }));
    const bar = await screen.findByRole('progressbar', { name: 'Download progress' });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('400'));
    expect(bar.getAttribute('aria-valuemax')).toBe('1000');
    release();
    expect(await screen.findByText(/Your data is downloaded/)).toBeTruthy();
    expect(clicked).toEqual(['microcred-export-2026-11-23.zip']);
  });

  it('says why a download failed', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url === '/api/v1/me/export.zip'
          ? json(503, {
              error: { code: 'NOT_READY', message: 'microcred is starting up; try again in a few seconds.' },
            })
          : json(200, { items: [] }),
      ),
    );
    renderIt();
    fireEvent.click(screen.getByRole('button', { name: /Download my data/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('starting up');
  });
});
