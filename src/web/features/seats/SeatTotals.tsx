import type { SeatReportView } from '../../../contracts/seats.js';
import { seatMoney as money } from './seat-money.js';
import { SeatUsageBar } from './SeatUsageBar.js';

function Tile({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{value}</dd>
      {hint ? <dd className="mt-0.5 text-xs text-slate-600">{hint}</dd> : null}
    </div>
  );
}

/** The report's headline: seats used and left, spending and cost per earned, then per organization. */
export function SeatTotals({ report }: { report: SeatReportView }) {
  const t = report.totals;
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Tile label="Seats used" value={`${t.used.toLocaleString()} of ${t.total.toLocaleString()}`} />
        <Tile label="Seats left" value={t.remaining.toLocaleString()} />
        <Tile
          label="Spent on seats used"
          value={money(t.spentCents)}
          hint={`Committed: ${money(t.budgetCents)}`}
        />
        <Tile
          label="Cost per earned micro-credential"
          value={money(t.costPerEarnedCents)}
          hint={t.earned ? `${t.earned.toLocaleString()} earned` : 'Nobody has earned one yet'}
        />
      </dl>
      <SeatUsageBar usage={t} />
      {report.orgs.length > 1 ? (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">Seats per organization</caption>
            <thead className="border-b border-slate-300 text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3 font-semibold">
                  Organization
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-semibold">
                  Seats
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-semibold">
                  Used
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-semibold">
                  Earned
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-semibold">
                  Left
                </th>
                <th scope="col" className="py-2 text-right font-semibold">
                  Cost per earned
                </th>
              </tr>
            </thead>
            <tbody>
              {report.orgs.map((o) => (
                <tr key={o.id} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-3 font-medium text-slate-900">
                    {o.name}
                  </th>
                  <td className="py-2 pr-3 text-right tabular-nums">{o.usage.total}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{o.usage.used}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{o.usage.earned}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{o.usage.remaining}</td>
                  <td className="py-2 text-right tabular-nums">{money(o.usage.costPerEarnedCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
