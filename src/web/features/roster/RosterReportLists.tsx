import type { RosterReportData } from './roster-api.js';

type Line = RosterReportData['rejected'][number];

const where = (l: Line) => (l.line === null ? '—' : `${l.file === 'orgs.csv' ? 'orgs.csv ' : ''}${l.line}`);

function LineTable({
  title,
  lines,
  total,
  detail,
}: {
  title: string;
  lines: Line[];
  total: number;
  detail: 'reason' | 'place';
}) {
  if (!total) return null;
  const id = `roster-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="min-w-0">
      <h3 id={id} className="mb-2 font-semibold text-slate-900">
        {title} ({total})
      </h3>
      <div className="overflow-x-auto rounded-md border border-slate-200">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Line
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Person
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {detail === 'reason' ? 'Reason' : 'School and role'}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {lines.map((l, i) => (
              <tr key={`${l.file}-${l.line ?? 'x'}-${i}`}>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">{where(l)}</td>
                <td className="px-3 py-2 break-all">
                  {l.name ? <span className="block font-medium break-normal">{l.name}</span> : null}
                  {l.email || <span className="text-slate-600">(no email)</span>}
                </td>
                <td className="px-3 py-2">
                  {detail === 'reason'
                    ? l.reason
                    : [l.school, l.role?.replace('_', ' ')].filter(Boolean).join(' · ')}
                  {l.existingAccount ? <span className="block text-slate-600">existing account</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > lines.length ? (
        <p className="mt-1 text-sm text-slate-700">
          Showing the first {lines.length} of {total}. Download the report for the rest.
        </p>
      ) : null}
    </section>
  );
}

/** Rejected lines first (what the admin must fix), then what would change. */
export function RosterReportLists({ report }: { report: RosterReportData }) {
  const c = report.counts;
  return (
    <div className="space-y-6">
      <LineTable title="Rejected" lines={report.rejected} total={c.rejected} detail="reason" />
      <LineTable title="New" lines={report.created} total={c.created} detail="place" />
      <LineTable title="Changed" lines={report.changed} total={c.changed} detail="reason" />
      <LineTable
        title="Leaving (deactivated, never deleted)"
        lines={report.deactivated}
        total={c.deactivated}
        detail="reason"
      />
      <LineTable title="Left out" lines={report.skipped} total={c.skipped} detail="reason" />
    </div>
  );
}
