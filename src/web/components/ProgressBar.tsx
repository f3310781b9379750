/** A labelled progress bar (uploads, submission completeness). */
export function ProgressBar({
  value,
  max = 100,
  label,
  tone = 'brand',
}: {
  value: number;
  max?: number;
  label: string;
  tone?: 'brand' | 'success';
}) {
  const pct = max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.round(value)}
      className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
    >
      <div
        className={`h-full rounded-full transition-[width] ${tone === 'success' ? 'bg-emerald-600' : 'bg-brand-700'}`}
        style={{ width: `${pct}%` }}
      />
    </div>
  );
}
