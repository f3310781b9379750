import { describe, expect, it } from 'vitest';
import { formatDate } from '../../lib/format.js';
import { statusReasonText, validityText } from './credential-status.js';

const NOW = new Date('2026-06-01T12:00:00Z');

describe('credential status in words', () => {
  it('says until when a credential is valid, or that it never expires', () => {
    expect(validityText('valid', '2027-03-03T00:00:00Z', NOW)).toBe(
      `Valid until ${formatDate('2027-03-03T00:00:00Z')}`,
    );
    expect(validityText('valid', null, NOW)).toBe('Never expires');
    expect(validityText('suspended', null, NOW)).toBe('Never expires');
  });

  it('says "expired on" once the date has passed, even before the list is refreshed', () => {
    expect(validityText('expired', '2026-01-01T00:00:00Z', NOW)).toMatch(/^Expired on /);
    expect(validityText('valid', '2026-05-31T00:00:00Z', NOW)).toMatch(/^Expired on /);
  });

  it('gives the issuer’s reason only for revoked and suspended credentials', () => {
    expect(statusReasonText('revoked', 'Evidence was plagiarised')).toBe(
      'Revoked by the issuer: Evidence was plagiarised',
    );
    expect(statusReasonText('suspended', '  Under review  ')).toBe('Suspended by the issuer: Under review');
    expect(statusReasonText('suspended', null)).toBe('Suspended by the issuer.');
    expect(statusReasonText('valid', 'old reason')).toBeNull();
    expect(statusReasonText('expired', null)).toBeNull();
  });
});
