import type { RosterReportData } from './roster-api.js';

type Counts = RosterReportData['counts'];

/** The outcomes in the order a person reads them, each with a fill that is not its only cue. */
export const OUTCOMES = [
  { key: 'created', label: 'New', fill: 'bg-emerald-600' },
  { key: 'changed', label: 'Changed', fill: 'bg-sky-600' },
  { key: 'unchanged', label: 'Unchanged', fill: 'bg-slate-400' },
  { key: 'deactivated', label: 'Leaving', fill: 'bg-amber-500' },
  { key: 'skipped', label: 'Left out', fill: 'bg-slate-200' },
  { key: 'rejected', label: 'Rejected', fill: 'bg-red-600' },
] as const satisfies readonly { key: keyof Counts; label: string; fill: string }[];

/**
 * The run's counts as tiles and one stacked bar. The bar is a picture of the tiles (hidden from
 * screen readers); every number is text in the tiles.
 */
export function RosterSummary({ counts }: { counts: Counts }) {
  const total = OUTCOMES.reduce((n, o) => n + counts[o.key], 0);
  return (
    <div className="space-y-3">
      <div
        aria-hidden="true"
        className="flex h-4 w-full gap-0.5 overflow-hidden rounded-md bg-slate-100 ring-1 ring-slate-300 ring-inset"
      >
        {total > 0
          ? OUTCOMES.filter((o) => counts[o.key] > 0).map((o) => (
              <div
                key={o.key}
                className={`h-full min-w-1 ${o.fill}`}
                style={{ flexGrow: counts[o.key], flexBasis: 0 }}
              />
            ))
          : null}
      </div>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {OUTCOMES.map((o) => (
          <div key={o.key} className="rounded-md border border-slate-200 bg-white p-2">
            <dt className="flex items-center gap-1.5 text-sm text-slate-700">
              <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-sm ${o.fill}`} />
              {o.label}
            </dt>
            <dd className="text-2xl font-semibold text-slate-900 tabular-nums">{counts[o.key]}</dd>
          </div>
        ))}
      </dl>
      {counts.existingAccounts ? (
        <p className="text-sm text-slate-700">
          {counts.existingAccounts} of the new{' '}
          {counts.existingAccounts === 1 ? 'person already has' : 'people already have'} an account (matched
          by email): no second account is made.
        </p>
      ) : null}
    </div>
  );
}
