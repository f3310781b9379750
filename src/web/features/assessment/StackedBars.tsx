import type { CSSProperties, ReactNode } from 'react';
import { ChartTable } from './BarChart.js';
import { countTicks, niceMax, stack } from './chart-scale.js';

export type Series<K extends string> = {
  key: K;
  label: string;
  /** Fill classes; pair a texture with color so the series differ without color. */
  fill: string;
  texture?: string;
};

export type Column<K extends string> = {
  id: string;
  /** Full label, for the text alternative ("Week of Mar 2, 2026"). */
  label: string;
  /** Short label under the column ("Mar 2"). */
  shortLabel: string;
  values: Record<K, number>;
};

type Props<K extends string> = {
  title: ReactNode;
  tableCaption: string;
  /** Header of the label column in the text alternative. */
  labelHeader: string;
  series: readonly Series<K>[];
  columns: readonly Column<K>[];
  empty?: ReactNode;
};

const swatchStyle = (s: { texture?: string }): CSSProperties | undefined =>
  s.texture ? { backgroundImage: s.texture } : undefined;

/**
 * Vertical stacked columns (e.g. reviews per week, on time below late) drawn with CSS so it
 * shrinks to a phone; labels thin out when columns get narrow. Hidden from screen readers, which
 * get a table with every number and the total.
 */
export function StackedBars<K extends string>({
  title,
  tableCaption,
  labelHeader,
  series,
  columns,
  empty,
}: Props<K>) {
  const totals = columns.map((c) => series.reduce((sum, s) => sum + (c.values[s.key] ?? 0), 0));
  const top = niceMax(Math.max(0, ...totals));
  const grid = countTicks(top);
  // At most about eight labels fit under the columns on a narrow screen.
  const labelEvery = Math.max(1, Math.ceil(columns.length / 8));
  return (
    <figure className="card p-4">
      <figcaption className="mb-3 font-semibold text-slate-900">{title}</figcaption>
      {columns.length === 0 ? (
        <div className="text-sm text-slate-700">{empty ?? 'Nothing to show yet.'}</div>
      ) : (
        <>
          <div aria-hidden="true" className="flex gap-2">
            <div className="relative h-48 w-7 shrink-0 text-right text-xs text-slate-700 tabular-nums">
              {grid.map((t) => (
                <span
                  key={t}
                  className="absolute right-0 translate-y-1/2"
                  style={{ bottom: `${(t / top) * 100}%` }}
                >
                  {t}
                </span>
              ))}
            </div>
            <div className="min-w-0 flex-1">
              <div className="relative h-48 border-b border-l border-slate-400">
                {grid.slice(1).map((t) => (
                  <span
                    key={t}
                    className="absolute inset-x-0 h-px bg-slate-200"
                    style={{ bottom: `${(t / top) * 100}%` }}
                  />
                ))}
                <div className="absolute inset-0 flex items-stretch gap-0.5 px-0.5 sm:gap-1.5 sm:px-1">
                  {columns.map((c, i) => (
                    <div key={c.id} className="relative min-w-0 flex-1" title={`${c.label}: ${totals[i]}`}>
                      {stack(
                        series.map((s) => ({ key: s.key, value: c.values[s.key] ?? 0 })),
                        top,
                      ).map((seg) => {
                        const s = series.find((x) => x.key === seg.key)!;
                        return seg.size > 0 ? (
                          <span
                            key={seg.key}
                            className={`absolute inset-x-0 ${s.fill}`}
                            style={{ bottom: `${seg.start}%`, height: `${seg.size}%`, ...swatchStyle(s) }}
                          />
                        ) : null;
                      })}
                    </div>
                  ))}
                </div>
              </div>
              <div className="mt-1 flex gap-0.5 px-0.5 sm:gap-1.5 sm:px-1">
                {columns.map((c, i) => (
                  <span
                    key={c.id}
                    className="min-w-0 flex-1 overflow-hidden text-center text-[0.6875rem] leading-tight text-slate-700"
                  >
                    {i % labelEvery === 0 ? c.shortLabel : ''}
                  </span>
                ))}
              </div>
            </div>
          </div>
          <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800" aria-hidden="true">
            {series.map((s) => (
              <li key={s.key} className="flex items-center gap-2">
                <span className={`inline-block h-3.5 w-3.5 rounded-sm ${s.fill}`} style={swatchStyle(s)} />
                {s.label}
              </li>
            ))}
          </ul>
          <ChartTable
            caption={tableCaption}
            columns={[labelHeader, ...series.map((s) => s.label), 'Total']}
            rows={columns.map((c, i) => [
              c.label,
              ...series.map((s) => String(c.values[s.key] ?? 0)),
              String(totals[i]),
            ])}
          />
        </>
      )}
    </figure>
  );
}
