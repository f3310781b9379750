import type { AssessmentDashboard } from '../../../contracts/assessment.js';
import { niceMax } from './chart-scale.js';
import type { Bar } from './BarChart.js';

type BacklogRow = AssessmentDashboard['backlog']['byMicroCredential'][number];

/**
 * Where the backlog is: a bar per micro-credential of its unfinished reviews (waiting and open),
 * on a count axis shared by all, with what waits and what is overdue in words.
 */
export function backlogBars(rows: readonly BacklogRow[]): { bars: Bar[]; max: number } {
  const bars = rows.map((r): Bar => {
    const total = r.waiting + r.open;
    return {
      id: r.id,
      label: r.title,
      value: total,
      valueText: total.toLocaleString(),
      detail: `${r.waiting.toLocaleString()} waiting · ${r.open.toLocaleString()} open${
        r.overdue ? ` · ${r.overdue.toLocaleString()} overdue` : ''
      }`,
      cells: [r.waiting, r.open, r.overdue].map((n) => n.toLocaleString()),
    };
  });
  return { bars, max: niceMax(Math.max(1, ...bars.map((b) => b.value ?? 0))) };
}
