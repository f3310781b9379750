import { useId, useState, type DragEvent } from 'react';
import { Button, buttonClass } from '../../components/Button.js';
import { Icon } from '../../components/Icon.js';
import type { ArtifactRequirementLike } from '../micro-credential/content-like.js';
import { acceptFor } from './upload-checks.js';

type Props = {
  requirement: Pick<ArtifactRequirementLike, 'title' | 'kinds'>;
  /** How many more files the requirement takes. */
  room: number;
  onFiles: (files: File[]) => void;
  onClose: () => void;
};

/**
 * Where files are dropped or chosen, several at once. The "Choose files" button is the file
 * input itself (visually hidden, focusable, labelled), so the keyboard and phones' pickers — the
 * camera roll included — work without dragging.
 */
export function UploadDropZone({ requirement, room, onFiles, onClose }: Props) {
  const [dragging, setDragging] = useState(false);
  const hintId = useId();
  const videoOnly = !requirement.kinds.includes('file');
  const take = (list: FileList | null) => {
    const files = list ? Array.from(list) : [];
    if (files.length) onFiles(files);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    take(e.dataTransfer.files);
  };
  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="upload-drop-zone"
      className={`rounded-lg border-2 border-dashed p-4 text-center transition sm:p-5 ${
        dragging ? 'border-brand-700 bg-brand-50' : 'border-slate-300 bg-white'
      }`}
    >
      <Icon name="upload" className="mx-auto h-8 w-8 text-slate-600" />
      <p className="mt-2 hidden font-medium text-slate-900 sm:block">
        Drop {videoOnly ? 'video files' : 'files'} here, or
      </p>
      <label
        className={buttonClass(
          'primary',
          'md',
          'mt-2 cursor-pointer has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-700',
        )}
      >
        <Icon name="upload" className="h-4 w-4" />
        Choose files
        <input
          type="file"
          multiple={room > 1}
          accept={acceptFor(requirement)}
          aria-describedby={hintId}
          className="sr-only"
          onChange={(e) => {
            take(e.target.files);
            // Choosing the same file again (to continue it after a reload) must fire again.
            e.target.value = '';
          }}
        />
      </label>
      <p id={hintId} className="mt-2 text-sm text-slate-700">
        {videoOnly
          ? 'Video from your phone or computer.'
          : 'Photos, video, audio, PDFs and Office documents.'}{' '}
        {room === 1 ? 'One more file fits here.' : `Up to ${room} more files fit here.`} Large videos are
        fine: if the connection drops, the upload continues where it stopped.
      </p>
      <Button variant="ghost" size="sm" className="mt-2" onClick={onClose}>
        Close
      </Button>
    </div>
  );
}
