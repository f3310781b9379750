import { describe, expect, it } from 'vitest';
import {
  describeProgress,
  formatSpeed,
  formatTimeLeft,
  milestoneOf,
  nextRate,
  percentOf,
  secondsLeft,
} from './upload-rate.js';

const MB = 1024 * 1024;

describe('nextRate', () => {
  it('measures the first speed from two samples, then follows changes smoothly', () => {
    let s = nextRate(null, 0, 0);
    expect(s.rate).toBeNull();
    s = nextRate(s, 2 * MB, 1000);
    expect(s.rate).toBe(2 * MB);
    // The connection doubles in speed for a second: the estimate moves toward it, not all the way.
    s = nextRate(s, 6 * MB, 2000);
    expect(s.rate!).toBeGreaterThan(2 * MB);
    expect(s.rate!).toBeLessThan(4 * MB);
    // Kept at the new speed, it converges on it.
    for (let t = 3000; t <= 30_000; t += 1000) s = nextRate(s, 6 * MB + ((t - 2000) / 1000) * 4 * MB, t);
    expect(s.rate! / MB).toBeCloseTo(4, 1);
  });

  it('folds events closer than a quarter second into the next sample', () => {
    const a = nextRate(nextRate(null, 0, 0), MB, 1000);
    expect(nextRate(a, MB + 10, 1100)).toBe(a);
  });

  it('starts again when fewer bytes are reported, keeping the last speed for the estimate', () => {
    const a = nextRate(nextRate(null, 0, 0), 4 * MB, 1000);
    const b = nextRate(a, MB, 1500);
    expect(b).toEqual({ bytes: MB, at: 1500, rate: 4 * MB });
  });
});

describe('formatting', () => {
  it('says the speed in MB/s, or KB/s when slower than a megabyte a second', () => {
    expect(formatSpeed(3.24 * MB)).toBe('3.2 MB/s');
    expect(formatSpeed(MB)).toBe('1.0 MB/s');
    expect(formatSpeed(640 * 1024)).toBe('640 KB/s');
    expect(formatSpeed(10)).toBe('1 KB/s');
  });

  it('says the time left roughly, as a person would', () => {
    expect(formatTimeLeft(2)).toBe('a few seconds left');
    expect(formatTimeLeft(37)).toBe('40 s left');
    expect(formatTimeLeft(61)).toBe('about 2 min left');
    expect(formatTimeLeft(12 * 60)).toBe('about 12 min left');
    expect(formatTimeLeft(65 * 60)).toBe('about 1 h 5 min left');
    expect(formatTimeLeft(2 * 3600)).toBe('about 2 h left');
  });

  it('knows the time left only once the speed is', () => {
    expect(secondsLeft(0, 10 * MB, null)).toBeNull();
    expect(secondsLeft(0, 10 * MB, 0)).toBeNull();
    expect(secondsLeft(4 * MB, 10 * MB, 2 * MB)).toBe(3);
  });

  it('never says 100% before the last byte, and marks quarters for screen readers', () => {
    expect(percentOf(0, 0)).toBe(0);
    expect(percentOf(999, 1000)).toBe(99);
    expect(percentOf(1000, 1000)).toBe(100);
    expect([0, 240, 250, 499, 500, 760, 999, 1000].map((n) => milestoneOf(n, 1000))).toEqual([
      0, 0, 25, 25, 50, 75, 75, 100,
    ]);
  });

  it('describes progress with speed and time left once measured', () => {
    expect(describeProgress(0, 40 * MB, null)).toBe('0% · 0 B of 40.0 MB');
    expect(describeProgress(18 * MB, 40 * MB, 2 * MB)).toBe(
      '45% · 18.0 MB of 40.0 MB · 2.0 MB/s · 15 s left',
    );
  });
});
