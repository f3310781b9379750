// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmailView, LinkedAccountsView } from '../../../contracts/oidc.js';
import { fakeModalDialogs, renderWithQuery } from '../../test-support/render-with-query.js';
import { signInErrorMessage } from '../oidc/sign-in-errors.js';
import { LinkedAccounts } from './LinkedAccounts.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const identity = {
  id: 'i1',
  providerSlug: 'riverside',
  providerName: 'Riverside USD account',
  providerKind: 'oidc' as const,
  email: 'maya.thompson@riverside-usd.example.org',
  createdAt: '2026-11-02T09:00:00.000Z',
  lastUsedAt: '2026-11-03T09:00:00.000Z',
};
const emails: EmailView[] = [
  { email: 'educator@example.org', primary: true, verifiedAt: null },
  {
    email: 'maya.thompson@riverside-usd.example.org',
    primary: false,
    verifiedAt: '2026-11-02T09:00:00.000Z',
  },
];

function serve(linked: LinkedAccountsView) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === 'DELETE') return new Response(null, { status: 204 });
    if (url === '/api/v1/me/identities') return json(200, linked);
    if (url === '/api/v1/me/emails') return json(200, { items: emails });
    if (url === '/api/v1/auth/providers')
      return json(200, { items: [{ slug: 'riverside', name: 'Riverside USD account', kind: 'oidc' }] });
    return json(404, { error: { code: 'NOT_FOUND', message: 'no' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

beforeEach(() => fakeModalDialogs());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('Linked accounts and emails', () => {
  it('lists linked accounts and addresses, links another with a full page load, removes an address', async () => {
    const fetch = serve({ items: [identity], hasPassword: true });
    renderWithQuery(<LinkedAccounts />);
    expect(await screen.findByText('Riverside USD account', { selector: 'p *, p' })).toBeTruthy();
    const link = await screen.findByRole('link', { name: /Link Riverside USD account/ });
    expect(link.getAttribute('href')).toBe('/auth/oidc/riverside/start?next=%2Fsettings%23linked&link=1');
    expect(screen.getByText(/Main address/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove maya.thompson@riverside-usd.example.org' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove address' }));
    expect(await screen.findByText(/no longer finds your account/)).toBeTruthy();
    expect(fetch).toHaveBeenCalledWith(
      '/api/v1/me/emails/maya.thompson%40riverside-usd.example.org',
      expect.objectContaining({ method: 'DELETE' }),
    );
  });

  it('will not unlink the only way to sign in of someone without a password', async () => {
    serve({ items: [identity], hasPassword: false });
    renderWithQuery(<LinkedAccounts />);
    const unlink = await screen.findByRole('button', { name: 'Unlink Riverside USD account' });
    expect((unlink as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/only way to sign in/)).toBeTruthy();
  });

  it('explains why linking failed when the server sends the person back', async () => {
    window.history.replaceState(null, '', '/settings?error=identity-taken');
    serve({ items: [], hasPassword: true });
    renderWithQuery(<LinkedAccounts />);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'already belongs to another microcred account',
    );
  });
});

describe('sign-in error messages', () => {
  it('names the address with no account, and has words for every reason', () => {
    expect(signInErrorMessage('no-account', 'x@y.example')).toContain('No microcred account for x@y.example');
    expect(signInErrorMessage('made-up', null)).toContain('did not work');
    expect(signInErrorMessage(null, null)).toBeNull();
  });
});
