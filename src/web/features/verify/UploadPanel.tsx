import { useRef, useState, type DragEvent } from 'react';
import { Field } from '../../components/Field.js';
import { Icon } from '../../components/Icon.js';
import { ProgressBar } from '../../components/ProgressBar.js';
import type { UploadProgress } from '../../api/upload.js';
import { formatBytes } from '../../lib/format.js';
import { UPLOAD_ACCEPT, uploadProblem } from './detect-credential.js';

type Props = {
  onFile: (file: File) => void;
  busy: boolean;
  progress: UploadProgress | null;
  fileName: string | null;
};

/**
 * Choose or drop a baked PNG/SVG badge, or a .json/.jwt credential file; it is sent as it is and
 * verified at once, with the upload's progress shown.
 */
export function UploadPanel({ onFile, busy, progress, fileName }: Props) {
  const [dragging, setDragging] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const take = (file: File | undefined) => {
    setProblem(null);
    if (!file) return;
    const why = uploadProblem(file);
    if (why) {
      setProblem(why);
      return;
    }
    onFile(file);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (!busy) take(e.dataTransfer.files[0]);
  };

  const pct = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;

  return (
    <div className="space-y-4">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
        className={`rounded-lg border-2 border-dashed p-5 text-center transition ${
          dragging ? 'border-brand-700 bg-brand-50' : 'border-slate-300 bg-slate-50'
        }`}
      >
        <Icon name="upload" className="mx-auto h-8 w-8 text-slate-600" />
        <p className="mt-2 font-medium text-slate-900">Drop a badge image or credential file here</p>
        <p className="text-sm text-slate-700">
          PNG or SVG badge with the credential baked in, or a .json or .jwt file · up to 10 MB
        </p>
        <Field label="Or choose a file" className="mx-auto mt-4 max-w-sm text-left" error={problem}>
          {(control) => (
            <input
              {...control}
              ref={inputRef}
              type="file"
              accept={UPLOAD_ACCEPT}
              disabled={busy}
              onChange={(e) => {
                take(e.target.files?.[0]);
                // Choosing the same file again should verify it again.
                e.target.value = '';
              }}
              className="block w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:font-medium file:text-slate-900 hover:file:bg-slate-50"
            />
          )}
        </Field>
      </div>
      {busy && fileName ? (
        <div className="space-y-1.5">
          <p className="flex justify-between gap-3 text-sm text-slate-800">
            <span className="min-w-0 truncate">
              {pct < 100 ? 'Uploading' : 'Checking'} {fileName}
            </span>
            <span className="tabular-nums">
              {progress ? `${formatBytes(progress.loaded)} of ${formatBytes(progress.total)}` : ''}
            </span>
          </p>
          <ProgressBar value={pct} label={`Uploading ${fileName}`} />
        </div>
      ) : null}
    </div>
  );
}
