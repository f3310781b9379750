import { StatusChip } from '../../components/StatusChip.js';
import { formatDate } from '../../lib/format.js';
import { PROGRESS_STATES, type ProgressState } from './progress-states.js';
import type { StaffProgressRow } from './staff-progress-api.js';

/** A count as a status chip; a quiet zero when there is nothing in that state. */
function CountChip({
  state,
  n,
  withLabel = false,
}: {
  state: ProgressState;
  n: number;
  withLabel?: boolean;
}) {
  if (n === 0 && !withLabel) return <span className="px-2.5 text-slate-600 tabular-nums">0</span>;
  return (
    <StatusChip tone={n === 0 ? 'neutral' : state.tone} icon={state.icon}>
      <span className="tabular-nums">{n}</span>
      {withLabel ? <span>{state.label}</span> : null}
    </StatusChip>
  );
}

function LastActivity({ at }: { at: string | null }) {
  if (!at) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">No activity yet</span>
      </>
    );
  }
  return <time dateTime={at}>{formatDate(at)}</time>;
}

const orgNames = (row: StaffProgressRow) => (row.organizations.length ? row.organizations.join(', ') : '—');

/** From a tablet up: one row per educator, a column per state. */
function ProgressTable({ rows }: { rows: readonly StaffProgressRow[] }) {
  return (
    <div
      role="region"
      aria-label="Staff progress"
      tabIndex={0}
      className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block"
    >
      <table className="w-full min-w-[48rem] text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Educator
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              School / district
            </th>
            {PROGRESS_STATES.map((s) => (
              <th key={s.key} scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
                {s.label}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
              Last activity
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-200 align-top">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <span className="block font-medium text-slate-900">{r.name}</span>
                <span className="block break-all text-slate-700">{r.email}</span>
              </th>
              <td className="px-3 py-2 text-slate-800">{orgNames(r)}</td>
              {PROGRESS_STATES.map((s) => (
                <td key={s.key} className="px-3 py-2">
                  <CountChip state={s} n={r[s.key]} />
                </td>
              ))}
              <td className="px-3 py-2 whitespace-nowrap text-slate-800">
                <LastActivity at={r.lastActivityAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** On a phone: a card per educator, each state they have work in as a labelled chip. */
function ProgressCards({ rows }: { rows: readonly StaffProgressRow[] }) {
  return (
    <ul aria-label="Staff progress" className="space-y-3 md:hidden">
      {rows.map((r) => (
        <li key={r.id} className="card space-y-2 p-4">
          <div>
            <p className="font-medium text-slate-900">{r.name}</p>
            <p className="text-sm break-all text-slate-700">{r.email}</p>
            <p className="text-sm text-slate-700">{orgNames(r)}</p>
          </div>
          {PROGRESS_STATES.some((s) => r[s.key] > 0) ? (
            <div className="flex flex-wrap gap-1.5">
              {PROGRESS_STATES.filter((s) => r[s.key] > 0).map((s) => (
                <CountChip key={s.key} state={s} n={r[s.key]} withLabel />
              ))}
            </div>
          ) : (
            <p className="text-sm text-slate-700">No submissions yet</p>
          )}
          <p className="text-sm text-slate-700">
            Last activity: <LastActivity at={r.lastActivityAt} />
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Educators and where they stand: a table on wide screens, stacked cards on a phone. */
export function StaffProgressTable({ rows }: { rows: readonly StaffProgressRow[] }) {
  return (
    <>
      <ProgressTable rows={rows} />
      <ProgressCards rows={rows} />
    </>
  );
}
