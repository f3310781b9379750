/**
 * What a screen reader hears as the limit nears. Only a few thresholds, so typing is not
 * interrupted by a number on every key; the exact count is in the visible text (and the field's
 * description, read on focus).
 */
export function limitAnnouncement(length: number, max: number): string {
  const left = max - length;
  if (left <= 0) return `Character limit of ${max.toLocaleString('en')} reached.`;
  if (left <= 50) return 'Fewer than 50 characters left.';
  if (left <= 100) return 'Fewer than 100 characters left.';
  return '';
}

/**
 * "240 / 1,000 characters", amber near the limit and red with "limit reached" at it (words, not
 * color alone), with a polite announcement as it nears.
 */
export function CharacterCount({ length, max, id }: { length: number; max: number; id?: string }) {
  const left = max - length;
  const tone = left <= 0 ? 'text-red-800' : left <= 100 ? 'text-amber-800' : 'text-slate-600';
  return (
    <div id={id} className={`text-sm font-medium tabular-nums ${tone}`} data-left={left}>
      <span>
        {length.toLocaleString('en')} / {max.toLocaleString('en')} characters
        {left <= 0 ? ' · limit reached' : ''}
      </span>
      <span aria-live="polite" className="sr-only">
        {limitAnnouncement(length, max)}
      </span>
    </div>
  );
}
