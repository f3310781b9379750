import type { SeatUsageView } from '../../../contracts/seats.js';

const PARTS = [
  { key: 'earned', label: 'Earned', fill: 'bg-emerald-600' },
  { key: 'inProgress', label: 'In progress', fill: 'bg-brand-700' },
  { key: 'remaining', label: 'Left', fill: 'bg-slate-100' },
] as const;

/**
 * Seats as one bar (earned, in progress, left) with the numbers beside it in words: the bar is a
 * picture of the legend, hidden from screen readers, so nothing depends on colour alone.
 */
export function SeatUsageBar({ usage, compact = false }: { usage: SeatUsageView; compact?: boolean }) {
  const total = Math.max(usage.total, usage.used, 1);
  return (
    <div className="space-y-2">
      <div
        aria-hidden="true"
        className={`flex w-full overflow-hidden rounded-md border border-slate-500 bg-slate-100 ${compact ? 'h-3' : 'h-5'}`}
      >
        {PARTS.map((p) =>
          usage[p.key] > 0 ? (
            <div
              key={p.key}
              className={`h-full ${p.fill} ${p.key === 'inProgress' ? 'border-l-2 border-white' : ''}`}
              style={{ width: `${(usage[p.key] / total) * 100}%` }}
            />
          ) : null,
        )}
      </div>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        {PARTS.map((p) => (
          <span key={p.key} className="inline-flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className={`inline-block h-3 w-3 rounded-sm ring-1 ring-slate-400 ${p.fill}`}
            />
            {p.label}:{' '}
            <strong className="font-semibold text-slate-900 tabular-nums">
              {usage[p.key].toLocaleString()}
            </strong>
          </span>
        ))}
        <span>
          of{' '}
          <strong className="font-semibold text-slate-900 tabular-nums">
            {usage.total.toLocaleString()}
          </strong>{' '}
          seats
        </span>
      </p>
    </div>
  );
}
