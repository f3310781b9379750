/**
 * Chart arithmetic, kept apart from the drawing so it can be tested: a rounded top for the value
 * axis, its gridlines, and where each bar or stacked segment sits as a share of the plot.
 */

/** The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) at or above `max`; 1 for nothing. */
export function niceMax(max: number): number {
  if (!Number.isFinite(max) || max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * power;
    // Tolerate float noise (e.g. 0.3 / 0.1 = 2.9999999999999996).
    if (candidate >= max - power * 1e-9) return candidate;
  }
  return 10 * power;
}

/** `count` + 1 evenly spaced gridline values from 0 to `top`, inclusive. */
export function ticks(top: number, count = 4): number[] {
  const n = Math.max(1, Math.floor(count));
  return Array.from({ length: n + 1 }, (_, i) => Number(((top * i) / n).toPrecision(12)));
}

/** Where `value` reaches on a 0–`top` axis, as a percentage of the axis, clamped to 0–100. */
export function scalePercent(value: number, top: number): number {
  if (!Number.isFinite(value) || !(top > 0) || value <= 0) return 0;
  return Math.min(100, (value / top) * 100);
}

export type Segment<K extends string> = { key: K; value: number; start: number; size: number };

/**
 * One stacked bar: each part's start and size as percentages of a 0–`top` axis, bottom first.
 * Negative or missing values count as nothing.
 */
export function stack<K extends string>(
  parts: readonly { key: K; value: number }[],
  top: number,
): Segment<K>[] {
  let start = 0;
  return parts.map(({ key, value }) => {
    const size = Math.min(100 - start, scalePercent(value, top));
    const segment = { key, value, start, size: Math.max(0, size) };
    start += segment.size;
    return segment;
  });
}

/**
 * Gridlines for an axis of whole counts (reviews): about four steps, every one a whole number.
 * `top` should come from niceMax of the largest count.
 */
export function countTicks(top: number): number[] {
  if (!(top >= 1)) return [0, 1];
  const steps = [4, 5, 2, 1].find((n) => Number.isInteger(top / n) && top / n >= 1) ?? 1;
  return ticks(top, steps);
}
