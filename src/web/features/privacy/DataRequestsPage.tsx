import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Notice } from '../../components/Notice.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { StatusChip } from '../../components/StatusChip.js';
import { TabList, TabPanel } from '../../components/Tabs.js';
import { formatDate, formatDateTime, plural } from '../../lib/format.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import {
  useAdminDataRequests,
  useCompleteDataRequest,
  type AdminDataRequestView,
  type DataRequestStatusId,
} from './privacy-api.js';

const TABS = [
  { id: 'pending', label: 'Waiting' },
  { id: 'completed', label: 'Completed' },
  { id: 'cancelled', label: 'Cancelled' },
] as const;

function RequestItem({
  r,
  onComplete,
}: {
  r: AdminDataRequestView;
  onComplete: (r: AdminDataRequestView) => void;
}) {
  const blocked = r.workUnderReview > 0;
  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start">
      <div className="min-w-0 flex-1 space-y-1">
        <p className="font-semibold break-words text-slate-900">{r.user.name}</p>
        <p className="text-sm break-all text-slate-700">{r.user.email}</p>
        <p className="text-sm text-slate-700">
          Asked {formatDateTime(r.createdAt)}
          {r.completedAt
            ? ` · ${r.status === 'completed' ? 'Completed' : 'Cancelled'} ${formatDate(r.completedAt)}`
            : ''}
        </p>
        {r.reason ? <p className="text-sm text-slate-700">Reason: “{r.reason}”</p> : null}
        <p className="flex flex-wrap gap-2 pt-1">
          {r.credentials ? (
            <StatusChip tone="info" icon="award">
              {plural(r.credentials, 'credential')} kept
            </StatusChip>
          ) : null}
          {blocked && r.status === 'pending' ? (
            <StatusChip tone="warning" icon="clock">
              {plural(r.workUnderReview, 'submission')} under review
            </StatusChip>
          ) : null}
        </p>
      </div>
      {r.status === 'pending' ? (
        <Button
          variant="danger"
          size="sm"
          icon="trash"
          className="self-start"
          disabled={blocked}
          title={blocked ? 'Wait until their work under review is decided' : undefined}
          onClick={() => onComplete(r)}
        >
          Delete their data<span className="sr-only"> ({r.user.name})</span>
        </Button>
      ) : null}
    </li>
  );
}

function RequestList({ status }: { status: DataRequestStatusId }) {
  const requests = useAdminDataRequests(status);
  const complete = useCompleteDataRequest();
  const [pending, setPending] = useState<AdminDataRequestView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const close = () => {
    setPending(null);
    complete.reset();
  };
  return (
    <>
      <div aria-live="polite">
        {done ? (
          <Notice tone="success" className="mb-3">
            The account data of {done} is deleted; their credentials are kept.
          </Notice>
        ) : null}
      </div>
      <QueryState query={requests} loading={<ListSkeleton rows={2} label="Loading requests…" />}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState icon="inbox" title={status === 'pending' ? 'No requests waiting' : 'None yet'}>
              {status === 'pending'
                ? 'When someone asks for their account data to be deleted, it appears here.'
                : null}
            </EmptyState>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {items.map((r) => (
                <RequestItem key={r.id} r={r} onComplete={setPending} />
              ))}
            </ul>
          )
        }
      </QueryState>
      <ConfirmDialog
        open={pending !== null}
        title={`Delete the account data of ${pending?.user.name ?? ''}?`}
        confirmLabel="Delete their data"
        danger
        busy={complete.isPending}
        onConfirm={() => {
          if (!pending) return;
          const name = pending.user.name;
          complete.mutate(pending.id, {
            onSuccess: () => {
              setDone(name);
              setPending(null);
            },
          });
        }}
        onCancel={close}
      >
        <div className="space-y-2 text-slate-700">
          <p>
            Their name and email are replaced, their password, sessions and API tokens end, their drafts are
            deleted and the evidence of their submitted work is purged. This cannot be undone.
          </p>
          <p>
            {pending?.credentials
              ? `Their ${plural(pending.credentials, 'issued credential')} ${pending.credentials === 1 ? 'is' : 'are'} kept exactly as signed`
              : 'They hold no credentials'}
            , and the audit log records this deletion.
          </p>
        </div>
        {complete.isError ? (
          <Notice tone="error" className="mt-3">
            {complete.error.message}
          </Notice>
        ) : null}
      </ConfirmDialog>
    </>
  );
}

function DataRequests() {
  const [tab, setTab] = useState<DataRequestStatusId>('pending');
  return (
    <>
      <PageHeader
        title="Data deletion requests"
        description="People who asked for their account data to be deleted. Carrying out a request anonymizes the account and deletes drafts and evidence; issued credentials are kept, exactly as signed."
      />
      <TabList
        tabs={TABS}
        selected={tab}
        onSelect={setTab}
        label="Requests by status"
        idPrefix="data-requests"
      />
      {TABS.map((t) => (
        <TabPanel key={t.id} idPrefix="data-requests" id={t.id} title={t.label} selected={tab === t.id}>
          <RequestList status={t.id} />
        </TabPanel>
      ))}
    </>
  );
}

/** For platform admins: requests to delete account data, and carrying them out. */
export function DataRequestsPage() {
  useDocumentTitle('Data deletion requests');
  return <RequireAuth roles={['platform_admin']}>{() => <DataRequests />}</RequireAuth>;
}
