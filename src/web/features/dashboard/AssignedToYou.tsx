import { Link } from '@tanstack/react-router';
import type { MyRecommendationView } from '../../../contracts/recommendations.js';
import { Section } from '../../components/PageHeader.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { DueStatusChip, dueText } from '../recommendations/DueStatusChip.js';
import { formatDay } from '../recommendations/format-day.js';
import { useMyRecommendations } from '../recommendations/recommendations-api.js';

function Item({ r }: { r: MyRecommendationView }) {
  const overdue = r.status === 'overdue';
  return (
    <article
      className={`card flex h-full flex-col gap-2 p-4 ${overdue ? 'border-l-4 border-l-red-700' : ''}`}
      aria-labelledby={`asked-${r.id}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`asked-${r.id}`} className="font-semibold text-slate-900">
          <Link to="/micro-credentials/$id" params={{ id: r.microCredential.id }}>
            {r.microCredential.title}
          </Link>
        </h3>
        <DueStatusChip status={r.status} />
      </div>
      <p className={`text-sm ${overdue ? 'font-semibold text-red-800' : 'text-slate-700'}`}>
        {overdue ? 'Overdue: ' : ''}
        {dueText(r.dueOn, r.daysLeft, formatDay)}
      </p>
      <p className="text-sm text-slate-700">
        {r.kind === 'assigned' ? 'Assigned' : 'Recommended'} by{' '}
        {r.askedBy.person ? `${r.askedBy.person}, ` : ''}
        {r.askedBy.org}
      </p>
      {r.note ? <p className="text-sm text-slate-800">“{r.note}”</p> : null}
    </article>
  );
}

function Group({ title, id, items }: { title: string; id: string; items: MyRecommendationView[] }) {
  if (!items.length) return null;
  return (
    <Section id={id} title={title}>
      <ul className="grid gap-4 md:grid-cols-2">
        {items.map((r) => (
          <li key={r.id}>
            <Item r={r} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

/**
 * What the educator's school, district or state asked of them, shown before anything else on the
 * dashboard: assignments (with due dates; overdue ones in red and in words), then recommendations.
 */
export function AssignedToYou() {
  const mine = useMyRecommendations();
  if (mine.isPending) return <ListSkeleton rows={1} label="Loading your assignments…" />;
  // The dashboard goes on without this block when it cannot load; the rest is still useful.
  if (mine.isError) return null;
  const items = mine.data.items;
  return (
    <>
      <Group id="assigned" title="Assigned to you" items={items.filter((r) => r.kind === 'assigned')} />
      <Group
        id="recommended-by-district"
        title="Recommended for you"
        items={items.filter((r) => r.kind === 'recommended')}
      />
    </>
  );
}
