import { Link } from '@tanstack/react-router';
import { buttonClass } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Icon } from '../../components/Icon.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProgressBar } from '../../components/ProgressBar.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { StatusChip } from '../../components/StatusChip.js';
import { formatDate } from '../../lib/format.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { useMyPathways, type PathwayProgressView } from './pathways-api.js';

/** "Earn all 3", "Earn any 2 of 3", in order or not. */
export function ruleText(p: {
  rule: 'all' | 'n_of';
  requiredCount: number;
  ordered: boolean;
  items: unknown[];
}) {
  const what =
    p.rule === 'all' || p.requiredCount >= p.items.length
      ? `Earn all ${p.items.length}`
      : `Earn any ${p.requiredCount} of ${p.items.length}`;
  return p.ordered ? `${what}, in order` : what;
}

function LeadsTo({ p }: { p: Pick<PathwayProgressView, 'roleTitle' | 'payStep'> }) {
  if (!p.roleTitle && !p.payStep) return null;
  return (
    <p className="flex flex-wrap gap-2 text-sm">
      {p.roleTitle ? (
        <StatusChip tone="brand" icon="award">
          Role: {p.roleTitle}
        </StatusChip>
      ) : null}
      {p.payStep ? (
        <StatusChip tone="info" icon="building">
          Pay step: {p.payStep}
        </StatusChip>
      ) : null}
    </p>
  );
}

function PathwayCard({ p }: { p: PathwayProgressView }) {
  const headingId = `pathway-${p.id}`;
  const List = p.ordered ? 'ol' : 'ul';
  return (
    <article aria-labelledby={headingId} className="card space-y-4 p-4 sm:p-5" data-testid="pathway">
      <div className="flex items-start gap-3">
        <img src={p.imageUrl} alt="" width={56} height={56} className="h-14 w-14 shrink-0" />
        <div className="min-w-0 flex-1">
          <h2 id={headingId} className="text-lg font-semibold break-words text-slate-900">
            {p.title}
          </h2>
          <p className="text-sm text-slate-700">
            {p.org.name} · signed by {p.issuer.name}
          </p>
        </div>
      </div>
      <p className="text-slate-700">{p.description}</p>
      <LeadsTo p={p} />
      <div className="space-y-1">
        <p className="flex flex-wrap justify-between gap-2 text-sm font-medium text-slate-900">
          <span>{ruleText(p)}</span>
          <span>
            {p.doneCount} of {p.requiredCount} done
          </span>
        </p>
        <ProgressBar
          value={p.doneCount}
          max={p.requiredCount}
          label={`${p.title}: ${p.doneCount} of ${p.requiredCount} done`}
          tone={p.complete ? 'success' : 'brand'}
        />
      </div>
      <List className="space-y-2">
        {p.items.map((item, n) => (
          <li
            key={item.microCredentialId}
            className={`flex items-start gap-3 rounded-md border p-3 ${item.counts ? 'border-emerald-200 bg-emerald-50' : item.next ? 'border-brand-200 bg-white' : 'border-slate-200 bg-white'}`}
          >
            <span
              aria-hidden="true"
              className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-sm font-semibold ${item.counts ? 'bg-emerald-700 text-white' : 'bg-slate-200 text-slate-800'}`}
            >
              {item.counts ? <Icon name="check" className="h-4 w-4" /> : n + 1}
            </span>
            <div className="min-w-0 flex-1">
              <Link
                to="/micro-credentials/$id"
                params={{ id: item.microCredentialId }}
                className="font-medium break-words text-slate-900 underline-offset-2 hover:underline"
              >
                {item.title}
              </Link>
              <p className="text-sm text-slate-700">
                {item.counts
                  ? `Earned ${item.earnedAt ? formatDate(item.earnedAt) : ''}`
                  : item.earned
                    ? 'Earned — counts once the steps before it are earned'
                    : item.next
                      ? p.ordered
                        ? 'Next step'
                        : 'Still to earn'
                      : p.ordered
                        ? 'Unlocks after the step before it'
                        : 'Optional'}
              </p>
            </div>
          </li>
        ))}
      </List>
      {p.complete ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-950">
          <Icon name="award" className="h-5 w-5" />
          <p className="min-w-[12rem] flex-1 text-sm">
            Completed{p.completedAt ? ` ${formatDate(p.completedAt)}` : ''}.{' '}
            {p.credentialUrl ? 'Your stacked credential is ready to share.' : ''}
          </p>
          {p.credentialUrl ? (
            <a href={p.credentialUrl} className={buttonClass('secondary', 'sm')}>
              View stacked credential<span className="sr-only"> for {p.title}</span>
            </a>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

function MyPathways() {
  const pathways = useMyPathways();
  return (
    <>
      <PageHeader
        title="Pathways"
        description="Stacks of micro-credentials that together earn a stacked credential — and, in your district, may lead to an advanced role or a pay step."
      />
      <QueryState query={pathways} loading={<ListSkeleton rows={2} label="Loading your pathways…" />}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState icon="award" title="No pathways yet">
              When your district defines a pathway, or you earn a micro-credential that is part of one, your
              progress shows here.
            </EmptyState>
          ) : (
            <div className="grid gap-4 lg:grid-cols-2">
              {items.map((p) => (
                <PathwayCard key={p.id} p={p} />
              ))}
            </div>
          )
        }
      </QueryState>
    </>
  );
}

/** The educator's progress on each pathway that counts their credentials. */
export function PathwaysPage() {
  useDocumentTitle('Pathways');
  return <RequireAuth>{() => <MyPathways />}</RequireAuth>;
}
