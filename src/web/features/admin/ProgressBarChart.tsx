import { Icon } from '../../components/Icon.js';
import { plural } from '../../lib/format.js';
import {
  PROGRESS_STATES,
  totalSubmissions,
  type ProgressCounts,
  type ProgressState,
} from './progress-states.js';

const percent = (n: number, of: number) => (of > 0 ? Math.round((n / of) * 100) : 0);

function Swatch({ state }: { state: ProgressState }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block h-3.5 w-3.5 shrink-0 rounded-sm ${state.fill}`}
      style={state.texture ? { backgroundImage: state.texture } : undefined}
    />
  );
}

/**
 * Submissions by status as one horizontal stacked bar with a legend. The bar is a picture of the
 * legend (hidden from screen readers); the legend carries every number as text, so nothing
 * depends on color alone.
 */
export function ProgressBarChart({ counts, title }: { counts: ProgressCounts; title: string }) {
  const total = totalSubmissions(counts);
  const shown = PROGRESS_STATES.filter((s) => counts[s.key] > 0);
  return (
    <figure className="space-y-3">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm text-slate-700">
        <span className="font-semibold text-slate-900">{title}</span>
        <span>{plural(total, 'submission')}</span>
      </figcaption>
      <div
        aria-hidden="true"
        className="flex h-6 w-full gap-0.5 overflow-hidden rounded-md bg-slate-100 ring-1 ring-slate-300 ring-inset"
      >
        {shown.map((s) => (
          <div
            key={s.key}
            title={`${s.label}: ${counts[s.key]}`}
            className={`h-full min-w-1 ${s.fill}`}
            style={{
              flexGrow: counts[s.key],
              flexBasis: 0,
              ...(s.texture ? { backgroundImage: s.texture } : {}),
            }}
          />
        ))}
      </div>
      <ul className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-4">
        {PROGRESS_STATES.map((s) => (
          <li key={s.key} className="flex items-start gap-2">
            <span className="mt-1">
              <Swatch state={s} />
            </span>
            <span className="min-w-0">
              <span className="flex items-center gap-1 text-sm text-slate-700">
                <Icon name={s.icon} className="h-4 w-4 text-slate-600" />
                {s.label}
              </span>
              <span className="block text-lg font-semibold text-slate-900 tabular-nums">
                {counts[s.key].toLocaleString()}{' '}
                <span className="text-sm font-normal text-slate-700">({percent(counts[s.key], total)}%)</span>
              </span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
