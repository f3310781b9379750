// @vitest-environment jsdom
import { renderWithQuery } from '../../test-support/render-with-query.js';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RetentionView } from './privacy-api.js';
import { RetentionSetting } from './RetentionSetting.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const VIEW: RetentionView = {
  orgId: 'o1',
  orgName: 'Harbor Teaching Institute',
  orgKind: 'issuer',
  months: null,
  covers: 'Evidence submitted for this issuer’s micro-credentials.',
};

const renderIt = () => renderWithQuery(<RetentionSetting orgId="o1" />);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('RetentionSetting', () => {
  it('switches from keeping evidence to deleting it some months after the decision, and saves', async () => {
    const sent: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        expect(url).toBe('/api/v1/orgs/o1/retention');
        if (init?.method === 'PUT') {
          const body = JSON.parse(String(init.body)) as { months: number | null };
          sent.push(body);
          return json(200, { ...VIEW, months: body.months });
        }
        return json(200, VIEW);
      }),
    );
    renderIt();
    expect(((await screen.findByRole('radio', { name: /Keep evidence/ })) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.getByText(VIEW.covers)).toBeTruthy();
    expect(screen.queryByLabelText(/Months after the decision/)).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /Delete evidence/ }));
    const months = screen.getByLabelText(/Months after the decision/);
    fireEvent.change(months, { target: { value: '0' } });
    expect(screen.getByText(/Enter whole months from 1 to 120/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save retention' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(months, { target: { value: '18' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save retention' }));
    expect(await screen.findByText(/evidence is deleted 18 months after the decision/)).toBeTruthy();
    expect(sent).toEqual([{ months: 18 }]);
  });

  it('shows a refusal from the server', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init?: RequestInit) =>
        init?.method === 'PUT'
          ? json(403, {
              error: { code: 'FORBIDDEN', message: 'Only the admins of this organization set it.' },
            })
          : json(200, { ...VIEW, months: 24 }),
      ),
    );
    renderIt();
    expect(((await screen.findByLabelText(/Months after the decision/)) as HTMLInputElement).value).toBe(
      '24',
    );
    fireEvent.click(screen.getByRole('radio', { name: /Keep evidence/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save retention' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Only the admins');
  });
});
