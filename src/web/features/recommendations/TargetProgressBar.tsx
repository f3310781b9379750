import type { TargetProgress } from '../../../contracts/recommendations.js';

const PARTS = [
  { key: 'earned', label: 'Earned', fill: 'bg-emerald-600' },
  { key: 'inProgress', label: 'In progress', fill: 'bg-brand-700' },
  { key: 'overdue', label: 'Overdue', fill: 'bg-red-700' },
  { key: 'notStarted', label: 'Not started', fill: 'bg-slate-100' },
] as const;

/** How far the people reached have got: one bar (a picture) and every number in words. */
export function TargetProgressBar({ progress }: { progress: TargetProgress }) {
  const total = Math.max(progress.people, 1);
  return (
    <div className="space-y-1.5">
      <div
        aria-hidden="true"
        className="flex h-3 w-full overflow-hidden rounded border border-slate-500 bg-slate-100"
      >
        {PARTS.map((p) =>
          progress[p.key] > 0 ? (
            <div
              key={p.key}
              className={`h-full ${p.fill}`}
              style={{ width: `${(progress[p.key] / total) * 100}%` }}
            />
          ) : null,
        )}
      </div>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700">
        <span>
          {progress.people} {progress.people === 1 ? 'person' : 'people'}:
        </span>
        {PARTS.map((p) => (
          <span key={p.key} className="inline-flex items-center gap-1">
            <span
              aria-hidden="true"
              className={`inline-block h-2.5 w-2.5 rounded-sm ring-1 ring-slate-400 ${p.fill}`}
            />
            {p.label} <strong className="font-semibold text-slate-900 tabular-nums">{progress[p.key]}</strong>
          </span>
        ))}
      </p>
    </div>
  );
}
