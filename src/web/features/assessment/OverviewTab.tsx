import { useState } from 'react';
import { SelectField } from '../../components/Field.js';
import { Section } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { PageSkeleton } from '../../components/Skeleton.js';
import { formatDate, plural } from '../../lib/format.js';
import { useDashboard, type AssessmentDashboard } from './assessment-api.js';
import {
  formatAge,
  formatBusinessDays,
  formatKappa,
  formatShare,
  formatWeek,
  kappaWords,
} from './assessment-format.js';
import { BarChart, type Bar } from './BarChart.js';
import { backlogBars } from './backlog-bars.js';
import { StackedBars, type Series } from './StackedBars.js';
import { StatTile } from './StatTile.js';
import { rowClass, TableRegion, tableClass, td, th, theadClass } from './TableRegion.js';

const WINDOWS = [30, 90, 180, 365] as const;

type Agreement = AssessmentDashboard['byMicroCredential'][number]['agreement'];

const WEEK_SERIES: readonly Series<'onTime' | 'late'>[] = [
  { key: 'onTime', label: 'On time', fill: 'bg-emerald-700' },
  {
    key: 'late',
    label: 'Late (striped)',
    fill: 'bg-orange-700',
    texture: 'repeating-linear-gradient(135deg, rgba(255,255,255,.45) 0 3px, transparent 3px 7px)',
  },
];

/** A bar for one row's agreement: exact agreement drawn, kappa and pairs in words beside it. */
function agreementBar(id: string, label: string, a: Agreement): Bar {
  return {
    id,
    label,
    value: a.pairs ? a.exact : null,
    valueText: a.pairs ? formatShare(a.exact) : 'No pairs',
    detail: a.pairs
      ? `κ ${formatKappa(a.kappa)} (${kappaWords(a.kappa)}) · ${plural(a.pairs, 'pair')}`
      : 'No double-scored pairs in this period',
    cells: [formatShare(a.exact), formatKappa(a.kappa), String(a.pairs)],
  };
}

const AGREEMENT_COLUMNS = ['Exact agreement', "Cohen's kappa", 'Pairs'];

function BacklogChart({ rows }: { rows: AssessmentDashboard['backlog']['byMicroCredential'] }) {
  const { bars, max } = backlogBars(rows);
  return (
    <div className="mt-4">
      <BarChart
        title="Unfinished reviews by micro-credential"
        tableCaption="Unfinished reviews by micro-credential"
        columns={['Micro-credential', 'Waiting', 'Open', 'Overdue']}
        bars={bars}
        max={max}
        formatTick={(v) => (Number.isInteger(v) ? v.toLocaleString() : '')}
      />
    </div>
  );
}

function Backlog({ data }: { data: AssessmentDashboard }) {
  const { backlog, turnaround } = data;
  const now = new Date();
  return (
    <>
      <Section id="backlog" title="Backlog now">
        <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <StatTile
            icon="inbox"
            label="Waiting"
            value={backlog.waiting.toLocaleString()}
            note="No free qualified assessor yet"
          />
          <StatTile
            icon="clipboard"
            label="Open"
            value={backlog.open.toLocaleString()}
            note="Assigned, not done"
          />
          <StatTile
            icon="clock"
            label="Overdue"
            value={backlog.overdue.toLocaleString()}
            note="Past their due date"
            alert={backlog.overdue > 0}
          />
          <StatTile
            icon="clock"
            label="Oldest waiting"
            value={backlog.oldestWaitingSince ? formatAge(backlog.oldestWaitingSince, now) : 'None'}
            note={
              backlog.oldestWaitingSince ? `Since ${formatDate(backlog.oldestWaitingSince)}` : 'Nothing waits'
            }
          />
        </dl>
        {backlog.byMicroCredential.length ? <BacklogChart rows={backlog.byMicroCredential} /> : null}
      </Section>
      <Section id="turnaround" title={`Turnaround, last ${data.windowDays} days`}>
        <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <StatTile icon="check" label="Completed reviews" value={turnaround.count.toLocaleString()} />
          <StatTile
            icon="clock"
            label="Median"
            value={formatBusinessDays(turnaround.medianBusinessDays)}
            note="From assignment to decision"
          />
          <StatTile
            icon="clock"
            label="90th percentile"
            value={formatBusinessDays(turnaround.p90BusinessDays)}
            note="9 in 10 reviews were done within this"
          />
          <StatTile
            icon="award"
            label="On time"
            value={formatShare(turnaround.onTimeShare)}
            note="Done by their due date; open reviews past due count as late"
          />
        </dl>
      </Section>
    </>
  );
}

function AssessorTurnaround({ data }: { data: AssessmentDashboard }) {
  if (!data.byAssessor.length) return null;
  return (
    <Section id="by-assessor" title="Turnaround by assessor">
      <TableRegion label="Turnaround by assessor">
        <table className={tableClass}>
          <caption className="sr-only">Turnaround by assessor, last {data.windowDays} days</caption>
          <thead className={theadClass}>
            <tr>
              <th scope="col" className={th}>
                Assessor
              </th>
              <th scope="col" className={th}>
                Completed
              </th>
              <th scope="col" className={th}>
                Median
              </th>
              <th scope="col" className={th}>
                90th percentile
              </th>
              <th scope="col" className={th}>
                On time
              </th>
            </tr>
          </thead>
          <tbody>
            {data.byAssessor.map((a) => (
              <tr key={a.id} className={rowClass}>
                <th scope="row" className={`${td} font-medium`}>
                  {a.name}
                </th>
                <td className={`${td} tabular-nums`}>{a.count}</td>
                <td className={`${td} whitespace-nowrap tabular-nums`}>
                  {formatBusinessDays(a.medianBusinessDays)}
                </td>
                <td className={`${td} whitespace-nowrap tabular-nums`}>
                  {formatBusinessDays(a.p90BusinessDays)}
                </td>
                <td className={`${td} tabular-nums`}>{formatShare(a.onTimeShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </Section>
  );
}

function CriterionAgreement({ data }: { data: AssessmentDashboard }) {
  const titles = new Map(data.byMicroCredential.map((m) => [m.id, m.title]));
  return (
    <Section id="by-criterion" title="Agreement by criterion">
      {data.byCriterion.length === 0 ? (
        <p className="text-slate-700">No double-scored pairs in this period yet.</p>
      ) : (
        <TableRegion label="Agreement by criterion">
          <table className={tableClass}>
            <caption className="sr-only">
              Agreement on rubric levels per criterion, from double-scored pairs in the last {data.windowDays}{' '}
              days
            </caption>
            <thead className={theadClass}>
              <tr>
                <th scope="col" className={th}>
                  Criterion
                </th>
                <th scope="col" className={th}>
                  Micro-credential
                </th>
                <th scope="col" className={th}>
                  Exact
                </th>
                <th scope="col" className={th}>
                  Kappa
                </th>
                <th scope="col" className={th}>
                  Pairs
                </th>
              </tr>
            </thead>
            <tbody>
              {data.byCriterion.map((c) => (
                <tr key={`${c.microCredentialId}/${c.criterionId}`} className={rowClass}>
                  <th scope="row" className={`${td} font-medium`}>
                    {c.title}
                  </th>
                  <td className={td}>{titles.get(c.microCredentialId) ?? '—'}</td>
                  <td className={`${td} tabular-nums`}>{formatShare(c.agreement.exact)}</td>
                  <td className={`${td} whitespace-nowrap tabular-nums`}>
                    {formatKappa(c.agreement.kappa)}{' '}
                    <span className="text-slate-700">({kappaWords(c.agreement.kappa)})</span>
                  </td>
                  <td className={`${td} tabular-nums`}>{c.agreement.pairs}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </Section>
  );
}

function Dashboard({ data }: { data: AssessmentDashboard }) {
  return (
    <>
      <Backlog data={data} />
      <Section id="charts" title="Charts">
        <div className="grid gap-4 lg:grid-cols-2">
          <div className="lg:col-span-2">
            <StackedBars
              title="Completed reviews per week, on time and late"
              tableCaption="Completed reviews per week"
              labelHeader="Week"
              series={WEEK_SERIES}
              columns={data.weekly.map((w) => {
                const { short, long } = formatWeek(w.weekStart);
                return {
                  id: w.weekStart,
                  label: long,
                  shortLabel: short,
                  values: { onTime: w.onTime, late: w.late },
                };
              })}
              empty="No reviews were completed in this period."
            />
          </div>
          <BarChart
            title="Agreement by assessor (exact agreement on decisions)"
            tableCaption="Agreement by assessor"
            columns={['Assessor', ...AGREEMENT_COLUMNS]}
            bars={data.byAssessor.map((a) => agreementBar(a.id, a.name, a.agreement))}
            empty="No assessor completed a review in this period."
          />
          <BarChart
            title="Agreement by micro-credential (exact agreement on decisions)"
            tableCaption="Agreement by micro-credential"
            columns={['Micro-credential', ...AGREEMENT_COLUMNS]}
            bars={data.byMicroCredential.map((m) => agreementBar(m.id, m.title, m.agreement))}
            empty="No micro-credential was decided in this period."
          />
        </div>
        <p className="mt-3 text-sm text-slate-700">
          Agreement compares the two independent decisions of double-scored attempts. Cohen’s kappa corrects
          for agreement by chance: 1 is perfect, 0 is no better than chance.
        </p>
      </Section>
      <AssessorTurnaround data={data} />
      <CriterionAgreement data={data} />
    </>
  );
}

/** The issuer's assessment at a glance: backlog, turnaround, on-time share and agreement. */
export function OverviewTab({ issuerId }: { issuerId: string }) {
  const [days, setDays] = useState<number>(90);
  const dashboard = useDashboard(issuerId, days);
  return (
    <div>
      <SelectField
        label="Period"
        className="mb-5 max-w-xs"
        value={String(days)}
        onChange={(e) => setDays(Number(e.target.value))}
        options={WINDOWS.map((d) => ({ value: String(d), label: `Last ${d} days` }))}
      />
      <QueryState query={dashboard} loading={<PageSkeleton label="Loading the dashboard…" />}>
        {(data) => <Dashboard data={data} />}
      </QueryState>
    </div>
  );
}
