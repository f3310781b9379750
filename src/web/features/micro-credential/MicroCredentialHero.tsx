import type { ReactNode } from 'react';
import { StatusChip } from '../../components/StatusChip.js';
import { formatDate, formatHours, formatPrice } from '../../lib/format.js';
import { gradeBandLabel, subjectLabel, topicLabel } from '../../lib/labels.js';
import type { ContentLike } from './content-like.js';

type Props = {
  content: ContentLike;
  imageUrl?: string;
  issuerName: string;
  version?: number | null;
  publishedAt?: string | null;
  actions?: ReactNode;
  /** A line under the facts (e.g. what it counts for toward the reader's renewal). */
  note?: ReactNode;
};

function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="font-semibold text-slate-900">{value}</dd>
    </div>
  );
}

/** Title, issuer, summary and the key facts (credit, effort, price, version). */
export function MicroCredentialHero({
  content,
  imageUrl,
  issuerName,
  version,
  publishedAt,
  actions,
  note,
}: Props) {
  return (
    <div className="card p-5 sm:p-6">
      <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
        {imageUrl ? (
          <img
            src={imageUrl}
            alt=""
            width={96}
            height={96}
            className="h-24 w-24 shrink-0 rounded-full bg-slate-100"
          />
        ) : null}
        <div className="min-w-0 flex-1">
          <p className="text-sm font-medium text-slate-700">{issuerName}</p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">
            {content.title || 'Untitled micro-credential'}
          </h1>
          <p className="mt-2 max-w-3xl text-slate-800 sm:text-lg">{content.summary}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            {content.topic ? <StatusChip tone="brand">{topicLabel(content.topic)}</StatusChip> : null}
            {content.subject ? <StatusChip>{subjectLabel(content.subject)}</StatusChip> : null}
            {content.gradeBand ? <StatusChip>{gradeBandLabel(content.gradeBand)}</StatusChip> : null}
            {content.tags.map((t) => (
              <StatusChip key={t}>#{t}</StatusChip>
            ))}
          </div>
        </div>
      </div>
      <dl className="mt-5 grid grid-cols-2 gap-4 border-t border-slate-200 pt-4 sm:grid-cols-3 lg:grid-cols-5">
        <Fact label="Credit" value={content.creditHours === null ? '—' : formatHours(content.creditHours)} />
        <Fact
          label="Estimated effort"
          value={content.estimatedHours === null ? '—' : formatHours(content.estimatedHours)}
        />
        <Fact label="Price" value={formatPrice(content.priceCents)} />
        <Fact label="Attempts allowed" value={content.maxAttempts} />
        <Fact
          label="Version"
          value={version ? `v${version}${publishedAt ? ` · ${formatDate(publishedAt)}` : ''}` : 'Draft'}
        />
      </dl>
      {note}
      {actions ? <div className="mt-5 flex flex-wrap items-center gap-3">{actions}</div> : null}
    </div>
  );
}
