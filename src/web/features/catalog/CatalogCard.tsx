import { Link } from '@tanstack/react-router';
import type { CatalogItem } from '../../../contracts/catalog.js';
import { StatusChip } from '../../components/StatusChip.js';
import { formatHours, formatPrice } from '../../lib/format.js';
import { gradeBandLabel, topicLabel } from '../../lib/labels.js';
import { RenewalCreditLine } from '../renewal/RenewalCreditLine.js';

/** One micro-credential in the catalog; the whole card is a link to its detail page. */
export function CatalogCard({ item }: { item: CatalogItem }) {
  return (
    <article className="card relative flex h-full flex-col p-4 transition hover:border-brand-200 hover:shadow-md focus-within:border-brand-600">
      <div className="flex items-start gap-3">
        <img
          src={item.imageUrl}
          alt=""
          width={56}
          height={56}
          loading="lazy"
          className="h-14 w-14 shrink-0 rounded-full bg-slate-100"
        />
        <div className="min-w-0">
          <h3 className="leading-snug font-semibold text-slate-900">
            <Link
              to="/micro-credentials/$id"
              params={{ id: item.id }}
              className="text-slate-900 after:absolute after:inset-0 after:content-[''] hover:text-brand-800"
            >
              {item.title}
            </Link>
          </h3>
          <p className="mt-0.5 text-sm text-slate-700">{item.issuer.name}</p>
        </div>
      </div>
      <p className="mt-3 line-clamp-3 flex-1 text-sm text-slate-700">{item.summary}</p>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <StatusChip tone="brand">{topicLabel(item.topic)}</StatusChip>
        <StatusChip>{gradeBandLabel(item.gradeBand)}</StatusChip>
      </div>
      <dl className="mt-3 flex flex-wrap gap-x-4 gap-y-1 border-t border-slate-100 pt-3 text-sm text-slate-800">
        <div className="flex gap-1">
          <dt className="text-slate-600">Credit</dt>
          <dd className="font-medium">{formatHours(item.creditHours)}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-slate-600">Effort</dt>
          <dd className="font-medium">~{formatHours(item.estimatedHours)}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="sr-only">Price</dt>
          <dd className={`font-medium ${item.priceCents === 0 ? 'text-emerald-800' : ''}`}>
            {formatPrice(item.priceCents)}
          </dd>
        </div>
      </dl>
      <RenewalCreditLine microCredentialId={item.id} className="mt-2" />
    </article>
  );
}
