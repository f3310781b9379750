import type { ArtifactView } from '../../../contracts/submissions.js';
import { Icon, type IconName } from '../../components/Icon.js';
import { WordCount } from '../../components/WordCount.js';
import { formatBytes } from '../../lib/format.js';

const KIND_ICON: Record<ArtifactView['kind'], IconName> = {
  text: 'text',
  link: 'link',
  file: 'file',
  video: 'video',
};

/**
 * One piece of evidence as a reader sees it: text in full, links, images and video inline, other
 * files as downloads. Used by the educator's workspace and the assessor's review screen.
 */
export function ArtifactDisplay({
  artifact,
  wordRange,
}: {
  artifact: ArtifactView;
  wordRange?: { min: number; max: number };
}) {
  const file = artifact.file;
  const isImage = !!file && file.contentType.startsWith('image/');
  const isVideo = !!file && file.contentType.startsWith('video/');
  return (
    <div className="min-w-0">
      <p className="flex items-center gap-2 font-semibold text-slate-900">
        <Icon name={KIND_ICON[artifact.kind]} className="h-4 w-4 text-slate-600" />
        <span className="min-w-0 break-words">{artifact.title}</span>
      </p>
      {artifact.kind === 'text' && artifact.text !== null ? (
        <div className="mt-2">
          <div
            role="region"
            aria-label={artifact.title}
            tabIndex={0}
            className="prose-text max-h-96 overflow-y-auto rounded-md bg-slate-50 p-3"
          >
            {artifact.text}
          </div>
          <div className="mt-1">
            <WordCount text={artifact.text} range={wordRange} />
          </div>
        </div>
      ) : null}
      {artifact.url ? (
        <a
          href={artifact.url}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="mt-1 inline-flex max-w-full items-center gap-1 break-all"
        >
          {artifact.url}
          <Icon name="external" className="h-3.5 w-3.5" />
          <span className="sr-only">(opens in a new tab)</span>
        </a>
      ) : null}
      {file ? (
        <div className="mt-2 space-y-2">
          {isImage ? (
            <img
              src={file.downloadUrl}
              alt={artifact.title}
              className="max-h-96 max-w-full rounded-md border border-slate-200"
              loading="lazy"
            />
          ) : null}
          {isVideo ? (
            <video
              src={file.downloadUrl}
              controls
              preload="metadata"
              className="max-h-96 max-w-full rounded-md border border-slate-200"
            >
              <a href={file.downloadUrl}>Download the video</a>
            </video>
          ) : null}
          <a
            href={file.downloadUrl}
            className="inline-flex items-center gap-1 text-sm"
            download={isImage || isVideo ? undefined : file.name}
          >
            <Icon name="download" className="h-4 w-4" />
            {file.name} <span className="text-slate-600">({formatBytes(file.size)})</span>
          </a>
        </div>
      ) : null}
    </div>
  );
}
