import { Skeleton } from '../../components/Skeleton.js';
import { ProgressBarChart } from './ProgressBarChart.js';
import type { StaffProgressTotals } from './staff-progress-api.js';

/** How many educators, and their submissions by status, at a glance. */
export function StaffProgressSummary({ totals, q }: { totals: StaffProgressTotals; q: string }) {
  return (
    <section
      aria-labelledby="staff-progress-summary"
      className="card grid gap-6 p-4 sm:p-5 md:grid-cols-[12rem_1fr]"
    >
      <h3 id="staff-progress-summary" className="sr-only">
        Summary
      </h3>
      <p className="flex items-baseline gap-2 md:flex-col md:gap-0">
        <span className="text-4xl font-bold text-slate-900 tabular-nums">
          {totals.educators.toLocaleString()}
        </span>
        <span className="text-slate-700">
          {totals.educators === 1 ? 'educator' : 'educators'}
          {q ? ` matching “${q}”` : ''}
        </span>
      </p>
      <ProgressBarChart counts={totals} title="Submissions by status" />
    </section>
  );
}

export function StaffProgressSummarySkeleton() {
  return (
    <div className="card grid gap-6 p-4 sm:p-5 md:grid-cols-[12rem_1fr]" aria-hidden="true">
      <div className="space-y-2">
        <Skeleton className="h-9 w-16" />
        <Skeleton className="h-4 w-24" />
      </div>
      <div className="space-y-3">
        <Skeleton className="h-4 w-40" />
        <Skeleton className="h-6 w-full" />
        <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-10 w-full" />
          ))}
        </div>
      </div>
    </div>
  );
}
