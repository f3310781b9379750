import { describe, expect, it } from 'vitest';
import { countTicks, niceMax, scalePercent, stack, ticks } from './chart-scale.js';

describe('niceMax', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceMax(7)).toBe(10);
    expect(niceMax(10)).toBe(10);
    expect(niceMax(11)).toBe(20);
    expect(niceMax(21)).toBe(25);
    expect(niceMax(26)).toBe(50);
    expect(niceMax(51)).toBe(100);
    expect(niceMax(0.3)).toBe(0.5);
    expect(niceMax(1)).toBe(1);
    expect(niceMax(1.2)).toBe(2);
    expect(niceMax(1234)).toBe(2000);
  });

  it('gives 1 for an empty or broken axis', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(-5)).toBe(1);
    expect(niceMax(Number.NaN)).toBe(1);
  });
});

describe('ticks', () => {
  it('spaces gridlines evenly from 0 to the top', () => {
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(1, 2)).toEqual([0, 0.5, 1]);
    expect(ticks(0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });
});

describe('scalePercent', () => {
  it('is the share of the axis, clamped', () => {
    expect(scalePercent(5, 20)).toBe(25);
    expect(scalePercent(30, 20)).toBe(100);
    expect(scalePercent(-1, 20)).toBe(0);
    expect(scalePercent(3, 0)).toBe(0);
  });
});

describe('stack', () => {
  it('puts each part on top of the one before', () => {
    expect(
      stack(
        [
          { key: 'onTime', value: 6 },
          { key: 'late', value: 2 },
        ],
        10,
      ),
    ).toEqual([
      { key: 'onTime', value: 6, start: 0, size: 60 },
      { key: 'late', value: 2, start: 60, size: 20 },
    ]);
  });

  it('never runs past the top of the axis', () => {
    const [a, b] = stack(
      [
        { key: 'a', value: 8 },
        { key: 'b', value: 8 },
      ],
      10,
    );
    expect(a).toMatchObject({ start: 0, size: 80 });
    expect(b).toMatchObject({ start: 80, size: 20 });
  });
});

describe('countTicks', () => {
  it('uses whole-number steps only', () => {
    expect(countTicks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(countTicks(25)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(countTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(countTicks(2)).toEqual([0, 1, 2]);
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(0)).toEqual([0, 1]);
  });
});
