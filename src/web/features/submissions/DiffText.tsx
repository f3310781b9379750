/** Where two texts start and stop differing: the common prefix and suffix lengths. */
export function differingRange(a: string, b: string): { start: number; end: number } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end])
    end++;
  return { start, end: a.length - end };
}

/** `text` in full with the part that differs from `other` marked, so two versions compare at a glance. */
export function DiffText({ text, other }: { text: string; other: string }) {
  if (!text) return <span className="text-slate-600 italic">(empty)</span>;
  const { start, end } = differingRange(text, other);
  if (start >= end) return <>{text}</>;
  return (
    <>
      {text.slice(0, start)}
      <mark
        // Bring the difference into view inside its scrolling box.
        ref={(el) => el?.scrollIntoView({ block: 'nearest' })}
        className="rounded-sm bg-amber-200 text-slate-900"
      >
        <span className="sr-only">[differs: </span>
        {text.slice(start, end)}
        <span className="sr-only">]</span>
      </mark>
      {text.slice(end)}
    </>
  );
}
