import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { StatusChip } from '../../components/StatusChip.js';
import { formatDateTime } from '../../lib/format.js';
import { reportCsvUrl, useRosterHistory } from './roster-api.js';

/** Earlier runs for the organization, newest first. */
export function RosterHistory({ orgId }: { orgId: string }) {
  const history = useRosterHistory(orgId);
  return (
    <QueryState query={history} loading={<ListSkeleton rows={2} />}>
      {({ items }) =>
        items.length ? (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
            {items.map((run) => (
              <li key={run.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <div className="min-w-0">
                  <p className="font-medium break-all text-slate-900">{run.fileName}</p>
                  <p className="text-sm text-slate-700">
                    {formatDateTime(run.createdAt)}
                    {run.actorName ? ` · ${run.actorName}` : ' · command line'} · {run.counts.created} new,{' '}
                    {run.counts.changed} changed, {run.counts.deactivated} leaving, {run.counts.rejected}{' '}
                    rejected
                  </p>
                </div>
                <div className="flex items-center gap-2">
                  {run.applied ? (
                    <StatusChip tone="success" icon="check">
                      Applied
                    </StatusChip>
                  ) : run.dryRun ? (
                    <StatusChip tone="info" icon="eye">
                      Preview
                    </StatusChip>
                  ) : (
                    <StatusChip tone="danger" icon="alert">
                      Not applied
                    </StatusChip>
                  )}
                  <a className="text-sm" href={reportCsvUrl(run.id)} download>
                    Report (CSV)<span className="sr-only"> of {run.fileName}</span>
                  </a>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">No imports yet for this organization.</p>
        )
      }
    </QueryState>
  );
}
