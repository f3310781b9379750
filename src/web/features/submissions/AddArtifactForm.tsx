import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/api-error.js';
import { fieldErrors } from '../../api/field-errors.js';
import { Button } from '../../components/Button.js';
import { TextAreaField, TextField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { WordCount } from '../../components/WordCount.js';
import type { ArtifactRequirementLike } from '../micro-credential/content-like.js';
import { submissionsApi } from './submissions-api.js';

export type AddMode = 'text' | 'link' | 'upload';

type Props = {
  submissionId: string;
  requirement: ArtifactRequirementLike;
  mode: Exclude<AddMode, 'upload'>;
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

/**
 * The form for one way of adding evidence by typing: write text or paste a link. Files are
 * uploaded from the drop zone (UploadDropZone), several at a time.
 */
export function AddArtifactForm(props: Props) {
  const { mode, ...rest } = props;
  return <TextOrLinkForm kind={mode} {...rest} />;
}
