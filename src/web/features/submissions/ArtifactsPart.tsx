import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ArtifactView } from '../../../contracts/submissions.js';
import { errorMessage } from '../../api/api-error.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { Notice } from '../../components/Notice.js';
import { StatusChip } from '../../components/StatusChip.js';
import type { ArtifactRequirementLike } from '../micro-credential/content-like.js';
import { ArtifactRequirementSummary } from '../micro-credential/RequirementList.js';
import { Icon } from '../../components/Icon.js';
import { AddArtifactForm, type AddMode } from './AddArtifactForm.js';
import { ArtifactDisplay } from './ArtifactDisplay.js';
import { submissionsApi } from './submissions-api.js';
import type { UploadLimits } from './upload-checks.js';
import { useUploads } from './upload-queue.js';
import { UploadDropZone } from './UploadDropZone.js';
import { UploadPrivacyChecklist } from './UploadPrivacyChecklist.js';
import { UploadRow } from './UploadRow.js';

type Props = {
  submissionId: string;
  intro?: string;
  requirements: readonly ArtifactRequirementLike[];
  artifacts: readonly ArtifactView[];
  editable: boolean;
  /** Re-reads the submission after an artifact was added or removed. */
  onChanged: () => Promise<unknown>;
  errors?: Record<string, string[]>;
  /**
   * The attempt being written: in a resubmission, artifacts made when it started were carried
   * forward from the one before (`startedAt` is the attempt's creation time).
   */
  attempt?: { number: number; startedAt?: string };
  /** The server's size limit per kind of file, when known: larger files are refused before sending. */
  uploadLimits?: UploadLimits;
};

/** Whether an artifact came over from the previous attempt (copied when this one started). */
export const isCarriedForward = (a: ArtifactView, attempt: Props['attempt']) =>
  !!attempt && attempt.number > 1 && attempt.startedAt !== undefined && a.createdAt === attempt.startedAt;

const MODES: { mode: AddMode; label: string; allowed: (r: ArtifactRequirementLike) => boolean }[] = [
  {
    mode: 'upload',
    label: 'Upload files',
    allowed: (r) => r.kinds.includes('file') || r.kinds.includes('video'),
  },
  {
    mode: 'link',
    label: 'Add a link',
    allowed: (r) => r.kinds.includes('link') || r.kinds.includes('video'),
  },
  { mode: 'text', label: 'Write text', allowed: (r) => r.kinds.includes('text') },
];

function countChip(have: number, count: { min: number; max: number }) {
  if (have < count.min)
    return <StatusChip tone="warning" icon="alert">{`${have} of ${count.min} required added`}</StatusChip>;
  if (have > count.max)
    return <StatusChip tone="danger" icon="alert">{`${have} added; at most ${count.max}`}</StatusChip>;
  return <StatusChip tone="success" icon="check">{`${have} added`}</StatusChip>;
}

function RequirementBlock({
  index,
  requirement,
  artifacts,
  submissionId,
  editable,
  onChanged,
  errors,
  attempt,
  uploadLimits,
}: {
  index: number;
  requirement: ArtifactRequirementLike;
  artifacts: readonly ArtifactView[];
  submissionId: string;
  editable: boolean;
  onChanged: () => Promise<unknown>;
  errors: string[];
  attempt: Props['attempt'];
  uploadLimits: UploadLimits | undefined;
}) {
  const [mode, setMode] = useState<AddMode | null>(null);
  const [removing, setRemoving] = useState<ArtifactView | null>(null);
  const remove = useMutation({
    mutationFn: (a: ArtifactView) => submissionsApi.deleteArtifact(submissionId, a.id),
    onSuccess: async () => {
      setRemoving(null);
      await onChanged();
    },
  });
  const uploads = useUploads(submissionId, requirement.id);
  // Files on their way hold their place: no more uploads start than the requirement takes.
  const onTheirWay = uploads.items.filter((i) => i.phase !== 'refused').length;
  const room = Math.max(0, requirement.count.max - artifacts.length - onTheirWay);
  const full = room === 0;
  const modes = MODES.filter((m) => m.allowed(requirement));
  const addFiles = (files: File[]) =>
    uploads.queue.add(files, {
      submissionId,
      requirement,
      existing: artifacts.length,
      limits: uploadLimits,
      onUploaded: onChanged,
    });

  return (
    <section
      id={`requirement-${requirement.id}`}
      aria-labelledby={`req-${requirement.id}-h`}
      className="card scroll-mt-6 p-4 sm:p-5"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`req-${requirement.id}-h`} className="text-lg font-semibold text-slate-900">
          Artifact {index + 1}: {requirement.title}
        </h3>
        {countChip(artifacts.length, requirement.count)}
      </div>
      <div className="mt-2">
        <ArtifactRequirementSummary requirement={requirement} />
      </div>
      {errors.length ? (
        <Notice tone="error" className="mt-3">
          {errors.join(' ')}
        </Notice>
      ) : null}

      {artifacts.length ? (
        <ul className="mt-4 divide-y divide-slate-200 rounded-md border border-slate-200">
          {artifacts.map((a) => (
            <li key={a.id} className="flex flex-col gap-3 p-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0 flex-1">
                <ArtifactDisplay artifact={a} wordRange={requirement.words} />
                {isCarriedForward(a, attempt) ? (
                  <p className="mt-2 flex items-start gap-1.5 text-sm text-slate-700">
                    <Icon name="refresh" className="mt-0.5 h-4 w-4 shrink-0" />
                    Carried forward from attempt {attempt!.number - 1} — no need to upload again
                  </p>
                ) : null}
                {a.file && !a.purged ? (
                  <UploadPrivacyChecklist
                    submissionId={submissionId}
                    artifact={a}
                    editable={editable}
                    onSaved={onChanged}
                  />
                ) : null}
              </div>
              {editable ? (
                <Button
                  variant="danger"
                  size="sm"
                  icon="trash"
                  onClick={() => setRemoving(a)}
                  className="self-start"
                >
                  Remove<span className="sr-only"> {a.title}</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : uploads.items.length ? null : (
        <p className="mt-4 text-slate-700">Nothing added yet.</p>
      )}

      {uploads.items.length ? (
        <ul
          aria-label={`Uploads for ${requirement.title}`}
          className="mt-4 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white"
        >
          {uploads.items.map((item) => (
            <UploadRow key={item.key} item={item} actions={uploads.queue} />
          ))}
        </ul>
      ) : null}
      <p role="status" aria-live="polite" className="sr-only">
        {uploads.announcement}
      </p>

      {editable ? (
        <div className="mt-4">
          {mode === 'upload' && !full ? (
            <UploadDropZone
              requirement={requirement}
              room={room}
              onFiles={addFiles}
              onClose={() => setMode(null)}
            />
          ) : mode && mode !== 'upload' ? (
            <div className="rounded-md border border-brand-200 bg-brand-50/40 p-4">
              <AddArtifactForm
                submissionId={submissionId}
                requirement={requirement}
                mode={mode}
                onCancel={() => setMode(null)}
                onDone={async () => {
                  setMode(null);
                  await onChanged();
                }}
              />
            </div>
          ) : full ? (
            <p className="text-sm text-slate-700">
              This artifact has as many items as it takes. Remove one to add another.
            </p>
          ) : (
            <div className="flex flex-wrap gap-2">
              {modes.map((m) => (
                <Button
                  key={m.mode}
                  variant="secondary"
                  icon={m.mode === 'upload' ? 'upload' : m.mode === 'link' ? 'link' : 'text'}
                  onClick={() => setMode(m.mode)}
                >
                  {m.label}
                </Button>
              ))}
            </div>
          )}
        </div>
      ) : null}

      <ConfirmDialog
        open={!!removing}
        title="Remove this artifact?"
        confirmLabel="Remove"
        danger
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing)}
      >
        <p>
          “{removing?.title}” will be removed from this submission.{' '}
          {removing?.file ? 'The uploaded file is deleted.' : ''}
        </p>
        {remove.isError ? (
          <Notice tone="error" className="mt-3">
            {errorMessage(remove.error)}
          </Notice>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}

/** Part 2: each artifact requirement with what was added, and ways to add more while editable. */
export function ArtifactsPart({
  submissionId,
  intro,
  requirements,
  artifacts,
  editable,
  onChanged,
  errors = {},
  attempt,
  uploadLimits,
}: Props) {
  const carried = artifacts.some((a) => isCarriedForward(a, attempt));
  return (
    <div className="space-y-5">
      {intro ? <p className="prose-text rounded-md bg-slate-100 p-4">{intro}</p> : null}
      <Notice tone="info">
        Protect student privacy: no student names, and no faces unless media consent is on file. Tick the
        privacy check under each file you upload — it is needed before you submit.
      </Notice>
      {carried && attempt ? (
        <Notice tone="info" title={`Your evidence from attempt ${attempt.number - 1} is carried forward`}>
          Keep what passed; remove or replace what the feedback asks you to change. Files carried forward
          don’t need to be uploaded again.
        </Notice>
      ) : null}
      {requirements.map((r, i) => (
        <RequirementBlock
          key={r.id}
          index={i}
          requirement={r}
          artifacts={artifacts.filter((a) => a.requirementId === r.id)}
          submissionId={submissionId}
          editable={editable}
          onChanged={onChanged}
          errors={errors[r.id] ?? []}
          attempt={attempt}
          uploadLimits={uploadLimits}
        />
      ))}
    </div>
  );
}
