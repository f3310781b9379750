import { useRef, useState } from 'react';
import { errorMessage } from '../../api/client.js';
import { Button, Spinner } from '../../components/Button.js';
import { ConfirmDialog, Dialog } from '../../components/Dialog.js';
import { TextAreaField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { Section } from '../../components/PageHeader.js';
import { ProgressBar } from '../../components/ProgressBar.js';
import { QueryState } from '../../components/QueryState.js';
import { SkeletonText } from '../../components/Skeleton.js';
import { StatusChip } from '../../components/StatusChip.js';
import { formatBytes, formatDate } from '../../lib/format.js';
import {
  downloadExport,
  useCancelDataRequest,
  useMyDataRequests,
  useRequestDeletion,
  type DataRequestView,
  type ExportProgress,
} from './privacy-api.js';

const REASON_MAX = 2000;

type DownloadState =
  | { step: 'idle' }
  | { step: 'working'; progress: ExportProgress | null }
  | { step: 'done'; how: 'saved' | 'browser' }
  | { step: 'failed'; message: string };

/** "Download my data": the zip with a progress bar while it arrives. */
function DownloadMyData() {
  const [state, setState] = useState<DownloadState>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const start = async () => {
    abort.current = new AbortController();
    setState({ step: 'working', progress: null });
    try {
      const how = await downloadExport(
        (progress) => setState({ step: 'working', progress }),
        abort.current.signal,
      );
      setState({ step: 'done', how });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') setState({ step: 'idle' });
      else setState({ step: 'failed', message: errorMessage(err) });
    }
  };
  const progress = state.step === 'working' ? state.progress : null;
  return (
    <div className="card space-y-3 p-5">
      <h3 className="font-semibold text-slate-900">Download your data</h3>
      <p className="text-slate-700">
        One zip file with your profile, every submission and attempt (your answers and the evidence files you
        uploaded, under their original names), the feedback you received and your credentials exactly as
        signed.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button icon="download" busy={state.step === 'working'} onClick={() => void start()}>
          {state.step === 'working' ? 'Preparing your download…' : 'Download my data (.zip)'}
        </Button>
        {state.step === 'working' ? (
          <Button variant="ghost" size="sm" onClick={() => abort.current?.abort()}>
            Stop
          </Button>
        ) : null}
      </div>
      <div aria-live="polite" className="space-y-2">
        {progress?.total ? (
          <>
            <ProgressBar label="Download progress" value={progress.received} max={progress.total} />
            <p className="text-sm text-slate-700">
              {formatBytes(progress.received)} of {formatBytes(progress.total)}
            </p>
          </>
        ) : progress ? (
          <p className="flex items-center gap-2 text-sm text-slate-700">
            <Spinner /> {formatBytes(progress.received)} received
          </p>
        ) : null}
        {state.step === 'done' ? (
          <Notice tone="success">
            {state.how === 'saved'
              ? 'Your data is downloaded. Look for a file named microcred-export in your downloads.'
              : 'Your export is large, so your browser is downloading it directly: its download list shows the progress.'}
          </Notice>
        ) : null}
        {state.step === 'failed' ? <Notice tone="error">{state.message}</Notice> : null}
      </div>
    </div>
  );
}

/** What a deletion removes and what it keeps, said before anyone asks for it. */
function WhatIsDeleted() {
  return (
    <div className="space-y-3 text-slate-700">
      <div>
        <p className="font-semibold text-slate-900">Deleted</p>
        <ul className="ml-5 list-disc space-y-1">
          <li>Your name, email address and password; you can no longer sign in.</li>
          <li>Your drafts, with their answers and evidence.</li>
          <li>The evidence files and written evidence of the work you submitted.</li>
          <li>Your notifications, settings and API tokens.</li>
        </ul>
      </div>
      <div>
        <p className="font-semibold text-slate-900">Kept</p>
        <ul className="ml-5 list-disc space-y-1">
          <li>
            The credentials you earned. They are signed statements that others may already rely on, so they
            stay exactly as issued and keep verifying. Download them (or all your data) first if you want a
            copy.
          </li>
          <li>The record that a decision was made, without your name, and the audit log.</li>
        </ul>
      </div>
      <p>A platform administrator carries out the request. Until then you can cancel it here.</p>
    </div>
  );
}

function PendingRequest({ request }: { request: DataRequestView }) {
  const cancel = useCancelDataRequest();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-center gap-2 text-slate-700">
        <StatusChip tone="warning" icon="clock">
          Waiting for an administrator
        </StatusChip>
        You asked for your account data to be deleted on {formatDate(request.createdAt)}.
      </p>
      {request.reason ? <p className="text-sm text-slate-700">Your reason: “{request.reason}”</p> : null}
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        Cancel the request
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Cancel your deletion request?"
        confirmLabel="Cancel the request"
        busy={cancel.isPending}
        onConfirm={() => cancel.mutate(request.id, { onSuccess: () => setConfirming(false) })}
        onCancel={() => {
          setConfirming(false);
          cancel.reset();
        }}
      >
        <p>Your account and everything in it stay as they are. You can ask again at any time.</p>
        {cancel.isError ? (
          <Notice tone="error" className="mt-3">
            {cancel.error.message}
          </Notice>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}

function RequestDeletion() {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const request = useRequestDeletion();
  const close = () => {
    setOpen(false);
    request.reset();
  };
  return (
    <>
      <Button variant="danger" icon="trash" onClick={() => setOpen(true)}>
        Request deletion of my data…
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title="Delete your account data?"
        footer={
          <>
            <Button variant="secondary" onClick={close}>
              Keep my account
            </Button>
            <Button
              variant="danger"
              busy={request.isPending}
              onClick={() =>
                request.mutate(reason, {
                  onSuccess: () => {
                    setReason('');
                    setOpen(false);
                  },
                })
              }
            >
              Send the request
            </Button>
          </>
        }
      >
        <div className="space-y-4">
          <WhatIsDeleted />
          <TextAreaField
            label="Anything we should know?"
            hint="Optional. Only platform administrators read it."
            rows={3}
            maxLength={REASON_MAX}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          {request.isError ? <Notice tone="error">{request.error.message}</Notice> : null}
        </div>
      </Dialog>
    </>
  );
}

/** "Delete my account data": the request's status, or a way to make one. */
function DeleteMyData() {
  const requests = useMyDataRequests();
  return (
    <div className="card space-y-3 p-5">
      <h3 className="font-semibold text-slate-900">Delete your account data</h3>
      <QueryState query={requests} loading={<SkeletonText lines={2} />}>
        {({ items }) => {
          const pending = items.find((r) => r.status === 'pending');
          return (
            <div aria-live="polite">
              {pending ? (
                <PendingRequest request={pending} />
              ) : (
                <div className="space-y-3">
                  <p className="text-slate-700">
                    Ask for your account and the evidence you submitted to be deleted. The credentials you
                    earned are kept, exactly as signed.
                  </p>
                  <RequestDeletion />
                </div>
              )}
            </div>
          );
        }}
      </QueryState>
    </div>
  );
}

/** The "Your data" section of the settings page: export everything, or ask for it to be deleted. */
export function YourData() {
  return (
    <Section id="your-data" title="Your data">
      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <DownloadMyData />
        <DeleteMyData />
      </div>
    </Section>
  );
}
