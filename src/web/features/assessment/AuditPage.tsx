import { getRouteApi } from '@tanstack/react-router';
import type { MeView } from '../../../contracts/auth.js';
import { Button, buttonClass } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorState } from '../../components/ErrorState.js';
import { Icon } from '../../components/Icon.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { formatDateTime } from '../../lib/format.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { IssuerPageFrame } from '../issuer/IssuerPageFrame.js';
import { auditCsvUrl, useAuditLog, usePool, type AuditEntryView } from './assessment-api.js';
import { shortId } from './assessment-format.js';
import { describeAction, summarizeChange } from './audit-format.js';
import { rowClass, TableRegion, tableClass, td, th, theadClass } from './TableRegion.js';

const route = getRouteApi('/issuer/audit');

function EntryRow({ entry, names }: { entry: AuditEntryView; names: ReadonlyMap<string, string> }) {
  const changes = summarizeChange(entry.before, entry.after, names);
  return (
    <tr className={rowClass}>
      <td className={`${td} whitespace-nowrap`}>
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
      </td>
      <td className={td}>
        {entry.actor ? entry.actor.name : <span className="text-slate-700">Platform</span>}
      </td>
      <th scope="row" className={`${td} font-medium`}>
        {describeAction(entry.action)}
      </th>
      <td className={`${td} whitespace-nowrap`}>
        {entry.subjectType} <code className="text-xs text-slate-700">{shortId(entry.subjectId)}</code>
      </td>
      <td className={`${td} min-w-48`}>
        {changes.length ? (
          <ul className="space-y-0.5">
            {changes.map((line, i) => (
              <li key={i} className="break-words">
                {line}
              </li>
            ))}
          </ul>
        ) : (
          <span className="text-slate-700">—</span>
        )}
      </td>
    </tr>
  );
}

function AuditLog({ issuerId }: { issuerId: string }) {
  const log = useAuditLog(issuerId);
  // Ids in before/after are shown as names where the pool knows them.
  const pool = usePool(issuerId);
  const names = new Map((pool.data ?? []).map((m) => [m.id, m.name]));
  if (log.isPending) return <ListSkeleton rows={3} label="Loading the audit log…" />;
  // A failed next page keeps the entries already shown; only a failed first load replaces them.
  if (!log.data) return <ErrorState error={log.error} onRetry={() => void log.refetch()} />;
  const entries = log.data.pages.flatMap((p) => p.items);
  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <p className="max-w-2xl text-slate-700">
          Every assignment, score, decision, reassignment, appeal and settings change, newest first. Entries
          can never be edited or deleted.
        </p>
        <a href={auditCsvUrl(issuerId)} download className={buttonClass('secondary', 'md', 'self-start')}>
          <Icon name="download" className="h-4 w-4" /> Download CSV
          <span className="sr-only"> of the whole audit log</span>
        </a>
      </div>
      {entries.length === 0 ? (
        <EmptyState icon="file" title="Nothing recorded yet">
          Entries appear when reviews are assigned, scored and decided.
        </EmptyState>
      ) : (
        <>
          <TableRegion label="Audit log">
            <table className={`${tableClass} min-w-[44rem]`}>
              <caption className="sr-only">Audit log, newest first</caption>
              <thead className={theadClass}>
                <tr>
                  <th scope="col" className={th}>
                    Time
                  </th>
                  <th scope="col" className={th}>
                    Who
                  </th>
                  <th scope="col" className={th}>
                    Action
                  </th>
                  <th scope="col" className={th}>
                    Subject
                  </th>
                  <th scope="col" className={th}>
                    Change
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <EntryRow key={e.id} entry={e} names={names} />
                ))}
              </tbody>
            </table>
          </TableRegion>
          <div className="flex flex-wrap items-center gap-3" aria-live="polite">
            <p className="text-sm text-slate-700">{entries.length.toLocaleString()} entries shown</p>
            {log.hasNextPage ? (
              <Button
                variant="secondary"
                icon="chevronDown"
                busy={log.isFetchingNextPage}
                onClick={() => void log.fetchNextPage()}
              >
                Show older entries
              </Button>
            ) : (
              <p className="text-sm text-slate-700">That is the beginning of the log.</p>
            )}
          </div>
          {log.isFetchNextPageError ? (
            <ErrorState
              error={log.error}
              title="Older entries could not be loaded"
              onRetry={() => void log.fetchNextPage()}
            />
          ) : null}
        </>
      )}
    </div>
  );
}

function Audit({ me }: { me: MeView }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <IssuerPageFrame
      me={me}
      selected={search.issuer}
      onSelect={(issuer) => void navigate({ search: { issuer } })}
      title="Audit log"
      describe={(name) => `Who did what in ${name}’s assessment, and when: the append-only record.`}
      other={{ to: '/issuer/assessment', label: 'Assessment', icon: 'clipboard' }}
    >
      {(issuerId) => <AuditLog key={issuerId} issuerId={issuerId} />}
    </IssuerPageFrame>
  );
}

export function AuditPage() {
  useDocumentTitle('Audit log');
  return <RequireAuth roles={['issuer_admin']}>{(me) => <Audit me={me} />}</RequireAuth>;
}
