import { describe, expect, it } from 'vitest';
import { minLengthStatus } from './min-length.js';

describe('minLengthStatus', () => {
  it('counts trimmed characters and what is still needed', () => {
    expect(minLengthStatus('  twelve chars ', 30)).toEqual({
      length: 12,
      met: false,
      remaining: 18,
      text: '12 / 30 characters · 18 more needed',
    });
  });
  it('says when the minimum is met, exactly at it and beyond', () => {
    expect(minLengthStatus('x'.repeat(30), 30)).toMatchObject({
      met: true,
      remaining: 0,
      text: '30 characters · minimum of 30 met',
    });
    expect(minLengthStatus('x'.repeat(29), 30).met).toBe(false);
    expect(minLengthStatus('x'.repeat(1200), 1000).text).toBe('1,200 characters · minimum of 1,000 met');
  });
  it('only counts without a minimum', () => {
    expect(minLengthStatus('a', 0)).toEqual({ length: 1, met: true, remaining: 0, text: '1 character' });
  });
});
