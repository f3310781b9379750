import { describe, expect, it } from 'vitest';
import { bellLabel, safeLink } from './notifications-api.js';

describe('notifications', () => {
  it('names the bell with the unread count, for people who cannot see the badge', () => {
    expect(bellLabel(0)).toBe('Notifications');
    expect(bellLabel(1)).toBe('Notifications, 1 unread');
    expect(bellLabel(250)).toBe('Notifications, more than 99 unread');
  });

  it('follows only links to this site', () => {
    const origin = 'https://microcred.example';
    expect(safeLink('/me/credentials', origin)).toBe('/me/credentials');
    expect(safeLink('https://microcred.example/credentials/abc?x=1#top', origin)).toBe(
      '/credentials/abc?x=1#top',
    );
    expect(safeLink('https://evil.example/phish', origin)).toBeNull();
    expect(safeLink('//evil.example/phish', origin)).toBeNull();
    expect(safeLink('/\\evil.example', origin)).toBeNull();
    expect(safeLink('javascript:alert(1)', origin)).toBeNull();
    expect(safeLink(null, origin)).toBeNull();
  });
});
