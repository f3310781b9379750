// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OfflineBanner } from './OfflineBanner.js';

let online = true;
Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });

const goOnline = (value: boolean) =>
  act(() => {
    online = value;
    window.dispatchEvent(new Event(value ? 'online' : 'offline'));
  });

afterEach(() => {
  cleanup();
  online = true;
});

describe('OfflineBanner', () => {
  it('is an empty polite live region while online and saves go through', () => {
    render(<OfflineBanner />);
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
  });

  it('says typing is kept when the browser goes offline, and goes away when it is back', () => {
    render(<OfflineBanner />);
    goOnline(false);
    expect(screen.getByRole('status').textContent).toMatch(
      /You’re offline — your typing is kept on this device and saved when the connection returns/,
    );
    goOnline(true);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('shows when saves cannot reach the server although the browser believes it is online', () => {
    const { rerender } = render(<OfflineBanner unreachable />);
    expect(screen.getByRole('status').textContent).toMatch(/You’re offline/);
    rerender(<OfflineBanner unreachable={false} />);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('starts offline when the page loads offline', () => {
    online = false;
    render(<OfflineBanner />);
    expect(screen.getByRole('status').textContent).toMatch(/You’re offline/);
  });
});
