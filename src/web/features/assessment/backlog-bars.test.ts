import { describe, expect, it } from 'vitest';
import { backlogBars } from './backlog-bars.js';

describe('backlogBars', () => {
  it('draws unfinished reviews per micro-credential on one count axis, with the parts in words', () => {
    const { bars, max } = backlogBars([
      { id: 'a', title: 'Hinge questions', waiting: 3, open: 4, overdue: 2 },
      { id: 'b', title: 'Family communication', waiting: 0, open: 1, overdue: 0 },
    ]);
    expect(bars.map((b) => [b.label, b.value, b.valueText])).toEqual([
      ['Hinge questions', 7, '7'],
      ['Family communication', 1, '1'],
    ]);
    expect(bars[0]!.detail).toBe('3 waiting · 4 open · 2 overdue');
    expect(bars[1]!.detail).toBe('0 waiting · 1 open');
    expect(bars[0]!.cells).toEqual(['3', '4', '2']);
    expect(max).toBeGreaterThanOrEqual(7);
  });

  it('keeps an axis when nothing is unfinished', () => {
    expect(backlogBars([])).toEqual({ bars: [], max: 1 });
  });
});
