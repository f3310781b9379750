import { useState } from 'react';
import type { ArtifactView } from '../../../contracts/submissions.js';
import type { WordRange } from '../../../contracts/micro-credential.js';
import { buttonClass } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { Icon, type IconName } from '../../components/Icon.js';
import { formatBytes } from '../../lib/format.js';
import { fileTypeLabel } from './file-type-label.js';
import { PdfViewer } from './PdfViewer.js';
import { WrittenText } from './WrittenText.js';

type FileView = NonNullable<ArtifactView['file']>;

const KIND_ICON: Record<ArtifactView['kind'], IconName> = {
  text: 'text',
  link: 'link',
  file: 'file',
  video: 'video',
};

export const PURGED_MESSAGE = "This evidence was deleted under the organization's retention policy.";

/** "Word document · 2.4 MB" */
const fileFacts = (file: FileView) =>
  `${fileTypeLabel(file.contentType, file.name)} · ${formatBytes(file.size)}`;

/** A link that saves the file, with its name, type and size. */
function DownloadLink({ file }: { file: FileView }) {
  return (
    <a
      href={file.downloadUrl}
      download={file.name}
      className="inline-flex max-w-full items-start gap-1 text-sm"
    >
      <Icon name="download" className="mt-0.5 h-4 w-4 shrink-0" />
      <span className="min-w-0">
        <span className="sr-only">Download </span>
        <span className="break-all">{file.name}</span>{' '}
        <span className="text-slate-600">({fileFacts(file)})</span>
      </span>
    </a>
  );
}

/** A file the browser does not show itself (office documents and the like): a clear download. */
function DownloadCard({ file }: { file: FileView }) {
  return (
    <div className="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-3 sm:flex-row sm:items-center">
      <Icon name="file" className="h-8 w-8 shrink-0 text-slate-500" />
      <div className="min-w-0 flex-1">
        <p className="font-medium break-all text-slate-900">{file.name}</p>
        <p className="text-sm text-slate-600">{fileFacts(file)}</p>
      </div>
      <a
        href={file.downloadUrl}
        download={file.name}
        className={buttonClass('secondary', 'sm', 'self-start')}
      >
        <Icon name="download" className="h-4 w-4" />
        Download<span className="sr-only"> {file.name}</span>
      </a>
    </div>
  );
}

/** The thumbnail (or the image itself when there is none) opening the full image in a dialog. */
function ImageView({ file, title }: { file: FileView; title: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="group block max-w-full rounded-md text-left"
      >
        <img
          src={file.thumbnailUrl ?? file.downloadUrl}
          alt=""
          loading="lazy"
          className="max-h-64 max-w-full rounded-md border border-slate-200 bg-white"
        />
        <span className="mt-1 inline-flex items-center gap-1 text-sm font-medium text-brand-700 group-hover:underline">
          <Icon name="eye" className="h-4 w-4" />
          View the full image<span className="sr-only">: {title}</span>
        </span>
      </button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={title}
        wide
        footer={<DownloadLink file={file} />}
      >
        <img src={file.downloadUrl} alt={title} className="mx-auto max-h-[70dvh] max-w-full object-contain" />
      </Dialog>
    </>
  );
}

/** The viewer the server chose for the file's type. */
function FileDisplay({ file, title }: { file: FileView; title: string }) {
  switch (file.viewer) {
    case 'image':
      return (
        <>
          <ImageView file={file} title={title} />
          <DownloadLink file={file} />
        </>
      );
    case 'pdf':
      return <PdfViewer url={file.downloadUrl} title={title} downloadName={file.name} />;
    case 'video':
      return (
        <>
          <video
            src={file.downloadUrl}
            controls
            preload="metadata"
            playsInline
            aria-label={title}
            className="max-h-[70vh] w-full rounded-md border border-slate-200 bg-black"
          >
            <a href={file.downloadUrl}>Download the video</a>
          </video>
          <DownloadLink file={file} />
        </>
      );
    case 'audio':
      return (
        <>
          <audio src={file.downloadUrl} controls preload="metadata" aria-label={title} className="w-full">
            <a href={file.downloadUrl}>Download the recording</a>
          </audio>
          <DownloadLink file={file} />
        </>
      );
    default:
      return <DownloadCard file={file} />;
  }
}

/**
 * One piece of evidence as a reader sees it: written text rendered from Markdown, links, and
 * files in the viewer their type calls for (image, PDF, video, audio, or a download). Used by the
 * educator's workspace and the assessor's review screen (and calibration anchors).
 */
export function ArtifactDisplay({ artifact, wordRange }: { artifact: ArtifactView; wordRange?: WordRange }) {
  const file = artifact.file;
  return (
    <div className="min-w-0 flex-1">
      <p className="flex items-center gap-2 font-semibold text-slate-900">
        <Icon name={KIND_ICON[artifact.kind]} className="h-4 w-4 shrink-0 text-slate-600" />
        <span className="min-w-0 break-words">{artifact.title}</span>
      </p>
      {artifact.purged ? (
        <p className="mt-2 flex items-start gap-1.5 rounded-md bg-slate-100 p-3 text-slate-700">
          <Icon name="info" className="mt-0.5 h-4 w-4 shrink-0" />
          {PURGED_MESSAGE}
        </p>
      ) : (
        <>
          {artifact.kind === 'text' && artifact.text !== null ? (
            <WrittenText text={artifact.text} range={wordRange} label={artifact.title} />
          ) : null}
          {artifact.url ? (
            <a
              href={artifact.url}
              target="_blank"
              rel="noopener noreferrer nofollow"
              className="mt-1 inline-flex max-w-full items-center gap-1 break-all"
            >
              {artifact.url}
              <Icon name="external" className="h-3.5 w-3.5 shrink-0" />
              <span className="sr-only">(opens in a new tab)</span>
            </a>
          ) : null}
          {file ? (
            <div className="mt-2 space-y-2">
              <FileDisplay file={file} title={artifact.title} />
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
