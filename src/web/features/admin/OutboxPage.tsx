import { useState } from 'react';
import { emailKindOf, EMAIL_KINDS } from '../../../contracts/notifications.js';
import { EmptyState } from '../../components/EmptyState.js';
import { SelectField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { PageHeader } from '../../components/PageHeader.js';
import { Pagination } from '../../components/Pagination.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { StatusChip } from '../../components/StatusChip.js';
import { formatDateTime, plural } from '../../lib/format.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { OUTBOX_PAGE, useOutbox, type OutboxItem, type OutboxStatus } from '../notifications/outbox-api.js';

const FILTERS = [
  { value: '', label: 'All emails' },
  { value: 'pending', label: 'Waiting to be sent' },
  { value: 'sent', label: 'Sent' },
  { value: 'failed', label: 'Failed' },
] as const;

const kindLabel = (kind: string) => EMAIL_KINDS.find((k) => k.kind === emailKindOf(kind))?.label ?? kind;

function Status({ item, smtp }: { item: OutboxItem; smtp: boolean }) {
  if (item.status === 'sent')
    return (
      <StatusChip tone="success" icon="check">
        Sent
      </StatusChip>
    );
  if (item.gaveUp)
    return (
      <StatusChip tone="danger" icon="alert">
        Failed
      </StatusChip>
    );
  if (item.status === 'failed')
    return (
      <StatusChip tone="warning" icon="refresh">
        Retrying
      </StatusChip>
    );
  return (
    <StatusChip tone="neutral" icon="clock">
      {smtp ? 'Waiting' : 'Not sent (no SMTP)'}
    </StatusChip>
  );
}

function OutboxEntry({ item, smtp }: { item: OutboxItem; smtp: boolean }) {
  return (
    <li>
      <details className="group">
        <summary className="flex cursor-pointer list-none flex-col gap-1 p-4 hover:bg-slate-50 sm:flex-row sm:items-start sm:gap-4">
          <span className="block min-w-0 flex-1">
            <span className="block font-semibold break-words text-slate-900">{item.subject}</span>
            <span className="block text-sm break-words text-slate-700">
              To {item.to} · {kindLabel(item.kind)} ·{' '}
              <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
            </span>
          </span>
          <span className="flex items-center gap-2">
            <Status item={item} smtp={smtp} />
            <span className="text-sm text-brand-800 underline group-open:hidden">Show email</span>
            <span className="hidden text-sm text-brand-800 underline group-open:inline">Hide email</span>
          </span>
        </summary>
        <div className="space-y-3 border-t border-slate-200 bg-slate-50 p-4">
          <pre className="font-sans text-sm break-words whitespace-pre-wrap text-slate-900">{item.body}</pre>
          <dl className="grid gap-x-4 gap-y-1 text-sm text-slate-700 sm:grid-cols-[auto_1fr]">
            {item.sentAt ? (
              <>
                <dt className="font-medium">Sent at</dt>
                <dd>{formatDateTime(item.sentAt)}</dd>
              </>
            ) : null}
            <dt className="font-medium">Tries</dt>
            <dd>{item.tries}</dd>
            {item.nextTryAt && smtp ? (
              <>
                <dt className="font-medium">Next try</dt>
                <dd>{formatDateTime(item.nextTryAt)}</dd>
              </>
            ) : null}
            {item.lastError ? (
              <>
                <dt className="font-medium">Last error</dt>
                <dd className="break-words text-red-800">{item.lastError}</dd>
              </>
            ) : null}
          </dl>
        </div>
      </details>
    </li>
  );
}

/** The outbox itself: a filter, the emails newest first, and paging. */
export function Outbox() {
  const [status, setStatus] = useState<OutboxStatus | ''>('');
  const [offset, setOffset] = useState(0);
  const outbox = useOutbox(status || undefined, offset);
  return (
    <div className="space-y-4">
      <SelectField
        label="Show"
        className="max-w-xs"
        options={FILTERS}
        value={status}
        onChange={(e) => {
          setStatus(e.currentTarget.value as OutboxStatus | '');
          setOffset(0);
        }}
      />
      <QueryState query={outbox} loading={<ListSkeleton rows={4} label="Loading the outbox…" />}>
        {(page) => (
          <>
            {page.delivery === 'in_app' ? (
              <Notice tone="warning" title="Emails are not being sent">
                No SMTP server is configured (MICROCRED_SMTP_URL), so emails are kept here and nobody receives
                them. People still see every notification in the app.
              </Notice>
            ) : null}
            <p className="text-sm text-slate-700" aria-live="polite">
              {plural(page.total, 'email')}
              {status ? ` · ${FILTERS.find((f) => f.value === status)!.label.toLowerCase()}` : ''}
            </p>
            {page.items.length === 0 ? (
              <EmptyState icon="inbox" title="No emails here">
                Emails appear when people are notified of submissions, decisions, appeals and reviews.
              </EmptyState>
            ) : (
              <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
                {page.items.map((item) => (
                  <OutboxEntry key={item.id} item={item} smtp={page.delivery === 'smtp'} />
                ))}
              </ul>
            )}
            <Pagination
              total={page.total}
              limit={OUTBOX_PAGE}
              offset={offset}
              onChange={setOffset}
              label="Outbox pages"
            />
          </>
        )}
      </QueryState>
    </div>
  );
}

export function OutboxPage() {
  useDocumentTitle('Email outbox');
  return (
    <RequireAuth roles={['platform_admin']}>
      {() => (
        <>
          <PageHeader
            title="Email outbox"
            description="Every email the platform wrote, newest first: what was sent, what waits, and what failed."
          />
          <Outbox />
        </>
      )}
    </RequireAuth>
  );
}
