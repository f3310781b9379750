import type { AuthoringView } from '../../../contracts/catalog.js';
import { formatDateTime } from '../../lib/format.js';

/** Every published version, newest first. */
export function VersionHistory({ versions }: { versions: AuthoringView['versions'] }) {
  if (!versions.length)
    return <p className="text-slate-700">Not published yet. Publishing creates version 1.</p>;
  return (
    <ol className="space-y-2">
      {[...versions]
        .sort((a, b) => b.version - a.version)
        .map((v) => (
          <li
            key={v.id}
            className="flex flex-wrap items-baseline justify-between gap-2 rounded-md border border-slate-200 bg-white px-3 py-2"
          >
            <span>
              <span className="font-semibold">Version {v.version}</span> · {v.title}
            </span>
            <span className="text-sm text-slate-600">{formatDateTime(v.publishedAt)}</span>
          </li>
        ))}
    </ol>
  );
}
