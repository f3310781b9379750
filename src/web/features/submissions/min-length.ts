/** Where a text stands against a minimum length (trimmed characters, as the server counts). */
export type MinLengthStatus = {
  length: number;
  met: boolean;
  /** Characters still needed; 0 once met. */
  remaining: number;
  /** The visible counter. */
  text: string;
};

/**
 * "12 / 30 characters · 18 more needed" until the minimum is met, then "30 characters · minimum
 * met". A minimum of 0 asks for nothing and only counts.
 */
export function minLengthStatus(text: string, min: number): MinLengthStatus {
  const length = text.trim().length;
  const remaining = Math.max(0, min - length);
  const met = remaining === 0;
  const count = `${length.toLocaleString('en')} ${length === 1 ? 'character' : 'characters'}`;
  return {
    length,
    met,
    remaining,
    text:
      min <= 0
        ? count
        : met
          ? `${count} · minimum of ${min.toLocaleString('en')} met`
          : `${length.toLocaleString('en')} / ${min.toLocaleString('en')} characters · ${remaining.toLocaleString('en')} more needed`,
  };
}
