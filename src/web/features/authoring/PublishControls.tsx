import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthoringView } from '../../../contracts/catalog.js';
import type { Problem } from '../../../contracts/common.js';
import { ApiError, errorMessage } from '../../api/api-error.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { Notice } from '../../components/Notice.js';
import { authoringApi } from './authoring-api.js';

type Props = {
  view: AuthoringView;
  title: string;
  /** Saves pending edits; false when they could not be saved. */
  flush: () => Promise<boolean>;
  onView: (view: AuthoringView) => void;
  onProblems: (problems: Problem[]) => void;
};

/** Publish (a new version) and retire, each explained before it happens. */
export function PublishControls({ view, title, flush, onView, onProblems }: Props) {
  const [confirm, setConfirm] = useState<'publish' | 'retire' | null>(null);
  const [published, setPublished] = useState<number | null>(null);
  const nextVersion = (view.currentVersion ?? 0) + 1;

  const publish = useMutation({
    mutationFn: async () => {
      if (!(await flush()))
        throw new Error('The latest changes are not saved yet. Wait for “Saved”, then publish.');
      return authoringApi.publish(view.id);
    },
    onSuccess: (v) => {
      setConfirm(null);
      setPublished(v.currentVersion);
      onView(v);
      onProblems(v.problems);
    },
    onError: (err) => {
      setConfirm(null);
      if (err instanceof ApiError && err.problems.length) onProblems(err.problems);
    },
  });
  const retire = useMutation({
    mutationFn: () => authoringApi.retire(view.id),
    onSuccess: (v) => {
      setConfirm(null);
      onView(v);
    },
  });

  return (
    <div className="flex flex-wrap items-center gap-2">
      <div aria-live="polite" className="w-full empty:hidden sm:w-auto">
        {published ? <Notice tone="success">Published version {published}.</Notice> : null}
        {publish.isError ? <Notice tone="error">{errorMessage(publish.error)}</Notice> : null}
        {retire.isError ? <Notice tone="error">{errorMessage(retire.error)}</Notice> : null}
      </div>
      {view.status === 'published' ? (
        <Button variant="danger" size="sm" onClick={() => setConfirm('retire')}>
          Retire
        </Button>
      ) : null}
      <Button
        size="sm"
        icon="upload"
        onClick={() => setConfirm('publish')}
        disabled={!view.hasDraft}
        title={view.hasDraft ? undefined : 'No unpublished changes'}
      >
        Publish
      </Button>

      <ConfirmDialog
        open={confirm === 'publish'}
        title={`Publish version ${nextVersion}?`}
        confirmLabel={`Publish version ${nextVersion}`}
        busy={publish.isPending}
        onCancel={() => setConfirm(null)}
        onConfirm={() => publish.mutate()}
      >
        <div className="space-y-2">
          <p>
            Publishing makes this draft version {nextVersion} of “{title}”
            {view.currentVersion ? '' : ' and lists it in the catalog'}.
          </p>
          <ul className="list-disc space-y-1 pl-5 text-slate-800">
            <li>Educators who start it from now on work to version {nextVersion}.</li>
            <li>Submissions already in progress stay on the version they started.</li>
            <li>Everyone who already earned it keeps what they earned; their credentials stay valid.</li>
          </ul>
          <p>A published version cannot be changed; to change it later, edit and publish again.</p>
        </div>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'retire'}
        title="Retire this micro-credential?"
        confirmLabel="Retire"
        danger
        busy={retire.isPending}
        onCancel={() => setConfirm(null)}
        onConfirm={() => retire.mutate()}
      >
        <p>It leaves the catalog, so no one new can start it. Credentials already earned stay valid.</p>
      </ConfirmDialog>
    </div>
  );
}
