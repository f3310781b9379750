import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import type { ArtifactView } from '../../../contracts/submissions.js';
import { errorMessage } from '../../api/api-error.js';
import { fieldErrors } from '../../api/field-errors.js';
import { uploadForm, type UploadProgress } from '../../api/upload.js';
import { Button } from '../../components/Button.js';
import { Field, TextAreaField, TextField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { ProgressBar } from '../../components/ProgressBar.js';
import { WordCount } from '../../components/WordCount.js';
import { formatBytes } from '../../lib/format.js';
import type { ArtifactRequirementLike } from '../micro-credential/content-like.js';
import { submissionsApi } from './submissions-api.js';

export type AddMode = 'text' | 'link' | 'upload';

type Props = {
  submissionId: string;
  requirement: ArtifactRequirementLike;
  mode: AddMode;
  onDone: () => void;
  onCancel: () => void;
};

/** A written or linked artifact: a title and either the text or the web address. */
function TextOrLinkForm({
  submissionId,
  requirement,
  kind,
  onDone,
  onCancel,
}: Omit<Props, 'mode'> & { kind: 'text' | 'link' }) {
  const [title, setTitle] = useState('');
  const [value, setValue] = useState('');
  const add = useMutation({
    mutationFn: () =>
      submissionsApi.addArtifact(
        submissionId,
        kind === 'text'
          ? { kind, requirementId: requirement.id, title, text: value }
          : { kind, requirementId: requirement.id, title, url: value.trim() },
      ),
    onSuccess: onDone,
  });
  const errors = fieldErrors(add.error);
  const valueError = kind === 'text' ? errors.text : errors.url;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <TextField
        label="Title"
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        maxLength={200}
        error={errors.title}
      />
      {kind === 'text' ? (
        <TextAreaField
          label="Text"
          required
          rows={8}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={valueError}
          footer={<WordCount text={value} range={requirement.words} />}
        />
      ) : (
        <TextField
          label="Web address"
          hint="A full address starting with https:// — make sure assessors can open it without signing in."
          type="url"
          inputMode="url"
          required
          placeholder="https://"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={valueError}
        />
      )}
      <FormFooter
        pending={add.isPending}
        error={errors.title || valueError ? null : add.error}
        disabled={!title.trim() || !value.trim()}
        onCancel={onCancel}
        label={kind === 'text' ? 'Add text' : 'Add link'}
      />
    </form>
  );
}

function UploadArtifactForm({ submissionId, requirement, onDone, onCancel }: Omit<Props, 'mode'>) {
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const abort = useRef<AbortController | null>(null);
  const videoOnly = !requirement.kinds.includes('file');

  const upload = useMutation({
    mutationFn: (chosen: File) => {
      const form = new FormData();
      form.append('requirementId', requirement.id);
      form.append('title', title.trim());
      form.append('file', chosen);
      abort.current = new AbortController();
      setProgress({ loaded: 0, total: chosen.size });
      return uploadForm<ArtifactView>(
        submissionsApi.uploadPath(submissionId),
        form,
        setProgress,
        abort.current.signal,
      );
    },
    onSuccess: onDone,
    onSettled: () => {
      abort.current = null;
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) upload.mutate(file);
  };
  const cancelled = upload.error instanceof DOMException && upload.error.name === 'AbortError';

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <TextField
        label="Title"
        hint="Optional. Name it by what it shows, not by who you are: assessors see this title."
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        maxLength={200}
      />
      <Field
        label={videoOnly ? 'Video file' : 'File'}
        required
        hint="Photos, documents, audio or video. Blur or crop student faces and names unless you have consent."
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept={videoOnly ? 'video/*' : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            className="block w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:font-medium file:text-slate-900 hover:file:bg-slate-50"
          />
        )}
      </Field>
      {file ? (
        <p className="text-sm text-slate-700">
          {file.name} · {formatBytes(file.size)}
        </p>
      ) : null}
      {upload.isPending && progress ? (
        <div className="space-y-1">
          <ProgressBar
            value={progress.loaded}
            max={progress.total || 1}
            label={`Uploading ${file?.name ?? 'file'}`}
          />
          <p className="text-sm text-slate-700" aria-live="polite">
            Uploading… {formatBytes(progress.loaded)} of {formatBytes(progress.total)}
          </p>
          <Button variant="secondary" size="sm" onClick={() => abort.current?.abort()}>
            Cancel upload
          </Button>
        </div>
      ) : null}
      {cancelled ? <p className="text-sm text-slate-700">Upload cancelled.</p> : null}
      <FormFooter
        pending={upload.isPending}
        error={cancelled ? null : upload.error}
        disabled={!file}
        onCancel={onCancel}
        label="Upload"
      />
    </form>
  );
}

function FormFooter({
  pending,
  error,
  disabled,
  onCancel,
  label,
}: {
  pending: boolean;
  error: unknown;
  disabled: boolean;
  onCancel: () => void;
  label: string;
}) {
  return (
    <>
      <div aria-live="assertive">{error ? <Notice tone="error">{errorMessage(error)}</Notice> : null}</div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={pending} disabled={disabled}>
          {label}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
      </div>
    </>
  );
}

/** The form for one way of adding evidence: write text, paste a link, or upload a file. */
export function AddArtifactForm(props: Props) {
  const { mode, ...rest } = props;
  if (mode === 'text' || mode === 'link') return <TextOrLinkForm kind={mode} {...rest} />;
  return <UploadArtifactForm {...rest} />;
}
