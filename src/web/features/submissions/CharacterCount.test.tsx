// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CharacterCount, limitAnnouncement } from './CharacterCount.js';

afterEach(cleanup);

describe('CharacterCount', () => {
  it('shows the count against the limit', () => {
    render(<CharacterCount id="cc" length={240} max={1000} />);
    expect(document.getElementById('cc')!.textContent).toContain('240 / 1,000 characters');
  });

  it('announces politely only as the limit nears, not on every key', () => {
    expect(limitAnnouncement(0, 1000)).toBe('');
    expect(limitAnnouncement(899, 1000)).toBe('');
    expect(limitAnnouncement(900, 1000)).toBe('Fewer than 100 characters left.');
    expect(limitAnnouncement(951, 1000)).toBe('Fewer than 50 characters left.');
    expect(limitAnnouncement(1000, 1000)).toBe('Character limit of 1,000 reached.');
    render(<CharacterCount id="cc" length={1000} max={1000} />);
    expect(document.getElementById('cc')!.textContent).toContain('1,000 / 1,000 characters · limit reached');
    const live = document.querySelector('#cc [aria-live="polite"]');
    expect(live?.textContent).toBe('Character limit of 1,000 reached.');
  });
});
