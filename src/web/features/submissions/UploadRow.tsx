import { Fragment } from 'react';
import { Button, Spinner } from '../../components/Button.js';
import { Icon } from '../../components/Icon.js';
import { Notice } from '../../components/Notice.js';
import { ProgressBar } from '../../components/ProgressBar.js';
import { formatBytes } from '../../lib/format.js';
import type { UploadItem } from './upload-queue.js';
import { describeProgress, percentOf } from './upload-rate.js';

export type UploadActions = {
  pause: (key: string) => void;
  resume: (key: string) => void;
  cancel: (key: string) => void;
  dismiss: (key: string) => void;
};

/** What the row says under its bar, by phase. */
function StatusLine({ item }: { item: UploadItem }) {
  const pct = percentOf(item.sent, item.size);
  switch (item.phase) {
    case 'checking':
      return <p className="text-sm text-slate-700">Getting ready…</p>;
    case 'uploading':
      return (
        <p className="text-sm text-slate-700 tabular-nums">
          {describeProgress(item.sent, item.size, item.rate)
            .split(' · ')
            .map((part, i) => (
              <Fragment key={i}>
                {i ? ' · ' : null}
                <span className="whitespace-nowrap">{part}</span>
              </Fragment>
            ))}
          {item.resumed ? <span className="block">Continuing the upload you started earlier.</span> : null}
        </p>
      );
    case 'processing':
      return (
        <p className="flex items-center gap-1.5 text-sm text-slate-700">
          <Spinner className="h-3.5 w-3.5" /> Sent — checking the file…
        </p>
      );
    case 'paused':
      return <p className="text-sm text-slate-700 tabular-nums">Paused at {pct}%</p>;
    case 'waiting':
      return (
        <p className="flex items-center gap-1.5 text-sm font-medium text-amber-900">
          <Icon name="alert" className="h-4 w-4" /> Connection lost — will resume ({pct}% sent)
        </p>
      );
    case 'failed':
      return (
        <p className="flex items-start gap-1.5 text-sm font-medium text-red-800">
          <Icon name="alert" className="mt-0.5 h-4 w-4 shrink-0" />
          <span>
            Stopped at {pct}%: {item.message}
          </span>
        </p>
      );
    case 'done':
      return (
        <p className="flex items-center gap-1.5 text-sm font-medium text-emerald-800">
          <Icon name="check" className="h-4 w-4" /> Uploaded
        </p>
      );
    case 'refused':
      return null;
  }
}

/**
 * One file on its way: name, size, progress with speed and time left, and what can be done
 * with it now (pause, resume, retry, cancel). A refused file shows why, in the server's words.
 */
export function UploadRow({ item, actions }: { item: UploadItem; actions: UploadActions }) {
  const name = <span className="sr-only"> {item.name}</span>;
  if (item.phase === 'refused') {
    return (
      <li className="p-3">
        <Notice tone="error" title={`Not uploaded: ${item.name}`}>
          <p>{item.message}</p>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => actions.dismiss(item.key)}>
            Dismiss{name}
          </Button>
        </Notice>
      </li>
    );
  }
  const pct = percentOf(item.sent, item.size);
  return (
    <li className="space-y-2 p-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <p className="flex min-w-0 items-start gap-1.5 font-medium text-slate-900">
          <Icon name="file" className="mt-0.5 h-4 w-4 shrink-0 text-slate-500" />
          <span className="break-all">{item.name}</span>
        </p>
        <span className="text-sm text-slate-700 tabular-nums">{formatBytes(item.size)}</span>
      </div>
      <ProgressBar
        value={pct}
        label={`Uploading ${item.name}`}
        tone={item.phase === 'done' ? 'success' : 'brand'}
      />
      <StatusLine item={item} />
      <div className="flex flex-wrap gap-2">
        {item.phase === 'uploading' || item.phase === 'checking' ? (
          <Button variant="secondary" size="sm" onClick={() => actions.pause(item.key)}>
            Pause{name}
          </Button>
        ) : null}
        {item.phase === 'paused' ? (
          <Button variant="secondary" size="sm" icon="upload" onClick={() => actions.resume(item.key)}>
            Resume{name}
          </Button>
        ) : null}
        {item.phase === 'failed' ? (
          <Button variant="secondary" size="sm" icon="refresh" onClick={() => actions.resume(item.key)}>
            Retry{name}
          </Button>
        ) : null}
        {item.phase !== 'processing' && item.phase !== 'done' ? (
          <Button variant="ghost" size="sm" icon="x" onClick={() => actions.cancel(item.key)}>
            Cancel{name}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
