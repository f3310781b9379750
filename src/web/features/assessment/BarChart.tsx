import type { ReactNode } from 'react';
import { scalePercent, ticks } from './chart-scale.js';

export type Bar = {
  id: string;
  label: string;
  /** On the chart's 0–`max` axis; null draws no bar (nothing measured). */
  value: number | null;
  /** The value as shown beside the bar ("82%"). */
  valueText: string;
  /** A second line in smaller type ("κ 0.61 · 14 pairs"). */
  detail?: string;
  /** One cell per `columns` entry for the text alternative, after the label. */
  cells: string[];
};

type Props = {
  title: ReactNode;
  /** Names the table that carries the numbers for screen readers. */
  tableCaption: string;
  /** Header of the label column, then of each `cells` column. */
  columns: [labelHeader: string, ...cellHeaders: string[]];
  bars: readonly Bar[];
  /** The top of the axis (1 for shares). */
  max?: number;
  formatTick?: (value: number) => string;
  /** Shown instead of the chart when there are no bars. */
  empty?: ReactNode;
};

/**
 * Horizontal bars, one per row, label above the bar so long names fit on a phone. The drawing is
 * hidden from screen readers; a visually hidden table carries the same numbers.
 */
export function BarChart({
  title,
  tableCaption,
  columns,
  bars,
  max = 1,
  formatTick = (v) => `${Math.round(v * 100)}%`,
  empty,
}: Props) {
  const grid = ticks(max, 4);
  return (
    <figure className="card p-4">
      <figcaption className="mb-3 font-semibold text-slate-900">{title}</figcaption>
      {bars.length === 0 ? (
        <div className="text-sm text-slate-700">{empty ?? 'Nothing to show yet.'}</div>
      ) : (
        <>
          <div aria-hidden="true">
            <ul className="space-y-3">
              {bars.map((bar) => (
                <li key={bar.id}>
                  <div className="flex items-baseline justify-between gap-3 text-sm">
                    <span className="min-w-0 break-words text-slate-900">{bar.label}</span>
                    <span className="shrink-0 font-semibold text-slate-900 tabular-nums">
                      {bar.valueText}
                    </span>
                  </div>
                  <div className="relative mt-1 h-4 overflow-hidden rounded bg-slate-100 ring-1 ring-slate-300 ring-inset">
                    {grid.slice(1, -1).map((t) => (
                      <span
                        key={t}
                        className="absolute inset-y-0 w-px bg-slate-300"
                        style={{ left: `${scalePercent(t, max)}%` }}
                      />
                    ))}
                    {bar.value !== null ? (
                      <span
                        className="absolute inset-y-0 left-0 rounded bg-brand-700"
                        style={{ width: `${scalePercent(bar.value, max)}%` }}
                      />
                    ) : null}
                  </div>
                  {bar.detail ? <p className="mt-0.5 text-xs text-slate-700">{bar.detail}</p> : null}
                </li>
              ))}
            </ul>
            <div className="relative mt-2 h-4 text-xs text-slate-700 tabular-nums">
              {grid.map((t, i) => (
                <span
                  key={t}
                  className="absolute"
                  style={
                    i === 0
                      ? { left: 0 }
                      : i === grid.length - 1
                        ? { right: 0 }
                        : { left: `${scalePercent(t, max)}%`, transform: 'translateX(-50%)' }
                  }
                >
                  {formatTick(t)}
                </span>
              ))}
            </div>
          </div>
          <ChartTable
            caption={tableCaption}
            columns={columns}
            rows={bars.map((b) => [b.label, ...b.cells])}
          />
        </>
      )}
    </figure>
  );
}

/** The numbers behind a chart, as a table only screen readers see. */
export function ChartTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}) {
  // The wrapper is what is hidden: a table never shrinks below its content, so a visually hidden
  // table would still widen the page.
  return (
    <div className="sr-only">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
