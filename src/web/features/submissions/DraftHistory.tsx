import { useCallback, useEffect, useRef, useState } from 'react';
import type { MicroCredentialContent } from '../../../contracts/micro-credential.js';
import type { DraftVersionSummary, DraftVersionView } from '../../../contracts/submissions.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Notice } from '../../components/Notice.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton, SkeletonText } from '../../components/Skeleton.js';
import { plural } from '../../lib/format.js';
import { PART_SHORT } from '../../lib/labels.js';
import type { DraftFields } from './draft-merge.js';
import { differingRange } from './DiffText.js';
import { useDraftVersion, useDraftVersions } from './submissions-api.js';
import type { RestoreOutcome } from './use-draft-autosave.js';

const savedAtFmt = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
});
/** "Tue, Nov 3, 10:42:07 AM": versions can be seconds apart, so the seconds count. */
export const formatSavedAt = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : savedAtFmt.format(d);
};

type ListProps = {
  items: readonly DraftVersionSummary[];
  onSelect: (revision: number) => void;
};

/** The saved versions, newest first: when each was saved and how many words it held. */
export function DraftVersionList({ items, onSelect }: ListProps) {
  if (!items.length) {
    return (
      <EmptyState icon="clock" title="No saved versions yet">
        Versions appear here as your answers are saved.
      </EmptyState>
    );
  }
  return (
    <ol className="divide-y divide-slate-200 rounded-md border border-slate-200" aria-label="Saved versions">
      {items.map((v, i) => (
        <li key={v.revision}>
          <button
            type="button"
            id={`draft-version-${v.revision}`}
            onClick={() => onSelect(v.revision)}
            className="flex w-full flex-wrap items-baseline justify-between gap-x-3 gap-y-1 px-3 py-3 text-left hover:bg-slate-50 focus-visible:bg-slate-50"
          >
            <span className="font-medium text-slate-900">
              <time dateTime={v.savedAt}>{formatSavedAt(v.savedAt)}</time>
              {i === 0 ? (
                <span className="ml-2 text-sm font-normal text-emerald-800">latest save</span>
              ) : null}
            </span>
            <span className="text-sm text-slate-700 tabular-nums">{plural(v.words, 'word')}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

/**
 * `text` with the part that differs from `other` marked. Unlike the conflict dialog's DiffText it
 * does not scroll each mark into view: a preview holds many answers and is read from the top.
 */
function Changed({ text, other }: { text: string; other: string }) {
  if (!text) return <span className="text-slate-600 italic">(empty)</span>;
  const { start, end } = differingRange(text, other);
  if (start >= end) return <>{text}</>;
  return (
    <>
      {text.slice(0, start)}
      <mark className="rounded-sm bg-amber-200 text-slate-900">
        <span className="sr-only">[differs from now: </span>
        {text.slice(start, end)}
        <span className="sr-only">]</span>
      </mark>
      {text.slice(end)}
    </>
  );
}

type PreviewProps = {
  version: DraftVersionView;
  content: MicroCredentialContent;
  /** What the editor holds now; the parts of the version that differ from it are marked. */
  current: DraftFields;
};

/** One saved version in full, each answer under its question, changes against the editor marked. */
export function DraftVersionPreview({ version, content, current }: PreviewProps) {
  const sections = (['part1', 'part3'] as const).flatMap((part) =>
    content.requirements[part].questions.map((q, i) => ({
      key: `${part}-${q.id}`,
      label: `${PART_SHORT[part]}, question ${i + 1}: ${q.prompt}`,
      text: version.answers[part][q.id] ?? '',
      now: current.answers[part][q.id] ?? '',
    })),
  );
  const extra = [
    {
      key: 'summary',
      label: 'Public summary',
      text: version.answers.publicSummary ?? '',
      now: current.publicSummary,
    },
    {
      key: 'note',
      label: 'Note on what changed',
      text: version.resubmissionNote ?? '',
      now: current.resubmissionNote,
    },
  ].filter((s) => s.text || s.now);
  return (
    <div className="space-y-5">
      <p className="text-sm text-slate-700">
        Highlighted: where this version differs from what the editor shows now.
      </p>
      {[...sections, ...extra].map((s) => (
        <section key={s.key} aria-label={s.label}>
          <h4 className="font-semibold text-slate-900">{s.label}</h4>
          <p className="mt-1 max-h-72 overflow-y-auto rounded bg-slate-50 p-2 text-sm whitespace-pre-wrap text-slate-900">
            <Changed text={s.text} other={s.now} />
          </p>
        </section>
      ))}
    </div>
  );
}

type Props = {
  submissionId: string;
  content: MicroCredentialContent;
  current: DraftFields;
  /** Whether the draft can still change (a submitted attempt's history is read-only). */
  editable: boolean;
  onRestore: (version: DraftVersionView) => Promise<RestoreOutcome>;
  /** Told once a version is the draft again. */
  onRestored: (version: DraftVersionView) => void;
};

/** "Version history": a drawer listing the draft's saved versions, a preview, and restore. */
export function DraftHistory({ submissionId, content, current, editable, onRestore, onRestored }: Props) {
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const list = useDraftVersions(submissionId, open);
  const version = useDraftVersion(submissionId, selected);
  const lastSelected = useRef<number | null>(null);

  // Moving between the list and a preview keeps keyboard and screen reader users in place: the
  // preview's heading takes focus when it appears, the version chosen when going back.
  const focusOnMount = useCallback((el: HTMLElement | null) => el?.focus(), []);
  useEffect(() => {
    if (selected === null && lastSelected.current !== null)
      document.getElementById(`draft-version-${lastSelected.current}`)?.focus();
  }, [selected]);

  const select = (revision: number | null) => {
    if (revision !== null) lastSelected.current = revision;
    setSelected(revision);
    setConfirming(false);
    setError(null);
  };
  const close = () => {
    setOpen(false);
    select(null);
    lastSelected.current = null;
  };
  const restore = async (v: DraftVersionView) => {
    setBusy(true);
    setError(null);
    const outcome = await onRestore(v);
    setBusy(false);
    if (outcome.ok) {
      close();
      onRestored(v);
    } else {
      setConfirming(false);
      setError(outcome.message);
      void list.refetch();
    }
  };

  const shown = selected !== null && version.data?.revision === selected ? version.data : null;
  const footer =
    shown && editable ? (
      confirming ? (
        <div className="w-full space-y-3">
          <p className="text-slate-900">
            Restore the version saved {formatSavedAt(shown.savedAt)}? What the editor shows now stays in the
            history, so you can come back to it.
          </p>
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={busy}>
              Cancel
            </Button>
            <Button icon="refresh" busy={busy} onClick={() => void restore(shown)}>
              Yes, restore it
            </Button>
          </div>
        </div>
      ) : (
        <Button icon="refresh" onClick={() => setConfirming(true)}>
          Restore this version
        </Button>
      )
    ) : undefined;

  return (
    <>
      <Button variant="secondary" size="sm" icon="clock" onClick={() => setOpen(true)}>
        Version history
      </Button>
      <Dialog open={open} onClose={close} variant="drawer" title="Version history" footer={footer}>
        {error ? (
          <Notice tone="error" className="mb-4">
            {error}
          </Notice>
        ) : null}
        {selected === null ? (
          <>
            <p className="mb-3 text-sm text-slate-700">
              Every save is kept: each one of the last few minutes, then the last of each minute, each ten
              minutes and each hour. Choose one to see it.
            </p>
            <QueryState
              query={list}
              loading={<ListSkeleton rows={4} label="Loading saved versions…" />}
              errorTitle="The saved versions could not be loaded"
            >
              {(page) => <DraftVersionList items={page.items} onSelect={select} />}
            </QueryState>
          </>
        ) : (
          <>
            <Button variant="ghost" size="sm" icon="arrowLeft" onClick={() => select(null)}>
              All versions
            </Button>
            <QueryState
              query={version}
              loading={<SkeletonText lines={6} />}
              errorTitle="This version could not be loaded"
            >
              {(v) => (
                <div className="mt-3">
                  <h3 ref={focusOnMount} tabIndex={-1} className="text-base font-semibold outline-none">
                    Saved {formatSavedAt(v.savedAt)} · {plural(v.words, 'word')}
                  </h3>
                  <div className="mt-3">
                    <DraftVersionPreview version={v} content={content} current={current} />
                  </div>
                </div>
              )}
            </QueryState>
          </>
        )}
      </Dialog>
    </>
  );
}
